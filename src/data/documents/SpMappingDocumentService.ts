import { Item } from '@pnp/sp/items';
import type { JdSource } from '../../model/jd/types';
import { AppError } from '../../services/errors';
import type { DocumentUpload, MappingDocumentService, StoredDocument, StoredDocumentVersion, StoredFormat } from '../../services/documents';
import { uploadSize } from '../../services/documents';
import { MAX_STORED_DOCUMENT_BYTES } from '../../services/documents';
import { withAppErrors } from '../toolkit/errors';
import { ensureCurrentUser } from '../toolkit/context';
import type { DataContext } from '../toolkit/context';
import { DOCUMENT_FIELDS, DOCUMENT_KINDS } from '../schema';

type Row = Record<string, unknown>;

const SELECT = ['ID', 'Title', 'FileLeafRef', 'FileRef', 'Modified', 'Editor/Title', 'OData__UIVersionString', DOCUMENT_FIELDS.mappingId, DOCUMENT_FIELDS.kind];

const KIND_OF: Record<string, JdSource> = { [DOCUMENT_KINDS.jd]: 'jd', [DOCUMENT_KINDS.ps]: 'ps' };
const FORMATS: readonly StoredFormat[] = ['docx', 'pdf', 'txt'];

/**
 * The library file of a mapping's JD or PS. One name per mapping, kind and
 * format, so storing it again uploads a new version of the same file; the
 * name says what it is to someone browsing the library.
 *
 * @param mappingId - The mapping's item id.
 * @param kind - JD or PS.
 * @param format - The file's format.
 * @returns e.g. "Mapping 12 JD.docx".
 */
