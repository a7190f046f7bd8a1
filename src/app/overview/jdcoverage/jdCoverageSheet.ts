import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { XlsxColumn } from '../../../documents/write/xlsx/rowsToXlsx';
import { tableSheet } from '../../common/export/tableExport';
import type { TableExport } from '../../common/export/tableExport';
import type { FrameworkGroup } from '../overviewRows';
import type { CoverageRow, CoverageTeam } from './jdCoverageRows';
import { cellWords } from './jdCoverageWords';

type Column = XlsxColumn<CoverageRow>;

/**
 * The JD coverage as shown (the duties listed, every team's column) as an
 * Excel workbook: words in the team columns, counts as numbers so Excel can
 * sort and filter on them.
 *
 * @param group - The framework shown.
 * @param teams - The teams, in column order.
 * @param rows - The duties shown.
 * @returns The export.
 */
export function jdCoverageExport(group: FrameworkGroup, teams: readonly CoverageTeam[], rows: readonly CoverageRow[]): TableExport {
  const columns: Column[] = [
    { header: strings.OverviewJdCoverageAreaColumn, width: 30, type: 'text', value: (row) => row.areaTitle },
    { header: strings.CommonExportColumnDuty, width: 60, type: 'text', value: (row) => row.duty.text },
    ...teams.map((team, i): Column => ({ header: team.team || strings.CommonOverviewUnnamedTeam, width: 24, type: 'text', value: (row) => cellWords(row.cells[i]) })),
    { header: strings.OverviewJdCoverageCoveredColumn, width: 14, type: 'number', value: (row) => row.covered },
    { header: strings.OverviewJdCoverageNotFoundColumn, width: 14, type: 'number', value: (row) => row.notFound },
    { header: strings.OverviewJdCoverageVariesColumn, width: 12, type: 'text', value: (row) => (row.varies ? strings.OverviewJdCoverageVariesColumn : '') }
  ];
  return {
    title: strings.OverviewJdCoverageOpen,
    sheets: [tableSheet({ name: group.name, columns, rows: [...rows] })]
  };
}
