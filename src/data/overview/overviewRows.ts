import { DUTY_STATUSES, figuresAddUp } from '../../model';
import type { StatusCounts } from '../../model';
import type { OverviewFramework, OverviewMapping } from '../../services/overview';
import { COUNT_FIELDS, MAPPING_FIELDS as F } from '../schema';
import { areaCountsFromRow } from '../mappings/areaCountsColumn';
import { frameworkFromRow } from '../frameworks/frameworkRows';
import { headerFromRow } from '../mappings/mappingRows';
import { idOf, num, text } from '../toolkit/rows';
import type { Row, SiteTimeZone } from '../toolkit/rows';

/** The overview reads only what it shows: never notes, comments or contributors. */
export const OVERVIEW_SELECT: readonly string[] = [
  'ID',
  F.team,
  F.completedBy,
  F.dateCompleted,
  F.frameworkId,
  F.frameworkVersion,
  F.dutyCount,
  F.coverage,
  ...Object.values(COUNT_FIELDS),
  F.areaCounts,
  'Modified',
  'EditorId'
];

/**
 * Reads one overview row from the mapping item. Per-area figures are kept only
 * when they agree with themselves and with the whole-mapping counts.
 *
 * @param row - The mapping item.
 * @returns The row.
 */
export function overviewMappingFromRow(row: Row, zone?: SiteTimeZone): OverviewMapping {
  const { header } = headerFromRow(row, zone);
  const counts = {} as StatusCounts;
  for (const [status, field] of Object.entries(COUNT_FIELDS)) {
    counts[status as keyof StatusCounts] = num(row, field);
  }
  const dutyCount = num(row, F.dutyCount);
  const coverage = num(row, F.coverage);
  const breakdown = areaCountsFromRow(row);
  const areasAddUp =
    breakdown === undefined ||
    (breakdown.areas.every((area) => figuresAddUp(area.counts, area.dutyCount, area.coverage)) &&
      breakdown.areas.reduce((sum, area) => sum + area.dutyCount, 0) === dutyCount &&
      // Written with the whole-mapping counts by the same request, so they must agree.
      DUTY_STATUSES.every((status) => breakdown.areas.reduce((sum, area) => sum + area.counts[status.key], 0) === counts[status.key]) &&
      Number.isInteger(breakdown.actions.open) &&
      breakdown.actions.open >= 0 &&
      breakdown.actions.open <= dutyCount);
  const mapping: OverviewMapping = {
    id: idOf(row),
    team: header.team,
    completedBy: [...header.completedBy.people.map((p) => p.displayName), ...header.completedBy.otherNames],
    frameworkId: header.frameworkId,
    frameworkVersion: header.frameworkVersion,
    dutyCount,
    counts,
    coverage,
    figuresAddUp: figuresAddUp(counts, dutyCount, coverage) && areasAddUp,
    modified: text(row, 'Modified')
  };
  if (breakdown !== undefined) {
    mapping.breakdown = breakdown;
  }
  if (num(row, 'EditorId') > 0) {
    mapping.modifiedBy = num(row, 'EditorId');
  }
  if (header.dateCompleted !== undefined) {
    mapping.dateCompleted = header.dateCompleted;
  }
  return mapping;
}

/**
 * The framework version as the overview needs it: its areas in order. A
 * damaged version is left out; its mappings are then shown without area columns.
 *
 * @param row - A framework version item.
 * @returns The framework, or undefined when it cannot be read.
 */
export function overviewFrameworkFromRow(row: Row): OverviewFramework | undefined {
  try {
    const framework = frameworkFromRow(row);
    const summary: OverviewFramework = {
      id: framework.id,
      version: framework.version,
      title: framework.title,
      areas: framework.areas.map((area) => ({
        id: area.id,
        title: area.title,
        dutyIds: area.duties.map((duty) => duty.id),
        duties: area.duties.map((duty) => ({ id: duty.id, text: duty.text }))
      }))
    };
    if (framework.role) {
      summary.role = framework.role;
    }
    if (framework.band) {
      summary.band = framework.band;
    }
    return summary;
  } catch {
    return undefined;
  }
}
