import type { MappingExportInput } from '../../../documents/write/content/types';
import { AppError } from '../../../services/errors';
import type { OpenedMapping } from '../../../services/types';

type DocxBuilder = (input: MappingExportInput) => Promise<Uint8Array>;

async function loadBuilder(): Promise<DocxBuilder> {
  try {
    const { buildMappingDocx } = await import(/* webpackChunkName: 'export-docx' */ '../../../documents/write/docx/buildMappingDocx');
    return buildMappingDocx;
  } catch (error) {
    throw new AppError('offline', { cause: error });
  }
}

/**
 * The Word document stored with a sign-off: the same file the Download menu
 * makes (exports' buildMappingDocx), so the record shows what people saw.
 * The builder and the docx library load on demand, in the export's own chunk.
 *
 * @param opened - The mapping as it stands, saved.
 * @param signedOffBy - Display name of the person signing off (the document's author).
 * @param at - When it is signed off (the document's date).
 * @returns The .docx bytes.
 * @throws AppError 'offline' when the builder cannot be loaded, 'unknown' when it fails;
 *   either way nothing has been stored yet, so the mapping stays not signed off.
 */
export async function buildSignOffDocument(opened: OpenedMapping, signedOffBy: string, at: Date): Promise<Uint8Array> {
  const build = await loadBuilder();
  try {
    const { mapping, framework, entryHistory } = opened;
    return await build({
      framework,
      header: mapping.header,
      areaComments: mapping.areaComments,
      entries: mapping.entries,
      exportedBy: signedOffBy,
      exportedAt: at,
      entryHistory
    });
  } catch (error) {
    throw new AppError('unknown', { reason: 'documentNotMade', cause: error });
  }
}
