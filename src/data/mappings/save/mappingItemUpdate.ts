import { areaBreakdown, countByStatus, coverage, topLevelDutyIds } from '../../../model';
import type { Framework, StatusCounts } from '../../../model';
import { signedOffError } from '../../../services/governance';
import type { MappingChanges, SaveConflict } from '../../../services/types';
import { inBatch, settle } from '../../toolkit/batch';
import { httpStatus } from '../../toolkit/errors';
import { ENTRY_FIELDS, MAPPING_FIELDS } from '../../schema';
import { areaCountsValues } from '../areaCountsColumn';
import { ensureCurrentUser, presentValues } from '../../toolkit/context';
import type { DataContext, KnownMapping } from '../../toolkit/context';
import type { StoredEntries } from '../entryQueries';
import { readSignedOff } from '../../governance/signedOff';
import { readMappingState } from '../readMapping';
import type { MappingState } from '../readMapping';
import { decideHeader } from './headerDecision';
import { headerToken } from '../headerToken';
import { contributorsFromRow, rollupValues, totalsDisagree, totalsValues } from '../mappingRows';
import { etagOf, idOf, readableCopy } from '../../toolkit/rows';

/** Tries of the mapping item's MERGE when other saves keep getting in first. */
const ROLLUP_ATTEMPTS = 8;

/**
 * A short random wait before retrying, so savers that collided do not collide
 * again in lock-step (seen in the soak: twenty editors of three mappings).
 */
function backoff(attempt: number): Promise<void> {
  const ms = Math.round(Math.random() * 25 * attempt);
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export interface MappingItemUpdate {
  counts: StatusCounts;
  headerEtag: string;
  conflicts: SaveConflict[];
  /** ETags of entries whose readable team copy was rewritten (a team rename). */
  entryEtags: Record<string, string>;
}

/** Keeps the readable team column of every entry in step with a renamed team. */
async function copyTeam(context: DataContext, stored: StoredEntries, team: string): Promise<Record<string, string>> {
  const rows = [...stored.rows.entries()];
  const results = await inBatch(context.sp, (web) =>
    Promise.all(
      rows.map(([, row]) =>
        // Only the readable copy changes, so the ETag check is not needed here.
        settle(context.list('entries', web).items.getById(idOf(row)).update({ [ENTRY_FIELDS.team]: readableCopy(team) }))
      )
    )
  );
  const etags: Record<string, string> = {};
  results.forEach((result, index) => {
    if (result.ok) {
      etags[rows[index][0]] = result.value.etag;
    }
  });
  return etags;
}

/**
 * The duties a mapping's totals count: the framework's, or without it the entries
 * that exist (one per duty).
 *
 * @param framework - The mapping's framework, when this session has it.
 * @param stored - The entries as stored.
 * @returns Duty ids.
 */
export function dutyIdsOf(framework: Framework | undefined, stored: StoredEntries): string[] {
  return framework ? topLevelDutyIds(framework) : [...stored.rows.keys()];
}

/**
 * The counts update: writes the mapping item's totals (recomputed from the entries as stored),
 * contributors and any header change, with the item's current ETag; redoes
 * it from a fresh read when another save got in first.
 *
 * @param context - Data context.
 * @param mappingId - The mapping.
 * @param known - What this session knows of the mapping.
 * @param first - The state read after the entry writes.
 * @param headerChange - The header change, if any.
 * @param savedEntries - Whether any entry was written by this save.
 * @returns Totals, the header token and any header conflict.
 */
export async function updateMappingItem(
  context: DataContext,
  mappingId: number,
  known: KnownMapping,
  first: MappingState,
  headerChange: MappingChanges['header'],
  savedEntries: boolean
): Promise<MappingItemUpdate> {
  const framework = context.frameworks.get(known.frameworkKey);
  let state = first;
  for (let attempt = 1; ; attempt++) {
    const decision = decideHeader(headerChange, state.row, context.timeZone);
    const dutyIds = dutyIdsOf(framework, state.stored);
    const counts = countByStatus(state.stored.entries, dutyIds);
    const result: MappingItemUpdate = { counts, headerEtag: headerToken(decision.after), conflicts: decision.conflict ? [decision.conflict] : [], entryEtags: {} };
    const share = coverage(state.stored.entries, dutyIds);
    const stale = totalsDisagree(state.row, totalsValues(counts, share, dutyIds.length));
    // Stored totals that disagree with the entries (an earlier counts update failed) are rewritten even when nothing else changed.
    if (!savedEntries && decision.values === undefined && !stale) {
      return result;
    }
    const user = await ensureCurrentUser(context);
    const contributors = [...new Set([...contributorsFromRow(state.row), user.login])];
    const values = presentValues(context, {
      ...rollupValues(counts, share, dutyIds.length, contributors),
      // Without the framework the areas are unknown: blank reads as "not counted by area", never as stale figures.
      ...(framework ? areaCountsValues(areaBreakdown(framework, state.stored.entries)) : { [MAPPING_FIELDS.areaCounts]: '' }),
      ...decision.values
    });
    try {
      await context.list('mappings').items.getById(mappingId).update(values, etagOf(state.row));
    } catch (error) {
      if (httpStatus(error) === 412 && attempt < ROLLUP_ATTEMPTS) {
        await backoff(attempt);
        // Sign-off also moves the mapping item's ETag on: a header change must not land after it.
        const [fresh, signedOff] = await inBatch(context.sp, (web) =>
          Promise.all([readMappingState(context, web, mappingId), settle(readSignedOff(context, web, mappingId))])
        );
        if (signedOff.ok && signedOff.value && decision.values !== undefined) {
          throw signedOffError(error);
        }
        state = fresh;
        continue;
      }
      if (httpStatus(error) === 412 && decision.values === undefined) {
        // The entries are saved; only the totals lost the race every time. The
        // saves that won wrote totals from their own reads, and the next save of
        // this mapping recomputes them from the entries, so reporting "not saved"
        // here would be false (and would make the user re-send saved entries).
        return result;
      }
      throw error;
    }
    if (decision.values !== undefined && decision.after.header.team !== known.team) {
      known.team = decision.after.header.team;
      result.entryEtags = await copyTeam(context, state.stored, known.team);
    }
    return result;
  }
}
