/**
 * The work the reader worker does, as plain functions over plain data, so the
 * same code runs in the worker and, where no worker can start (tests, a host
 * that refuses one), on the page.
 *
 * What crosses between the threads is kept small and cheap to copy: a chosen
 * file goes as its Blob (handed over by reference, read in the worker), the
 * clauses of a document as one string (copied in one piece, never object by
 * object, and never parsed on the page), and the suggestions as only what the
 * panel shows.
 */
import * as mammoth from 'mammoth';
import type { Clause, JdNote, JdSource, Suggestion, TextBlock } from '../../../model/jd/types';
import { linesToBlocks, pastedLines } from '../../../model/jd/textBlocks';
import { suggestClauses } from '../../../model/jd/suggest';
import type { DutyQuery, SuggestionSet } from '../../../model/jd/suggest';
import { docxBlocksWith } from '../docxBlocks';
import { DocumentReadError, MAX_DOCX_XML_BYTES, MAX_TEXT_BYTES } from '../documentErrors';
import type { DocumentProblem } from '../documentErrors';
import { zipPartSizes } from '../zipEntries';
import { bytesOf, readInto, unpackClauses } from './readInto';
import type { PackedClauses } from './readInto';

export { packClauses, unpackClauses } from './readInto';
export type { PackedClauses } from './readInto';

/** A document for the reader worker to read into clauses: a .docx (the chosen file itself, or bytes), or text (pasted, or a stored .txt). */
export type ReadInput = { type: 'docx'; data: ArrayBuffer | Blob } | { type: 'text'; text: string };

export type ReaderJob = { op: 'read'; source: JdSource; input: ReadInput } | { op: 'suggest'; duties: DutyQuery[]; documents: PackedClauses[] };

/**
 * A PDF to read into clauses (the chosen file itself, or bytes): the PDF
 * reader worker's only job, kept apart so that pdf.js is loaded only for PDFs.
 */
export interface PdfJob {
  op: 'read';
  source: JdSource;
  input: { type: 'pdf'; data: ArrayBuffer | Blob };
}

/** One document read: its clauses (packed) and anything to tell the person. */
export interface ReadDocument {
  clauses: PackedClauses;
  notes: JdNote[];
}

/** Clauses listed as "in the JD but not in the framework": more than any real JD leaves unmatched. */
export const SHOWN_UNMATCHED = 200;

/**
 * The suggestions as the panel shows them: a SuggestionSet whose `unmatched`
 * holds only the first {@link SHOWN_UNMATCHED} clauses, with how many there are.
 */
export interface ShownSuggestions extends SuggestionSet {
  unmatchedTotal: number;
}

/** ShownSuggestions as a structured clone carries it (plain arrays, not a Map). */
export interface ShownSuggestionsData {
  byDuty: Array<[string, Suggestion[]]>;
  unmatched: Clause[];
  unmatchedTotal: number;
  gaps: string[];
  notes: JdNote[];
}

export type ReaderResult = { ok: true; op: 'read'; document: ReadDocument } | { ok: true; op: 'suggest'; set: ShownSuggestionsData } | { ok: false; problem: DocumentProblem };

async function blocksOf(input: ReadInput): Promise<TextBlock[]> {
  if (input.type === 'text') {
    if (new Blob([input.text]).size > MAX_TEXT_BYTES) {
      throw new DocumentReadError('tooMuchText');
    }
    return linesToBlocks(pastedLines(input.text));
  }
  const data = await bytesOf(input.data);
  const declared = zipPartSizes(data).get('word/document.xml');
  if (declared !== undefined && declared > MAX_DOCX_XML_BYTES) {
    throw new DocumentReadError('tooMuchText');
  }
  try {
    return await docxBlocksWith(mammoth, data);
  } catch (error) {
    throw new DocumentReadError('corrupt', error);
  }
}

/**
 * Does one job.
 *
 * @param job - Read a document into clauses, or rank the documents' clauses for every duty.
 * @returns The clauses or suggestions, or the problem with the document.
 */
export async function runReaderJob(job: ReaderJob): Promise<ReaderResult> {
  if (job.op === 'read') {
    return readInto(job.source, () => blocksOf(job.input));
  }
  try {
    const set = suggestClauses(job.duties, unpackClauses(job.documents));
    return {
      ok: true,
      op: 'suggest',
      set: { byDuty: [...set.byDuty.entries()], unmatched: set.unmatched.slice(0, SHOWN_UNMATCHED), unmatchedTotal: set.unmatched.length, gaps: set.gaps, notes: set.notes }
    };
  } catch (error) {
    return { ok: false, problem: error instanceof DocumentReadError ? error.problem : 'corrupt' };
  }
}
