import { areaBreakdown, copyEntriesForReview, countByStatus, coverage, createEntries, dutyIndex, topLevelDutyIds, validateHeader } from '../../model';
import type { Framework, MappingEntry, MappingHeader } from '../../model';
import { AppError } from '../../services/errors';
import type { NewMappingInput } from '../../services/types';
import { inBatch, settle } from '../toolkit/batch';
import { toAppError } from '../../services/toAppError';
import { MAPPING_FIELDS } from '../schema';
import { ensureCurrentUser, frameworkKey, presentValues } from '../toolkit/context';
import { areaCountsValues } from './areaCountsColumn';
import type { DataContext } from '../toolkit/context';
import { indexEntries, readEntryRows } from './entryQueries';
import { newEntryValues } from './entryRows';
import type { EntryContext } from './entryRows';
import { headerValues, rollupValues } from './mappingRows';
import { idOf } from '../toolkit/rows';
import type { Row } from '../toolkit/rows';
import type { SpFrameworkStore } from '../frameworks/SpFrameworkStore';

/**
 * Readable copies for a duty's entry item: its text, its area's title and its
 * place in the framework.
 *
 * @param framework - The framework.
 * @param mappingId - The mapping.
 * @param team - The team.
 * @returns A function giving the context of each duty.
 */
export function entryContexts(framework: Framework, mappingId: number, team: string): (dutyId: string) => EntryContext {
  const index = dutyIndex(framework);
  const order = new Map(topLevelDutyIds(framework).map((dutyId, position) => [dutyId, position + 1]));
  const areaTitles = new Map(framework.areas.map((area) => [area.id, area.title]));
  return (dutyId) => {
    const located = index.get(dutyId);
    return {
      mappingId,
      team,
      dutyText: located?.duty.text ?? dutyId,
      areaTitle: located ? areaTitles.get(located.areaId) ?? '' : '',
      sortOrder: order.get(dutyId) ?? order.size + 1
    };
  };
}

async function startingEntries(context: DataContext, framework: Framework, copyFrom: number | undefined): Promise<MappingEntry[]> {
  if (copyFrom === undefined) {
    return createEntries(framework);
  }
  const rows = await readEntryRows(context, context.sp.web, copyFrom);
  return copyEntriesForReview(indexEntries(rows, context.timeZone).entries, framework);
}

/**
 * Creates a mapping on the current framework: the mapping item (with its
 * totals already right), then one entry item per top-level duty in one batch.
 *
 * @param context - Data context.
 * @param frameworks - Framework store.
 * @param input - Header, and the earlier mapping to start from for a yearly review.
 * @returns The new mapping's id.
 */
export async function createMapping(context: DataContext, frameworks: SpFrameworkStore, input: NewMappingInput): Promise<number> {
  const framework = input.frameworkId === undefined ? await frameworks.getCurrent() : (await frameworks.getNewestValid(input.frameworkId)).framework;
  const header: MappingHeader = { ...input.header, frameworkId: framework.id, frameworkVersion: framework.version };
  const problems = validateHeader(header);
  if (problems.length > 0) {
    throw new AppError('invalid', { reason: 'validation', problems });
  }
  try {
    const [entries, user] = await Promise.all([startingEntries(context, framework, input.copyFromMappingId), ensureCurrentUser(context)]);
    const dutyIds = topLevelDutyIds(framework);
    const added = await context.list('mappings').items.add(
      presentValues(context, {
        ...headerValues({ header, areaComments: {} }, context.timeZone),
        ...rollupValues(countByStatus(entries, dutyIds), coverage(entries, dutyIds), dutyIds.length, [user.login]),
        ...areaCountsValues(areaBreakdown(framework, entries)),
        [MAPPING_FIELDS.previousMappingId]: input.copyFromMappingId ?? null
      })
    );
    const mappingId = idOf(added as Row);
    const contextOf = entryContexts(framework, mappingId, header.team);
    const itemIds = new Map<string, number>();
    // One retry for parts that failed (a throttled part, say): copied answers must not go missing.
    let pending = entries;
    let lastError: unknown;
    for (let attempt = 0; attempt < 2 && pending.length > 0; attempt++) {
      const batch = pending;
      const results = await inBatch(context.sp, (web) =>
        Promise.all(batch.map((entry) => settle(context.list('entries', web).items.add(newEntryValues(entry, contextOf(entry.dutyId), context.timeZone)))))
      );
      pending = [];
      results.forEach((result, index) => {
        if (result.ok) {
          itemIds.set(batch[index].dutyId, idOf(result.value as Row));
        } else {
          pending.push(batch[index]);
          lastError = result.error;
        }
      });
    }
    context.mappings.set(mappingId, { itemIds, team: header.team, frameworkKey: frameworkKey(framework.id, framework.version) });
    if (pending.length > 0) {
      throw lastError;
    }
    return mappingId;
  } catch (error) {
    throw toAppError(error);
  }
}
