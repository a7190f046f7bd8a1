import type { Area, Framework } from './framework';
import type { GapAction, MappingEntry } from './mapping';
import type { DutyStatus, StatusCounts } from './status';
import { DEFAULT_STATUS, DUTY_STATUSES, isDocumented, needsAction } from './statuses';

/** A duty the team should act on, for action lists and managers' follow-up. */
export interface GapItem {
  dutyId: string;
  areaId: string;
  dutyText: string;
  /** "gap" or "partlyInPlace". */
  status: DutyStatus;
  action?: GapAction;
}

/** Status totals of one area or one whole mapping. */
export interface Rollup {
  /** Number of mapped (top-level) duties. */
  dutyCount: number;
  counts: StatusCounts;
  /** Share (0..1) of applicable duties found in the JD, the PS or both; see {@link coverage}. */
  coverage: number;
  /** Duties marked "Gap" or "Partly in place", in framework order. */
  gaps: GapItem[];
}

export interface AreaRollup extends Rollup {
  areaId: string;
}

export interface MappingRollup extends Rollup {
  areas: AreaRollup[];
}

/**
 * A zero count for every status.
 *
 * @returns Counts with every status at 0.
 */
export function zeroCounts(): StatusCounts {
  const counts = {} as StatusCounts;
  for (const status of DUTY_STATUSES) {
    counts[status.key] = 0;
  }
  return counts;
}

function entriesByDuty(entries: readonly MappingEntry[]): Map<string, MappingEntry> {
  const byDuty = new Map<string, MappingEntry>();
  for (const entry of entries) {
    if (!byDuty.has(entry.dutyId)) {
      byDuty.set(entry.dutyId, entry);
    }
  }
  return byDuty;
}

/**
 * Counts the given duties by status. A duty with no entry counts as "Not yet
 * reviewed"; entries for duties not in the list (say, from an older framework)
 * are ignored, so the counts always add up to the number of duties.
 *
 * @param entries - The mapping's entries.
 * @param dutyIds - The duties to count, normally the top-level duties of an area or framework.
 * @returns How many of those duties have each status.
 */
export function countByStatus(entries: readonly MappingEntry[], dutyIds: readonly string[]): StatusCounts {
  const byDuty = entriesByDuty(entries);
  const counts = zeroCounts();
  for (const dutyId of dutyIds) {
    counts[byDuty.get(dutyId)?.status ?? DEFAULT_STATUS] += 1;
  }
  return counts;
}

/**
 * The share of applicable duties that the job description or person
 * specification already covers ("found in" JD, PS or both).
 *
 * Applicable means any status except "Not applicable"; a duty not yet reviewed
 * is applicable, so coverage starts low and rises as the team maps. When no
 * duty is applicable (an empty list, or everything marked not applicable)
 * coverage is 0 rather than undefined, so callers can always show a number;
 * pair it with the counts to tell "nothing applies" from "nothing covered".
 *
 * @param entries - The mapping's entries.
 * @param dutyIds - The duties to consider.
 * @returns A number from 0 to 1.
 */
export function coverage(entries: readonly MappingEntry[], dutyIds: readonly string[]): number {
  const byDuty = entriesByDuty(entries);
  let applicable = 0;
  let documented = 0;
  for (const dutyId of dutyIds) {
    const entry = byDuty.get(dutyId);
    if (entry?.status === 'notApplicable') {
      continue;
    }
    applicable += 1;
    if (entry && isDocumented(entry.foundIn)) {
      documented += 1;
    }
  }
  return applicable === 0 ? 0 : documented / applicable;
}

function rollupOf(areas: readonly Area[], entries: readonly MappingEntry[]): Rollup {
  const byDuty = entriesByDuty(entries);
  const dutyIds: string[] = [];
  const gaps: GapItem[] = [];
  for (const area of areas) {
    for (const duty of area.duties) {
      dutyIds.push(duty.id);
      const entry = byDuty.get(duty.id);
      if (entry && needsAction(entry.status)) {
        gaps.push({
          dutyId: duty.id,
          areaId: area.id,
          dutyText: duty.text,
          status: entry.status,
          ...(entry.action ? { action: { ...entry.action } } : {})
        });
      }
    }
  }
  return {
    dutyCount: dutyIds.length,
    counts: countByStatus(entries, dutyIds),
    coverage: coverage(entries, dutyIds),
    gaps
  };
}

/**
 * Totals for one area over its top-level duties.
 *
 * @param area - An area of the framework.
 * @param entries - The mapping's entries (all of them; other areas' are ignored).
 * @returns Counts, coverage, duty count and the duties needing action.
 */
export function areaRollup(area: Area, entries: readonly MappingEntry[]): AreaRollup {
  return { areaId: area.id, ...rollupOf([area], entries) };
}

/**
 * Totals for a whole mapping, and per area.
 *
 * @param framework - The framework the mapping uses.
 * @param entries - The mapping's entries.
 * @returns Counts, coverage, duty count and duties needing action, overall and per area.
 */
export function mappingRollup(framework: Framework, entries: readonly MappingEntry[]): MappingRollup {
  return {
    ...rollupOf(framework.areas, entries),
    areas: framework.areas.map((area) => areaRollup(area, entries))
  };
}