export function documentFileName(mappingId: number, kind: JdSource, format: StoredFormat): string {
  return `Mapping ${mappingId} ${DOCUMENT_KINDS[kind]}.${format}`;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function formatOf(fileName: string): StoredFormat | undefined {
  const extension = /\.([a-z]+)$/i.exec(fileName)?.[1].toLowerCase();
  return FORMATS.find((format) => format === extension);
}

function toDocument(row: Row): StoredDocument | undefined {
  const kind = KIND_OF[text(row[DOCUMENT_FIELDS.kind])];
  const format = formatOf(text(row.FileLeafRef));
  if (kind === undefined || format === undefined) {
    return undefined;
  }
  const editor = row.Editor as { Title?: unknown } | undefined;
  return {
    kind,
    format,
    originalName: text(row.Title),
    path: text(row.FileRef),
    version: text(row.OData__UIVersionString),
    modified: text(row.Modified),
    modifiedBy: text(editor?.Title)
  };
}

/** The JD and PS of each mapping in the "Duty Mapping Documents" library. */
export class SpMappingDocumentService implements MappingDocumentService {
  private readonly context: DataContext;

  public constructor(context: DataContext) {
    this.context = context;
  }

  /**
   * One request: the library's items for the mapping (an indexed column),
   * newest first; the newest of each kind is the current one (a JD stored as
   * .docx and later as .pdf leaves the .docx in the library, older).
   */
  public async listDocuments(mappingId: number): Promise<StoredDocument[]> {
    return withAppErrors(async () => {
      const rows = await this.context
        .list('documents')
        .items.select(...SELECT)
        .expand('Editor')
        .filter(`${DOCUMENT_FIELDS.mappingId} eq ${Math.trunc(mappingId)}`)
        .orderBy('Modified', false)
        // Two uploads within a second: the later file added is the newer.
        .orderBy('ID', false)
        .top(50)<Row[]>();
      const current = new Map<JdSource, StoredDocument>();
      for (const document of rows.map(toDocument)) {
        if (document !== undefined && !current.has(document.kind)) {
          current.set(document.kind, document);
        }
      }
      return (['jd', 'ps'] as const).map((kind) => current.get(kind)).filter((document): document is StoredDocument => document !== undefined);
    }, 'listDocuments');
  }

  /**
   * Two requests: the file's size, then (when it is within the 10 MB limit) its content.
   */
  public async readDocument(document: StoredDocument): Promise<Uint8Array> {
    return withAppErrors(async () => {
      const file = this.context.sp.web.getFileByServerRelativePath(document.path);
      // The file's size first: one stored over REST past the upload limit is refused before it is downloaded.
      const { Length } = await file.select('Length')<{ Length?: unknown }>();
      const size = Number(Length);
      if (!Number.isFinite(size) || size > MAX_STORED_DOCUMENT_BYTES) {
        throw new AppError('invalid', { reason: 'documentTooLarge' });
      }
      const bytes = new Uint8Array(await file.getBuffer());
      if (bytes.byteLength > MAX_STORED_DOCUMENT_BYTES) {
        throw new AppError('invalid', { reason: 'documentTooLarge' });
      }
      return bytes;
    }, 'readDocument');
  }

  /**
   * Two requests: the upload (Overwrite, so storing it again is a new version
   * of the same file, and a retry after a lost connection simply stores it
   * again), then the columns linking it to the mapping, set with
   * validateUpdateListItem over the version just uploaded so that each upload
   * is one version in the history, not two.
   */
  public async saveDocument(mappingId: number, upload: DocumentUpload): Promise<StoredDocument> {
    if (uploadSize(upload) > MAX_STORED_DOCUMENT_BYTES) {
      throw new AppError('invalid', { reason: 'documentTooLarge' });
    }
    return withAppErrors(async () => {
      const name = documentFileName(mappingId, upload.kind, upload.format);
      // Sent as a Blob: in Chromium a 10 MB typed-array body held the page's thread for 1.6–2 s, a Blob 0.13 s (measured
      // with the browser driven through its developer tools, as the e2e journeys drive it). A chosen file is one already.
      const body = 'byteLength' in upload.bytes && typeof Blob !== 'undefined' ? new Blob([upload.bytes]) : upload.bytes;
      const added = await this.context.list('documents').rootFolder.files.addUsingPath(name, body, { Overwrite: true });
      const file = this.context.sp.web.getFileByServerRelativePath(added.ServerRelativeUrl);
      const results = await Item(file.listItemAllFields).validateUpdateListItem(
        [
          { FieldName: DOCUMENT_FIELDS.mappingId, FieldValue: String(Math.trunc(mappingId)) },
          { FieldName: DOCUMENT_FIELDS.kind, FieldValue: DOCUMENT_KINDS[upload.kind] },
          { FieldName: 'Title', FieldValue: upload.originalName.slice(0, 255) }
        ],
        true
      );
      const refused = results.find((result) => result.HasException);
      if (refused !== undefined) {
        // The library lacks a column (the site needs updating) or refused a value: the file is there but not linked.
        throw new AppError('missingLists', { reason: 'columnsMissing', serverMessage: `${refused.FieldName}: ${refused.ErrorMessage ?? ''}` });
      }
      const user = await ensureCurrentUser(this.context);
      return {
        kind: upload.kind,
        format: upload.format,
        originalName: upload.originalName,
        path: added.ServerRelativeUrl,
        version: added.UIVersionLabel,
        modified: added.TimeLastModified,
        modifiedBy: user.displayName
      };
    }, 'saveDocument');
  }

  public async earlierVersions(document: StoredDocument): Promise<StoredDocumentVersion[]> {
    return withAppErrors(async () => {
      const rows = await this.context.sp.web
        .getFileByServerRelativePath(document.path)
        .versions.select('VersionLabel', 'Created', 'CreatedBy/Title')
        .expand('CreatedBy')<Row[]>();
      return rows.map((row) => ({
        version: text(row.VersionLabel),
        created: text(row.Created),
        createdBy: text((row.CreatedBy as { Title?: unknown } | undefined)?.Title)
      }));
    }, 'earlierVersions');
  }
}
