import { DUTY_STATUSES } from '../../model';
import type { AreaBreakdown, AreaFigures, StatusCounts } from '../../model';
import { MAPPING_FIELDS } from '../schema';
import type { Row, RowValues } from '../toolkit/rows';

/**
 * Per-area counts on the mapping item, as compact JSON: counts in the order of
 * DUTY_STATUSES, so a 1,000-team overview stays small. Version 1 of the shape;
 * a reader meeting another version treats the figures as not yet counted.
 */
interface StoredShape {
  v: 1;
  /** [areaId, dutyCount, coverage, ...counts in DUTY_STATUSES order]. */
  a: Array<[string, number, number, ...number[]]>;
  /** Open actions: duties needing action, and their due dates. */
  o: number;
  d: string[];
}

/**
 * The column value for a mapping's per-area figures.
 *
 * @param breakdown - Figures worked out from the entries.
 * @returns Values for an add or MERGE.
 */
export function areaCountsValues(breakdown: AreaBreakdown): RowValues {
  const stored: StoredShape = {
    v: 1,
    a: breakdown.areas.map((area) => [area.areaId, area.dutyCount, area.coverage, ...DUTY_STATUSES.map((status) => area.counts[status.key])]),
    o: breakdown.actions.open,
    d: breakdown.actions.dueDates
  };
  return { [MAPPING_FIELDS.areaCounts]: JSON.stringify(stored) };
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function areaFrom(raw: unknown): AreaFigures | undefined {
  if (!Array.isArray(raw) || raw.length !== 3 + DUTY_STATUSES.length || typeof raw[0] !== 'string') {
    return undefined;
  }
  const numbers = raw.slice(1);
  if (!numbers.every(isNumber)) {
    return undefined;
  }
  const counts = {} as StatusCounts;
  DUTY_STATUSES.forEach((status, index) => {
    counts[status.key] = numbers[2 + index] as number;
  });
  return { areaId: raw[0], dutyCount: numbers[0] as number, coverage: numbers[1] as number, counts };
}

/**
 * Reads the per-area figures of a mapping item. Anything unreadable (blank,
 * edited by hand, another version of the shape) reads as undefined: "not
 * counted by area yet", never as zeros.
 *
 * @param row - The mapping item.
 * @returns The figures, or undefined.
 */
export function areaCountsFromRow(row: Row): AreaBreakdown | undefined {
  const raw = row[MAPPING_FIELDS.areaCounts];
  if (typeof raw !== 'string' || raw === '') {
    return undefined;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const stored = parsed as Partial<StoredShape> | null;
  if (stored === null || typeof stored !== 'object' || stored.v !== 1 || !Array.isArray(stored.a) || !isNumber(stored.o) || !Array.isArray(stored.d)) {
    return undefined;
  }
  const areas = stored.a.map(areaFrom);
  if (areas.some((area) => area === undefined)) {
    return undefined;
  }
  return {
    areas: areas as AreaFigures[],
    actions: { open: stored.o, dueDates: stored.d.filter((date): date is string => typeof date === 'string') }
  };
}
