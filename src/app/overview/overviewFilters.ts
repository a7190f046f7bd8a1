import { zeroCounts } from '../../model';
import type { AreaFigures, DutyStatus } from '../../model';
import type { OverviewRow } from './overviewRows';

export interface OverviewFilters {
  /** Part of a team's name. */
  team: string;
  /** Only teams with at least one gap in this area. */
  gapInArea?: string;
  reviewOverdue: boolean;
  actionsOverdue: boolean;
}

export const NO_FILTERS: OverviewFilters = { team: '', reviewOverdue: false, actionsOverdue: false };

/** A sortable column: a fixed one, or an area (by its coverage). */
export type SortKey = 'team' | 'coverage' | 'change' | 'dateCompleted' | 'completedBy' | 'reviewDue' | 'openActions' | 'overdueActions' | `area:${string}`;

export interface OverviewSort {
  key: SortKey;
  descending: boolean;
}

/**
 * The rows that pass the filters.
 *
 * @param rows - All rows of the group.
 * @param filters - The filters.
 * @returns The rows shown.
 */
export function filterRows(rows: readonly OverviewRow[], filters: OverviewFilters): OverviewRow[] {
  const text = filters.team.trim().toLocaleLowerCase('en-GB');
  return rows.filter(
    (row) =>
      (text === '' || row.mapping.team.toLocaleLowerCase('en-GB').includes(text)) &&
      (filters.gapInArea === undefined || (row.areas?.get(filters.gapInArea)?.counts.gap ?? 0) > 0) &&
      (!filters.reviewOverdue || row.reviewOverdue) &&
      (!filters.actionsOverdue || (row.overdueActions ?? 0) > 0)
  );
}

function sortValue(row: OverviewRow, key: SortKey): string | number | undefined {
  if (key.startsWith('area:')) {
    return row.areas?.get(key.slice(5))?.coverage;
  }
  switch (key) {
    case 'team':
      return row.mapping.team.toLocaleLowerCase('en-GB');
    case 'coverage':
      return row.mapping.figuresAddUp ? row.mapping.coverage : undefined;
    case 'change':
      return row.coverageChange;
    case 'dateCompleted':
      return row.mapping.dateCompleted;
    case 'completedBy':
      return row.mapping.completedBy.join(', ').toLocaleLowerCase('en-GB') || undefined;
    case 'reviewDue':
      return row.reviewDue;
    case 'openActions':
      return row.openActions;
    default:
      return row.overdueActions;
  }
}

/**
 * Sorts rows by a column; rows without a value (not counted, never completed)
 * always come last, whichever the direction. Ties keep team order.
 *
 * @param rows - The rows.
 * @param sort - Column and direction.
 * @returns A sorted copy.
 */
export function sortRows(rows: readonly OverviewRow[], sort: OverviewSort): OverviewRow[] {
  const direction = sort.descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = sortValue(a, sort.key);
    const y = sortValue(b, sort.key);
    if (x === undefined || y === undefined) {
      return x === y ? a.mapping.team.localeCompare(b.mapping.team, 'en-GB') : x === undefined ? 1 : -1;
    }
    const order = x < y ? -1 : x > y ? 1 : 0;
    return order !== 0 ? order * direction : a.mapping.team.localeCompare(b.mapping.team, 'en-GB');
  });
}

/** Totals across the rows shown. */
export interface OverviewTotals {
  /** Per area: summed counts and coverage over the duties that apply. */
  areas: Map<string, AreaFigures>;
  /** Rows whose per-area figures were counted (the others are not in the area totals). */
  counted: number;
  openActions: number;
  overdueActions: number;
}

/**
 * Adds up the shown rows per area. Coverage is recomputed over the summed
 * duties (not averaged), so a small team does not weigh as much as a large one.
 *
 * @param rows - The rows shown.
 * @param areaIds - The group's areas.
 * @returns Totals.
 */
export function totalsOf(rows: readonly OverviewRow[], areaIds: readonly string[]): OverviewTotals {
  const sums = new Map<string, { figures: AreaFigures; documented: number }>();
  for (const areaId of areaIds) {
    sums.set(areaId, { figures: { areaId, dutyCount: 0, counts: zeroCounts(), coverage: 0 }, documented: 0 });
  }
  let counted = 0;
  let openActions = 0;
  let overdueActions = 0;
  for (const row of rows) {
    if (!row.areas) {
      continue;
    }
    counted += 1;
    openActions += row.openActions ?? 0;
    overdueActions += row.overdueActions ?? 0;
    for (const [areaId, area] of row.areas) {
      const sum = sums.get(areaId);
      if (!sum) {
        continue;
      }
      sum.figures.dutyCount += area.dutyCount;
      for (const status of Object.keys(area.counts) as DutyStatus[]) {
        sum.figures.counts[status] += area.counts[status];
      }
      sum.documented += Math.round(area.coverage * (area.dutyCount - area.counts.notApplicable));
    }
  }
  const areas = new Map<string, AreaFigures>();
  for (const [areaId, sum] of sums) {
    const applicable = sum.figures.dutyCount - sum.figures.counts.notApplicable;
    areas.set(areaId, { ...sum.figures, coverage: applicable > 0 ? sum.documented / applicable : 0 });
  }
  return { areas, counted, openActions, overdueActions };
}
