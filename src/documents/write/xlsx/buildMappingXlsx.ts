import * as strings from 'ImagingDutyMappingWebPartStrings';
import { mappingContent } from '../content/mappingContent';
import type { AreaContent, DutyRowContent, MappingContent, MappingExportInput } from '../content/types';
import { rowsToXlsx, xlsxSheet } from './rowsToXlsx';
import type { XlsxColumn } from './rowsToXlsx';

interface DutyRow {
  area: AreaContent;
  row: DutyRowContent;
}

function dutyColumns(content: MappingContent): XlsxColumn<DutyRow>[] {
  return [
    { header: strings.CommonExportSummaryAreaColumn, width: 28, type: 'text', value: ({ area }) => area.title },
    { header: strings.CommonExportColumnQsi, width: 14, type: 'text', value: ({ area }) => area.qsiCodes.join(', ') },
    {
      header: strings.CommonExportColumnDuty,
      width: 60,
      type: 'text',
      // Nested sub-items follow their duty on new lines, indented as in the form.
      value: ({ row }) => row.lines.map((line) => `${'   '.repeat(line.depth - 1)}${line.depth > 1 ? '– ' : ''}${line.text}`).join('\n')
    },
    { header: strings.CommonExportColumnFoundIn, width: 14, type: 'text', value: ({ row }) => row.foundIn },
    { header: strings.CommonExportColumnReference, width: 16, type: 'text', value: ({ row }) => row.reference },
    { header: strings.CommonFieldComments, width: 40, type: 'text', value: ({ row }) => row.comments },
    { header: strings.CommonDetailsStatus, width: 16, type: 'text', value: ({ row }) => row.status, allowed: content.statusLabels },
    { header: strings.CommonExportColumnAction, width: 36, type: 'text', value: ({ row }) => row.actionWhat },
    { header: strings.CommonExportColumnActionOwner, width: 18, type: 'text', value: ({ row }) => row.actionOwner },
    {
      header: strings.CommonExportColumnActionDue,
      width: 14,
      type: 'date',
      value: ({ row }) => (row.actionDueIso ? new Date(`${row.actionDueIso}T00:00:00`) : undefined)
    },
    { header: strings.CommonExportColumnModified, width: 17, type: 'dateTime', value: ({ row }) => row.modified },
    { header: strings.CommonExportColumnModifiedBy, width: 20, type: 'text', value: ({ row }) => row.modifiedBy }
  ];
}

/** A row of the summary sheet: a label and up to six values (header fields, then counts per area). */
interface SummaryRow {
  cells: (string | number)[];
  heading?: boolean;
}

function summaryRows(content: MappingContent): SummaryRow[] {
  // Role and band tell one role's framework from another's; a framework without them has no such rows.
  const roleAndBand = ([
    [strings.CommonExportSummaryRole, content.frameworkRole],
    [strings.CommonExportSummaryBand, content.frameworkBand]
  ] as const).filter((field): field is readonly [string, string] => field[1] !== undefined);
  const fields: (readonly [string, string])[] = [
    [strings.CommonTeamLabel, content.team],
    [strings.CommonExportHeaderCompletedBy, content.completedBy],
    [strings.CommonDateCompletedLabel, content.dateCompleted],
    [strings.CommonFieldNotes, content.notes],
    [strings.CommonExportSummaryFramework, content.frameworkTitle],
    ...roleAndBand,
    [strings.CommonExportSummaryFrameworkVersion, String(content.frameworkVersion)],
    [strings.CommonExportSummaryExportedAt, content.exportedAt],
    [strings.CommonExportSummaryExportedBy, content.exportedBy]
  ];
  const areas = content.areas.map((area) => ({ cells: [area.title, area.rows.length, ...area.counts.map((c) => c.count)] }));
  const total = content.statusLabels.map((_label, index) => content.areas.reduce((sum, area) => sum + area.counts[index].count, 0));
  return [
    ...fields.map(([label, value]) => ({ cells: [label, value] })),
    { cells: [] },
    { cells: [strings.CommonExportSummaryAreaColumn, strings.CommonExportSummaryDutiesColumn, ...content.statusLabels], heading: true },
    ...areas,
    { cells: [strings.CommonExportSummaryTotal, areas.reduce((sum, area) => sum + Number(area.cells[1]), 0), ...total], heading: true }
  ];
}

/**
 * The mapping as an Excel workbook: a "Duties" sheet with one row per duty
 * (filters on, header frozen, status as a drop-down of the five statuses) and
 * a "Summary" sheet with the header fields and counts per area.
 *
 * @param input - The mapping, its framework, and who exports it when.
 * @returns The .xlsx file.
 */
export function buildMappingXlsx(input: MappingExportInput): Promise<Blob> {
  const content = mappingContent(input);
  const options = { shortenedMarker: strings.CommonExportShortened };
  const duties = content.areas.flatMap((area) => area.rows.map((row) => ({ area, row })));
  const summaryWidths = [40, 60, 14, 14, 14, 14, 14];
  const summaryColumns = summaryWidths.map(
    (width, index): XlsxColumn<SummaryRow> => ({
      header: index === 0 ? strings.CommonExportSummaryField : index === 1 ? strings.CommonExportSummaryValue : '',
      width,
      type: 'auto',
      value: (row) => row.cells[index]
    })
  );
  return rowsToXlsx([
    xlsxSheet({ name: strings.CommonExportSheetDuties, columns: dutyColumns(content), rows: duties }, options),
    xlsxSheet(
      { name: strings.CommonExportSheetSummary, columns: summaryColumns, rows: summaryRows(content), filter: false, freezeHeader: false, emphasis: (row) => row.heading === true },
      options
    )
  ]);
}
