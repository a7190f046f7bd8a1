/**
 * What both reader workers share: a document's blocks read into clauses and
 * packed for the page, and the bytes of a chosen file handed over as a Blob.
 * Nothing heavy is imported here, so neither worker carries the other's
 * library (mammoth, pdf.js).
 */
import type { Clause, JdSource, TextBlock } from '../../../model/jd/types';
import { readClauses } from '../../../model/jd/splitClauses';
import { DocumentReadError } from '../documentErrors';
import type { ReaderResult } from './readerJobs';

/** A document's clauses as the page holds them: how many, and the clauses themselves as JSON, which only the ranking reads. */
export interface PackedClauses {
  count: number;
  json: string;
}

/**
 * Packs clauses for the page.
 *
 * @param clauses - The clauses.
 * @returns Them packed.
 */
export function packClauses(clauses: readonly Clause[]): PackedClauses {
  return { count: clauses.length, json: JSON.stringify(clauses) };
}

/**
 * The clauses of packed documents, in order.
 *
 * @param documents - Packed documents.
 * @returns Their clauses.
 */
export function unpackClauses(documents: readonly PackedClauses[]): Clause[] {
  return documents.reduce<Clause[]>((all, document) => all.concat(JSON.parse(document.json) as Clause[]), []);
}

/**
 * A chosen file's bytes, read where this runs (in a worker, off the page).
 *
 * @param data - The file as bytes, or as the Blob the page handed over.
 * @returns Its bytes.
 * @throws DocumentReadError `corrupt` when the file changed or went away after it was chosen.
 */
export async function bytesOf(data: ArrayBuffer | Blob): Promise<ArrayBuffer> {
  // Told apart by shape: a buffer made in another realm (a test's) is no instance of this one's ArrayBuffer.
  if ('byteLength' in data) {
    return data;
  }
  try {
    return await data.arrayBuffer();
  } catch (error) {
    throw new DocumentReadError('corrupt', error);
  }
}

/**
 * Reads a document's blocks into its clauses, packed, with the notes to show.
 *
 * @param source - Whether it is the JD or the PS.
 * @param blocksOf - Reads the document's blocks.
 * @returns The clauses and notes, or the problem with the document.
 */
export async function readInto(source: JdSource, blocksOf: () => Promise<TextBlock[]>): Promise<ReaderResult> {
  try {
    const { clauses, notes } = readClauses(await blocksOf(), source);
    return { ok: true, op: 'read', document: { clauses: packClauses(clauses), notes } };
  } catch (error) {
    return { ok: false, problem: error instanceof DocumentReadError ? error.problem : 'corrupt' };
  }
}
