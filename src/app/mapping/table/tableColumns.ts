import * as strings from 'ImagingDutyMappingWebPartStrings';

/** The SoR form's five columns, in its order. */
export type TableColumnKey = 'area' | 'duty' | 'map' | 'comments' | 'status';

export interface TableColumn {
  key: TableColumnKey;
  /** The column's heading, as on the form. */
  heading: string;
  /** Share of the table's width: the five add up to 100 so nothing scrolls sideways. */
  widthPercent: number;
  /** Whether the team's answers live in it (Enter or F2 edits it). */
  editable: boolean;
}

/**
 * The form's columns with their headings and widths. A function, so the loc
 * strings are read when the table renders (tests swap them).
 *
 * @returns The five columns.
 */
export function tableColumns(): readonly TableColumn[] {
  return [
    { key: 'area', heading: strings.CommonExportColumnArea, widthPercent: 16, editable: false },
    { key: 'duty', heading: strings.CommonExportColumnDuties, widthPercent: 30, editable: false },
    { key: 'map', heading: strings.CommonExportColumnMap, widthPercent: 17, editable: true },
    { key: 'comments', heading: strings.CommonFieldComments, widthPercent: 21, editable: true },
    { key: 'status', heading: strings.CommonDetailsStatus, widthPercent: 16, editable: true }
  ];
}

/** Column index of each key, for code that moves focus to a known column. */
export const COLUMN_INDEX: Record<TableColumnKey, number> = { area: 0, duty: 1, map: 2, comments: 3, status: 4 };
