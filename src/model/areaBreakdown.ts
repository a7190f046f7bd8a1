import type { Framework } from './framework';
import type { MappingEntry } from './mapping';
import type { StatusCounts } from './status';
import { mappingRollup } from './rollups';
import { DUTY_STATUSES } from './statuses';

/** One area's totals, as stored on the mapping item for the manager's overview. */
export interface AreaFigures {
  areaId: string;
  dutyCount: number;
  counts: StatusCounts;
  /** 0..1, see {@link coverage} in rollups. */
  coverage: number;
}

/** Duties that need action (Gap or Partly in place), and when their actions are due. */
export interface ActionFigures {
  /** Duties with status Gap or Partly in place. */
  open: number;
  /** Due dates (yyyy-mm-dd) of those with a due date, so "overdue" can be counted on any day. */
  dueDates: string[];
}

/** Everything the overview shows per mapping beyond the whole-mapping counts. */
export interface AreaBreakdown {
  areas: AreaFigures[];
  actions: ActionFigures;
}

/**
 * Per-area totals and open actions of a mapping, worked out from its entries.
 *
 * @param framework - The framework the mapping uses.
 * @param entries - The mapping's entries.
 * @returns Figures per area, in framework order, and the open actions.
 */
export function areaBreakdown(framework: Framework, entries: readonly MappingEntry[]): AreaBreakdown {
  const rollup = mappingRollup(framework, entries);
  const dueDates = rollup.gaps.map((gap) => gap.action?.dueDate).filter((date): date is string => typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date));
  return {
    areas: rollup.areas.map((area) => ({ areaId: area.areaId, dutyCount: area.dutyCount, counts: area.counts, coverage: area.coverage })),
    actions: { open: rollup.gaps.length, dueDates }
  };
}

function isCount(value: number): boolean {
  return Number.isInteger(value) && value >= 0;
}

/**
 * Whether stored figures can be true: whole non-negative counts that add up to
 * the number of duties and a coverage within 0–100%. Any Member can edit the
 * mapping item through REST, so figures read from it are checked before they
 * are shown as fact.
 *
 * @param counts - Duties per status.
 * @param dutyCount - Number of duties.
 * @param coverageShare - Coverage, 0..1.
 * @returns True when the figures are consistent.
 */
export function figuresAddUp(counts: StatusCounts, dutyCount: number, coverageShare: number): boolean {
  const values = DUTY_STATUSES.map((status) => counts[status.key]);
  const total = values.reduce((sum, value) => sum + value, 0);
  return (
    isCount(dutyCount) &&
    values.every(isCount) &&
    total === dutyCount &&
    Number.isFinite(coverageShare) &&
    coverageShare >= 0 &&
    coverageShare <= 1
  );
}

/**
 * How many of the due dates are before today.
 *
 * @param dueDates - yyyy-mm-dd dates.
 * @param today - Today as yyyy-mm-dd.
 * @returns The number overdue.
 */
export function overdueCount(dueDates: readonly string[], today: string): number {
  return dueDates.filter((date) => date < today).length;
}
