/**
 * The work the reader worker does, as plain functions over plain data, so the
 * same code runs in the worker and, where no worker can start (tests, a host
 * that refuses one), on the page.
 */
import * as mammoth from 'mammoth';
import type { Clause, DocumentClauses, JdSource, TextBlock } from '../../../model/jd/types';
import { linesToBlocks, pastedLines } from '../../../model/jd/textBlocks';
import { readClauses } from '../../../model/jd/splitClauses';
import { suggestClauses } from '../../../model/jd/suggest';
import type { DutyQuery, SuggestionSet } from '../../../model/jd/suggest';
import { docxBlocksWith } from '../docxBlocks';
import { DocumentReadError, MAX_DOCX_XML_BYTES, MAX_TEXT_BYTES } from '../documentErrors';
import type { DocumentProblem } from '../documentErrors';
import { zipPartSizes } from '../zipEntries';

/** A document to read into clauses: a .docx's bytes, or text (pasted, or a stored .txt). */
export type ReadInput = { type: 'docx'; data: ArrayBuffer } | { type: 'text'; text: string };

export type ReaderJob = { op: 'read'; source: JdSource; input: ReadInput } | { op: 'suggest'; duties: DutyQuery[]; clauses: Clause[] };

/** A SuggestionSet as a structured clone carries it (a Map survives cloning, but plain arrays are cheaper to check). */
export interface SuggestionSetData {
  byDuty: Array<[string, SuggestionSet['byDuty'] extends Map<string, infer V> ? V : never]>;
  unmatched: SuggestionSet['unmatched'];
  gaps: SuggestionSet['gaps'];
  notes: SuggestionSet['notes'];
}

export type ReaderResult = { ok: true; op: 'read'; document: DocumentClauses } | { ok: true; op: 'suggest'; set: SuggestionSetData } | { ok: false; problem: DocumentProblem };

async function blocksOf(input: ReadInput): Promise<TextBlock[]> {
  if (input.type === 'text') {
    if (new Blob([input.text]).size > MAX_TEXT_BYTES) {
      throw new DocumentReadError('tooMuchText');
    }
    return linesToBlocks(pastedLines(input.text));
  }
  const declared = zipPartSizes(input.data).get('word/document.xml');
  if (declared !== undefined && declared > MAX_DOCX_XML_BYTES) {
    throw new DocumentReadError('tooMuchText');
  }
  try {
    return await docxBlocksWith(mammoth, input.data);
  } catch (error) {
    throw new DocumentReadError('corrupt', error);
  }
}

/**
 * Does one job.
 *
 * @param job - Read a document into clauses, or rank clauses for every duty.
 * @returns The clauses or suggestions, or the problem with the document.
 */
export async function runReaderJob(job: ReaderJob): Promise<ReaderResult> {
  try {
    if (job.op === 'suggest') {
      const set = suggestClauses(job.duties, job.clauses);
      return { ok: true, op: 'suggest', set: { byDuty: [...set.byDuty.entries()], unmatched: set.unmatched, gaps: set.gaps, notes: set.notes } };
    }
    const blocks = await blocksOf(job.input);
    return { ok: true, op: 'read', document: readClauses(blocks, job.source) };
  } catch (error) {
    return { ok: false, problem: error instanceof DocumentReadError ? error.problem : 'corrupt' };
  }
}
