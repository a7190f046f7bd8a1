import type { IWeb } from '../toolkit/pnp';
import { httpStatus } from '../toolkit/errors';
import type { DataContext } from '../toolkit/context';
import { MAX_PAGE } from '../toolkit/pages';
import { isoDate, num, text } from '../toolkit/rows';
import type { Row } from '../toolkit/rows';
import { RECORD_FIELDS } from '../schema';
import { changedSinceMade, hasColumns, kindOf } from './records';

/** What the overview knows of a mapping's latest record from its columns alone. */
export interface SignOffSummary {
  /** Signed off (latest record an unchanged sign-off), or a latest record to check (changed or damaged). */
  state: 'signedOff' | 'needsChecking' | 'reopened';
  /** yyyy-mm-dd review date set at sign-off. */
  reviewDue?: string;
  /** When the sign-off's columns were written (the record's Modified): anything of the mapping written later changed after sign-off. */
  sealedAt?: string;
  /** Who wrote the sign-off's columns (the record's Editor): the sign-off's own writes in the seal's second are theirs. */
  sealedBy?: number;
}

/**
 * The latest record of each mapping, for the overview: per mapping, its newest
 * record decides (a reopening means it is no longer signed off; a record
 * changed since it was made, or of a kind the app never writes, needs
 * checking). Reads the newest {@link MAX_PAGE} records (two files per
 * sign-off, one per reopening) by ID, so the query stays valid past the list
 * view threshold. A site without the records library has none.
 *
 * @param context - Data context.
 * @param web - The web, batched or not.
 * @returns The summary by mapping id.
 */
export async function readSignOffSummaries(context: DataContext, web: IWeb): Promise<Map<number, SignOffSummary>> {
  let rows: Row[];
  try {
    rows = await context
      .list('records', web)
      .items.select(
        'ID',
        'FileLeafRef',
        'Created',
        'Modified',
        'AuthorId',
        'EditorId',
        'OData__UIVersionString',
        RECORD_FIELDS.mappingId,
        RECORD_FIELDS.kind,
        RECORD_FIELDS.reviewDue
      )
      .orderBy('ID', false)
      .top(MAX_PAGE)<Row[]>();
  } catch (error) {
    if (httpStatus(error) === 404) {
      return new Map();
    }
    throw error;
  }
  const summaries = new Map<number, SignOffSummary>();
  for (const row of rows) {
    const mappingId = num(row, RECORD_FIELDS.mappingId);
    // The JSON file is the record; a file without columns is a half-done upload and counts for nothing.
    if (summaries.has(mappingId) || !hasColumns(row) || !text(row, 'FileLeafRef').toLowerCase().endsWith('.json')) {
      continue;
    }
    const kind = kindOf(row);
    if (kind === undefined || changedSinceMade(row)) {
      summaries.set(mappingId, { state: 'needsChecking' });
    } else if (kind === 'signedOff') {
      summaries.set(mappingId, { state: 'signedOff', reviewDue: isoDate(row, RECORD_FIELDS.reviewDue, context.timeZone), sealedAt: text(row, 'Modified'), sealedBy: num(row, 'EditorId') || undefined });
    } else {
      summaries.set(mappingId, { state: 'reopened' });
    }
  }
  return summaries;
}
