import * as strings from 'ImagingDutyMappingWebPartStrings';
import { exportFileName } from '../../../documents/write/content/fileName';
import type { PreparedSheet, XlsxSheetSpec, xlsxSheet } from '../../../documents/write/xlsx/rowsToXlsx';
import { mark } from '../perf';
import { downloadFile } from './download';
import { ExportFailure } from './exportFailure';
import type { ExportStage } from './exportFailure';

/** The writer's sheet preparer, passed in once the writer's chunk has loaded. */
type PrepareSheet = typeof xlsxSheet;

/** One sheet of a table export, its row type hidden so screens can hand over several kinds. */
export interface TableSheet {
  prepare: (prepare: PrepareSheet) => PreparedSheet;
}

/**
 * Describes a sheet: the rows a screen shows, with the columns it shows them in.
 * Nothing is written until the export runs (the writer loads on demand).
 *
 * @param spec - Sheet name, columns and rows, as shown.
 * @returns The sheet.
 */
export function tableSheet<Row>(spec: XlsxSheetSpec<Row>): TableSheet {
  return { prepare: (prepare) => prepare(spec, { shortenedMarker: strings.CommonExportShortened }) };
}

/** What a screen exports: a title for the file name and its sheets. */
export interface TableExport {
  /** What the file is, e.g. "Overview" (the first part of the file name). */
  title: string;
  sheets: TableSheet[];
}

/**
 * Writes the rows a screen shows (the overview, the action tracker) to an Excel
 * workbook and starts its download. The writer lives in the export lane's own
 * chunk, so the entry bundle does not carry it.
 *
 * @param table - Title and sheets as shown.
 * @param isoDate - Today, yyyy-mm-dd, for the file name.
 * @param download - Saves the file (the browser download by default).
 * @returns The file name used.
 * @throws ExportFailure - saying at which stage it failed.
 */
export async function exportTable(table: TableExport, isoDate: string, download: (blob: Blob, fileName: string) => void = downloadFile): Promise<string> {
  let stage: ExportStage = 'load';
  try {
    mark('idm-export-table-start');
    const { rowsToXlsx, xlsxSheet } = await import(/* webpackChunkName: 'export-xlsx' */ '../../../documents/write/xlsx/rowsToXlsx');
    stage = 'write';
    const blob = await rowsToXlsx(table.sheets.map((sheet) => sheet.prepare(xlsxSheet)));
    mark('idm-export-table-written');
    stage = 'download';
    const fileName = exportFileName(table.title, strings.CommonExportFileLabel, isoDate, 'xlsx', strings.CommonExportUnnamedTeam);
    download(blob, fileName);
    return fileName;
  } catch (error) {
    throw new ExportFailure(stage, error);
  }
}
