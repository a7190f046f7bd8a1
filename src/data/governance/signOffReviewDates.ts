import type { IWeb } from '../toolkit/pnp';
import { httpStatus } from '../toolkit/errors';
import type { DataContext } from '../toolkit/context';
import { MAX_PAGE } from '../toolkit/pages';
import { isoDate, num, text } from '../toolkit/rows';
import type { Row } from '../toolkit/rows';
import { RECORD_FIELDS, RECORD_KINDS } from '../schema';

/**
 * The review date each signed-off mapping was given at sign-off, for the
 * overview: per mapping, its newest record decides (a reopening means it is
 * no longer signed off). Reads the newest {@link MAX_PAGE} records (two files
 * per sign-off, one per reopening) by ID, so the query stays valid past the
 * list view threshold. A site without the records library has none.
 *
 * @param context - Data context.
 * @param web - The web, batched or not.
 * @returns yyyy-mm-dd by mapping id.
 */
export async function readSignOffReviewDates(context: DataContext, web: IWeb): Promise<Map<number, string>> {
  let rows: Row[];
  try {
    rows = await context
      .list('records', web)
      .items.select('ID', 'FileLeafRef', RECORD_FIELDS.mappingId, RECORD_FIELDS.kind, RECORD_FIELDS.reviewDue)
      .orderBy('ID', false)
      .top(MAX_PAGE)<Row[]>();
  } catch (error) {
    if (httpStatus(error) === 404) {
      return new Map();
    }
    throw error;
  }
  const decided = new Set<number>();
  const dates = new Map<number, string>();
  for (const row of rows) {
    const mappingId = num(row, RECORD_FIELDS.mappingId);
    const kind = text(row, RECORD_FIELDS.kind);
    // The JSON file is the record; a file without a kind is a failed upload and counts for nothing.
    if (decided.has(mappingId) || kind === '' || !text(row, 'FileLeafRef').toLowerCase().endsWith('.json')) {
      continue;
    }
    decided.add(mappingId);
    const due = isoDate(row, RECORD_FIELDS.reviewDue, context.timeZone);
    if (kind === RECORD_KINDS.signedOff && due !== undefined) {
      dates.set(mappingId, due);
    }
  }
  return dates;
}
