import { countByStatus, coverage, emptyEntry, planMove, topLevelDutyIds } from '../../model';
import type { MappingEntry } from '../../model';
import { AppError } from '../../services/errors';
import type { MoveProgress } from '../../services/frameworks';
import { inBatch, settle, throwFirstFailure } from '../toolkit/batch';
import { MAPPING_FIELDS } from '../schema';
import type { DataContext } from '../toolkit/context';
import { entryContexts } from './createMapping';
import { readMappingWithEntries } from './readMapping';
import { versionForMapping } from '../frameworks/frameworkQueries';
import { newEntryValues } from './entryRows';
import { contributorsFromRow, headerFromRow, rollupValues } from './mappingRows';
import { etagOf } from '../toolkit/rows';

/** Entries created per request when a mapping moves: small enough to show progress, large enough to be quick. */
export const MOVE_BATCH_SIZE = 20;

/**
 * Moves a mapping to another version of its framework. New duties get
 * Not yet reviewed entries (in batches, reporting progress); entries whose
 * duty the version lacks are kept as they are (the mapping's history), never
 * deleted; then the mapping records the new version with its totals. Safe to
 * run again after a failure: only missing entries are created.
 *
 * @param context - Data context.
 * @param mappingId - The mapping.
 * @param toVersion - The version to move to.
 * @param onProgress - Told how many of the new entries exist so far.
 * @throws AppError('conflict') when someone changed the mapping's details meanwhile (nothing is lost; try again).
 */
export async function moveMapping(context: DataContext, mappingId: number, toVersion: number, onProgress: (progress: MoveProgress) => void): Promise<void> {
  const { row, stored: indexed } = await readMappingWithEntries(context, mappingId);
  const stored = headerFromRow(row, context.timeZone);
  const from = await versionForMapping(context, stored.header.frameworkId, stored.header.frameworkVersion);
  const to = await versionForMapping(context, stored.header.frameworkId, toVersion);
  if (to.fallback) {
    throw new AppError('invalid', { reason: 'moveTargetUnreadable', frameworkVersion: toVersion });
  }
  const plan = planMove(indexed.entries, from.framework, to.framework);
  const contextOf = entryContexts(to.framework, mappingId, stored.header.team);
  const fresh: MappingEntry[] = plan.newDuties.map((duty) => emptyEntry(duty.id));
  onProgress({ done: 0, total: fresh.length });
  for (let start = 0; start < fresh.length; start += MOVE_BATCH_SIZE) {
    const batch = fresh.slice(start, start + MOVE_BATCH_SIZE);
    const results = await inBatch(context.sp, (web) =>
      Promise.all(batch.map((entry) => settle(context.list('entries', web).items.add(newEntryValues(entry, contextOf(entry.dutyId), context.timeZone)))))
    );
    throwFirstFailure(results);
    onProgress({ done: Math.min(start + batch.length, fresh.length), total: fresh.length });
  }
  const entries = [...indexed.entries, ...fresh];
  const dutyIds = topLevelDutyIds(to.framework);
  await context
    .list('mappings')
    .items.getById(mappingId)
    .update(
      { [MAPPING_FIELDS.frameworkVersion]: to.framework.version, ...rollupValues(countByStatus(entries, dutyIds), coverage(entries, dutyIds), dutyIds.length, contributorsFromRow(row)) },
      etagOf(row)
    );
  // This session's memory of the mapping (entry item ids, framework) is now out of date.
  context.mappings.delete(mappingId);
}
