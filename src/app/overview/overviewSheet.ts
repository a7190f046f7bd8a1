import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { AreaFigures } from '../../model';
import type { XlsxColumn } from '../../documents/write/xlsx/rowsToXlsx';
import { formatText, fromIsoDate } from '../../wording/format';
import { tableSheet } from '../common/export/tableExport';
import type { TableExport } from '../common/export/tableExport';
import type { OverviewTotals } from './overviewFilters';
import type { FrameworkGroup, OverviewRow } from './overviewRows';

/** A line of the sheet: a team's mapping, or the totals row that closes the table on screen. */
type Line = { kind: 'row'; row: OverviewRow } | { kind: 'totals'; totals: OverviewTotals; shown: number };

type Column = XlsxColumn<Line>;

/** Shares as whole percentages, so Excel sorts and charts them as numbers. */
const percent = (share: number | undefined): number | undefined => (share === undefined ? undefined : Math.round(share * 100));

function change(row: OverviewRow): number | string {
  if (row.coverageChange === undefined) {
    return row.previous ? strings.OverviewNoChangeFigures : strings.OverviewNoPrevious;
  }
  return Math.round(row.coverageChange * 100);
}

/**
 * The flags the screen shows as words and icons, as words.
 *
 * @param row - A team's row.
 * @param latest - Whether it is the team's latest mapping.
 * @returns e.g. "Review overdue; 2 overdue actions".
 */
function flags(row: OverviewRow, latest: boolean): string {
  const words: string[] = [];
  if (!latest) {
    words.push(strings.OverviewEarlierMapping);
  }
  if (row.mapping.entryFigures) {
    words.push(formatText(strings.OverviewFiguresFromEntries, row.mapping.entryFigures.gap, row.mapping.entryFigures.partlyInPlace));
  } else if (!row.mapping.figuresAddUp) {
    words.push(strings.OverviewFiguresNeedChecking);
  } else if (!row.areas) {
    words.push(strings.OverviewNotCounted);
  }
  if (row.mapping.signOffCheck) {
    words.push(row.mapping.signOffCheck === 'changedAfterSignOff' ? strings.OverviewChangedAfterSignOff : strings.OverviewRecordNeedsChecking);
  }
  if (row.neverCompleted) {
    words.push(strings.OverviewNeverCompleted);
  }
  if (row.reviewOverdue) {
    words.push(strings.OverviewReviewOverdueFilter);
  }
  if ((row.overdueActions ?? 0) > 0) {
    words.push(formatText(strings.OverviewExportActionsOverdue, row.overdueActions ?? 0));
  }
  return words.join('; ');
}

function areaColumns(group: FrameworkGroup): Column[] {
  return group.areas.flatMap((area): Column[] => {
    const figures = (line: Line): AreaFigures | undefined =>
      line.kind === 'row' ? line.row.areas?.get(area.id) : line.totals.counted > 0 ? line.totals.areas.get(area.id) : undefined;
    return [
      { header: formatText(strings.OverviewExportAreaInPlace, area.title), width: 14, type: 'number', value: (line) => figures(line)?.counts.inPlace },
      { header: formatText(strings.OverviewExportAreaPartly, area.title), width: 14, type: 'number', value: (line) => figures(line)?.counts.partlyInPlace },
      { header: formatText(strings.OverviewExportAreaGaps, area.title), width: 14, type: 'number', value: (line) => figures(line)?.counts.gap },
      { header: formatText(strings.OverviewExportAreaCoverage, area.title), width: 14, type: 'number', value: (line) => percent(figures(line)?.coverage) }
    ];
  });
}

/**
 * The overview as shown (filtered and sorted, with its totals row) as an Excel
 * workbook: numbers as numbers and dates as dates, so Excel can sort, filter
 * and chart them; flags in words.
 *
 * @param group - The framework shown, with its name.
 * @param rows - The rows shown, in screen order.
 * @param totals - The totals across them.
 * @param latestIds - Ids of each team's latest mapping.
 * @returns The export.
 */
export function overviewExport(group: FrameworkGroup, rows: readonly OverviewRow[], totals: OverviewTotals, latestIds: ReadonlySet<number>): TableExport {
  const row = (line: Line): OverviewRow | undefined => (line.kind === 'row' ? line.row : undefined);
  const columns: Column[] = [
    { header: strings.CommonTeamLabel, width: 30, type: 'text', value: (line) => (line.kind === 'row' ? line.row.mapping.team || strings.CommonOverviewUnnamedTeam : formatText(strings.OverviewTotalsLabel, line.shown)) },
    ...(rows.some((r) => r.mapping.siteUrl !== undefined)
      ? [{ header: strings.CommonShellSitesColumn, width: 40, type: 'text' as const, value: (line: Line) => row(line)?.mapping.siteUrl ?? '' }]
      : []),
    { header: strings.CommonExportSummaryFramework, width: 30, type: 'text', value: (line) => (line.kind === 'row' ? formatText(strings.CommonFrameworkNameWithVersion, group.name, line.row.mapping.frameworkVersion) : '') },
    ...areaColumns(group),
    { header: strings.OverviewExportCoverage, width: 12, type: 'number', value: (line) => (row(line)?.mapping.figuresAddUp ? percent(row(line)?.mapping.coverage) : undefined) },
    { header: strings.OverviewExportChange, width: 16, type: 'auto', value: (line) => (line.kind === 'row' ? change(line.row) : undefined) },
    { header: strings.CommonDateCompletedLabel, width: 14, type: 'date', value: (line) => fromIsoDate(row(line)?.mapping.dateCompleted) },
    { header: strings.OverviewCompletedByColumn, width: 30, type: 'text', value: (line) => row(line)?.mapping.completedBy.join(', ') },
    { header: strings.OverviewReviewDueColumn, width: 14, type: 'date', value: (line) => fromIsoDate(row(line)?.reviewDue) },
    { header: strings.OverviewOpenActionsColumn, width: 12, type: 'number', value: (line) => (line.kind === 'row' ? line.row.openActions : line.totals.openActions) },
    { header: strings.OverviewOverdueActionsColumn, width: 12, type: 'number', value: (line) => (line.kind === 'row' ? line.row.overdueActions : line.totals.overdueActions) },
    { header: strings.OverviewExportFlags, width: 36, type: 'text', value: (line) => (line.kind === 'row' ? flags(line.row, latestIds.has(line.row.mapping.id)) : '') }
  ];
  const lines: Line[] = [...rows.map((r): Line => ({ kind: 'row', row: r })), { kind: 'totals', totals, shown: rows.length }];
  return {
    title: strings.OverviewHeading,
    sheets: [tableSheet({ name: strings.OverviewHeading, columns, rows: lines, emphasis: (line) => line.kind === 'totals', footerRows: 1 })]
  };
}
