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
import { readClauses } from '../../../model/jd/splitClauses';
import { suggestClauses } from '../../../model/jd/suggest';
import type { DutyQuery, SuggestionSet } from '../../../model/jd/suggest';
import { docxBlocksWith } from '../docxBlocks';
import { DocumentReadError, MAX_DOCX_XML_BYTES, MAX_TEXT_BYTES } from '../documentErrors';
import type { DocumentProblem } from '../documentErrors';
import { zipPartSizes } from '../zipEntries';

/** A document to read into clauses: a .docx (the chosen file itself, or bytes), text (pasted, or a stored .txt), or blocks already extracted (a PDF). */
export type ReadInput = { type: 'docx'; data: ArrayBuffer | Blob } | { type: 'text'; text: string } | { type: 'blocks'; blocks: TextBlock[] };

/** A document's clauses as the page holds them: how many, and the clauses themselves as JSON, which only the ranking reads. */
export interface PackedClauses {
  count: number;
  json: string;
}

export type ReaderJob = { op: 'read'; source: JdSource; input: ReadInput } | { op: 'suggest'; duties: DutyQuery[]; documents: PackedClauses[] };

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

async function docxBytes(data: ArrayBuffer | Blob): Promise<ArrayBuffer> {
  // Told apart by shape: a buffer made in another realm (a test's) is no instance of this one's ArrayBuffer.
  if ('byteLength' in data) {
    return data;
  }
  try {
    return await data.arrayBuffer();
  } catch (error) {
    // The file changed or went away after it was chosen.
    throw new DocumentReadError('corrupt', error);
  }
}

async function blocksOf(input: ReadInput): Promise<TextBlock[]> {
  if (input.type === 'blocks') {
    return input.blocks;
  }
  if (input.type === 'text') {
    if (new Blob([input.text]).size > MAX_TEXT_BYTES) {
      throw new DocumentReadError('tooMuchText');
    }
    return linesToBlocks(pastedLines(input.text));
  }
  const data = await docxBytes(input.data);
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
  try {
    if (job.op === 'suggest') {
      const set = suggestClauses(job.duties, unpackClauses(job.documents));
      return {
        ok: true,
        op: 'suggest',
        set: { byDuty: [...set.byDuty.entries()], unmatched: set.unmatched.slice(0, SHOWN_UNMATCHED), unmatchedTotal: set.unmatched.length, gaps: set.gaps, notes: set.notes }
      };
    }
    const { clauses, notes } = readClauses(await blocksOf(job.input), job.source);
    return { ok: true, op: 'read', document: { clauses: packClauses(clauses), notes } };
  } catch (error) {
    return { ok: false, problem: error instanceof DocumentReadError ? error.problem : 'corrupt' };
  }
}
