import type { PreviousMapping } from '../../services/overview';
import { inBatch, settle } from '../toolkit/batch';
import { httpStatus } from '../toolkit/errors';
import { MAPPING_FIELDS as F } from '../schema';
import type { DataContext } from '../toolkit/context';
import { indexEntries, readEntryRows } from '../mappings/entryQueries';
import { headerFromRow, previousIdOf } from '../mappings/mappingRows';
import type { Row } from '../toolkit/rows';

/**
 * The mapping a mapping was made from, with its entries: one request for the
 * link (none when the caller read it with the mapping), one $batch for the
 * earlier mapping's item and entries.
 *
 * @param context - Data context.
 * @param mappingId - This year's mapping.
 * @param known - The link, when already read with the mapping: null when it names none.
 * @returns The previous mapping, or undefined when it was not made from one,
 *   the site does not record it yet, or the earlier mapping has been deleted.
 */
export async function readPreviousMapping(context: DataContext, mappingId: number, known?: number | null): Promise<PreviousMapping | undefined> {
  if (context.missingFields.has(F.previousMappingId) || known === null) {
    return undefined;
  }
  const previousId = known ?? previousIdOf(await context.list('mappings').items.getById(mappingId).select('ID', F.previousMappingId)<Row>(), mappingId);
  if (previousId === null) {
    return undefined;
  }
  const [item, rows] = await inBatch(context.sp, (web) =>
    Promise.all([
      settle(context.list('mappings', web).items.getById(previousId).select('ID', F.team, F.dateCompleted, F.completedBy, F.frameworkId, F.frameworkVersion)<Row>()),
      settle(readEntryRows(context, web, previousId))
    ])
  );
  if (!item.ok) {
    if (httpStatus(item.error) === 404) {
      return undefined;
    }
    throw item.error;
  }
  if (!rows.ok) {
    throw rows.error;
  }
  const { header } = headerFromRow(item.value, context.timeZone);
  const previous: PreviousMapping = { id: previousId, team: header.team, entries: indexEntries(rows.value, context.timeZone).entries };
  if (header.dateCompleted !== undefined) {
    previous.dateCompleted = header.dateCompleted;
  }
  return previous;
}
