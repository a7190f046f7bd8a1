import { areaBreakdown, countByStatus, coverage, topLevelDutyIds } from '../../model';
import type { Framework } from '../../model';
import { inBatch, settle } from '../toolkit/batch';
import { httpStatus } from '../toolkit/errors';
import { MAPPING_FIELDS } from '../schema';
import { areaCountsValues } from '../mappings/areaCountsColumn';
import { OVERVIEW_SELECT, overviewMappingFromRow } from '../overview/overviewRows';
import { frameworkKey } from '../toolkit/context';
import type { DataContext } from '../toolkit/context';
import { indexEntries, readEntryRows } from '../mappings/entryQueries';
import { FRAMEWORK_SELECT, frameworkFromRow } from '../frameworks/frameworkRows';
import { contributorsFromRow, rollupValues } from '../mappings/mappingRows';
import { readAllPages } from '../toolkit/pages';
import { etagOf, idOf, num, text } from '../toolkit/rows';
import type { Row } from '../toolkit/rows';
import type { StepResult } from './listSteps';

/** Mappings counted per batch: one entries read each, then one MERGE each. */
const MAPPINGS_PER_BATCH = 50;

async function readFrameworks(context: DataContext): Promise<Map<string, Framework>> {
  const rows = await readAllPages(context.list('frameworks').items.select(...FRAMEWORK_SELECT).orderBy('ID', true));
  const frameworks = new Map<string, Framework>();
  for (const row of rows) {
    try {
      const framework = frameworkFromRow(row);
      frameworks.set(frameworkKey(framework.id, framework.version), framework);
    } catch {
      // A damaged framework version: its mappings stay "not counted by area" rather than wrong.
    }
  }
  return frameworks;
}

async function countBatch(context: DataContext, rows: readonly Row[], frameworks: Map<string, Framework>): Promise<void> {
  const entryRows = await inBatch(context.sp, (web) => Promise.all(rows.map((row) => settle(readEntryRows(context, web, idOf(row))))));
  await inBatch(context.sp, (web) =>
    Promise.all(
      rows.map((row, index) => {
        const framework = frameworks.get(frameworkKey(text(row, MAPPING_FIELDS.frameworkId), num(row, MAPPING_FIELDS.frameworkVersion)));
        const read = entryRows[index];
        if (!framework || !read.ok) {
          return Promise.resolve();
        }
        const entries = indexEntries(read.value, context.timeZone).entries;
        const dutyIds = topLevelDutyIds(framework);
        const values = {
          // The whole-mapping counts are rewritten from the same entries, so both always agree.
          ...rollupValues(countByStatus(entries, dutyIds), coverage(entries, dutyIds), dutyIds.length, contributorsFromRow(row)),
          ...areaCountsValues(areaBreakdown(framework, entries))
        };
        // With the ETag read above: a save that got in first has written its own counts.
        return settle(context.list('mappings', web).items.getById(idOf(row)).update(values, etagOf(row))).then((result) => {
          if (!result.ok && httpStatus(result.error) !== 412) {
            throw result.error;
          }
        });
      })
    )
  );
}

/**
 * Works out per-area counts for every mapping that has none (saved before the
 * column existed, or edited by hand into something unreadable) or whose
 * figures do not add up, from its entries. Safe to run again: mappings with
 * consistent counts are left alone.
 *
 * @param context - Data context.
 * @returns Whether any mapping was counted.
 */
export async function fillAreaCounts(context: DataContext): Promise<StepResult> {
  const mappings = await readAllPages(context.list('mappings').items.select(...OVERVIEW_SELECT, MAPPING_FIELDS.contributors).orderBy('ID', true));
  // Also recounted: figures that cannot be true (edited by hand, or written by a session that
  // did not know the column existed yet), so the overview shows them as fact again.
  const uncounted = mappings.filter((row) => !overviewMappingFromRow(row).figuresAddUp || overviewMappingFromRow(row).breakdown === undefined);
  if (uncounted.length === 0) {
    return 'skipped';
  }
  const frameworks = await readFrameworks(context);
  for (let start = 0; start < uncounted.length; start += MAPPINGS_PER_BATCH) {
    await countBatch(context, uncounted.slice(start, start + MAPPINGS_PER_BATCH), frameworks);
  }
  return 'done';
}
