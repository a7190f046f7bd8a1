import * as strings from 'ImagingDutyMappingWebPartStrings';
import { formatText, fromIsoDate } from '../../wording/format';
import { statusWord } from '../../wording/vocabulary';
import { tableSheet } from '../common/export/tableExport';
import type { TableExport } from '../common/export/tableExport';
import { ownerName } from './actionRows';
import type { ActionRow } from './actionRows';

function overdue(row: ActionRow): string {
  if (row.item.dueDate === undefined) {
    return strings.ActionsNoDueDate;
  }
  return row.overdue ? strings.CommonOverviewOverdue : strings.ActionsExportOverdueNo;
}

/**
 * The action tracker (or My actions) as shown, filtered and sorted, as an Excel
 * workbook. Blank actions, owners and dates are written in the words the
 * screen shows, so a row without an owner still reads as one.
 *
 * @param rows - The rows shown, in screen order.
 * @param title - "Action tracker" or "My actions": the sheet and file are named after it.
 * @returns The export.
 */
export function actionExport(rows: readonly ActionRow[], title: string): TableExport {
  return {
    title,
    sheets: [
      tableSheet<ActionRow>({
        name: title,
        rows,
        columns: [
          { header: strings.CommonTeamLabel, width: 28, type: 'text', value: (row) => row.item.team || strings.CommonOverviewUnnamedTeam },
          ...(rows.some((row) => row.item.siteUrl !== undefined)
            ? [{ header: strings.CommonShellSitesColumn, width: 40, type: 'text' as const, value: (row: ActionRow) => row.item.siteUrl ?? '' }]
            : []),
          { header: strings.CommonExportSummaryAreaColumn, width: 32, type: 'text', value: (row) => row.item.areaTitle },
          { header: strings.CommonExportColumnDuty, width: 50, type: 'text', value: (row) => row.item.dutyText },
          { header: strings.CommonDetailsStatus, width: 16, type: 'text', value: (row) => statusWord(row.item.status).label },
          { header: strings.CommonExportColumnAction, width: 40, type: 'text', value: (row) => (row.noAction ? strings.ActionsNoActionYet : row.item.what || strings.ActionsNotWritten) },
          { header: strings.CommonExportColumnOwner, width: 24, type: 'text', value: (row) => (row.item.ownerLeft ? formatText(strings.ActionsOwnerLeftExport, ownerName(row.item)) : ownerName(row.item) || strings.ActionsNoOwner) },
          { header: strings.ActionsDueColumn, width: 14, type: 'date', value: (row) => fromIsoDate(row.item.dueDate) },
          { header: strings.CommonOverviewOverdue, width: 14, type: 'text', value: overdue }
        ]
      })
    ]
  };
}
