/**
 * A small, generic "table of rows to an Excel workbook" writer: typed columns,
 * a frozen header row, filters, column widths and drop-down lists. The mapping
 * export, the overview and the action tracker all write their sheets with it.
 *
 * Load it on demand (it pulls in write-excel-file):
 * `const { rowsToXlsx, xlsxSheet } = await import('../export/xlsx/rowsToXlsx')`.
 */
import writeXlsxFile from 'write-excel-file/universal';
import type { Cell, Row as SheetRow } from 'write-excel-file/universal';
import { cleanText, fitExcelCell } from '../content/cleanText';
import { sheetExtrasFeature } from './sheetFeatures';
import type { SheetExtras } from './sheetFeatures';

/**
 * How a column's values are stored, so Excel sorts and filters them properly;
 * 'auto' stores each value as what it is (for label/value sheets).
 */
export type XlsxColumnType = 'text' | 'number' | 'date' | 'dateTime' | 'auto';

export interface XlsxColumn<Row> {
  /** Header text (from loc). */
  header: string;
  /** Width in characters. */
  width: number;
  type: XlsxColumnType;
  /** The cell's value; undefined, null or '' leave it blank. */
  value: (row: Row) => string | number | Date | undefined | null;
  /** Offer these values as a drop-down list in the column's cells (at most 255 characters in all). */
  allowed?: readonly string[];
}

export interface XlsxSheetSpec<Row> {
  /** Sheet tab name; characters Excel forbids are replaced and it is cut to 31 characters. */
  name: string;
  columns: readonly XlsxColumn<Row>[];
  rows: readonly Row[];
  /** Filters on the header row (default true). */
  filter?: boolean;
  /** Keep the header row in view while scrolling (default true). */
  freezeHeader?: boolean;
  /** Rows to show in bold, such as a sub-heading row inside the sheet. */
  emphasis?: (row: Row) => boolean;
  /** How many of the last rows are a footer (a totals row) kept out of the filter, so sorting in Excel leaves them last. */
  footerRows?: number;
}

/** A sheet ready to write: cells and extras, no longer tied to a row type. */
export interface PreparedSheet {
  data: SheetRow[];
  widths: number[];
  extras: SheetExtras;
  freezeHeader: boolean;
}

/** What to append to a text cut to fit Excel's 32,767-character cell (from loc). */
export interface XlsxOptions {
  shortenedMarker: string;
}

const DATE_FORMAT = 'dd/mm/yyyy';
const DATE_TIME_FORMAT = 'dd/mm/yyyy hh:mm';
const LIST_LIMIT = 255;

/**
 * A sheet name Excel accepts: no []:*?/\, not blank, at most 31 characters, no leading or trailing apostrophe.
 *
 * @param name - Any text.
 * @returns A valid sheet name.
 */
export function safeSheetName(name: string): string {
  const cleaned = Array.from(cleanText(name).replace(/[[\]:*?/\\]/g, '-').replace(/^'+|'+$/g, '').trim())
    .slice(0, 31)
    .join('');
  return cleaned.trim() || 'Sheet';
}

function autoType(value: string | number | Date): XlsxColumnType {
  return typeof value === 'number' ? 'number' : value instanceof Date ? 'dateTime' : 'text';
}

function cell<Row>(column: XlsxColumn<Row>, row: Row, options: XlsxOptions, bold: boolean): Cell {
  const value = column.value(row);
  if (value === undefined || value === null || value === '') {
    return null;
  }
  const type = column.type === 'auto' ? autoType(value) : column.type;
  const weight = bold ? { fontWeight: 'bold' as const } : {};
  if (type === 'number') {
    return typeof value === 'number' && isFinite(value) ? { value, type: Number, ...weight } : null;
  }
  if (type === 'date' || type === 'dateTime') {
    return value instanceof Date && !isNaN(value.getTime())
      ? { value: excelWallClock(value, type === 'dateTime'), type: Date, format: type === 'date' ? DATE_FORMAT : DATE_TIME_FORMAT, ...weight }
      : null;
  }
  return { value: fitExcelCell(cleanText(String(value)), options.shortenedMarker), type: String, wrap: true, alignVertical: 'top', ...weight };
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** Excel's day 0: serials from 1 March 1900 count days since 30 December 1899. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const MARCH_1900 = Date.UTC(1900, 2, 1);

/**
 * The Date to hand write-excel-file so the cell shows `date`'s local calendar
 * day (and, with `withTime`, its local time) exactly. The library counts days
 * since 30 December 1899 by the Date's UTC time, so a local midnight in British
 * Summer Time showed the day before; and Excel's serial 1 is 1 January 1900
 * because Excel keeps a 29 February 1900 that never was (Lotus 1-2-3's leap-year
 * bug, kept for compatibility), so days before 1 March 1900 showed a day late
 * (a due date of 1 January 1900 became 2 January).
 *
 * @param date - A local date (midnight) or an instant.
 * @param withTime - Keep the local time of day too.
 * @returns A Date whose UTC time is Excel's serial for that wall-clock moment.
 */
export function excelWallClock(date: Date, withTime: boolean): Date {
  const wall = Date.UTC(date.getFullYear(), date.getMonth(), date.getDate(), withTime ? date.getHours() : 0, withTime ? date.getMinutes() : 0, withTime ? date.getSeconds() : 0);
  const serial = (wall - EXCEL_EPOCH) / DAY_MS - (wall < MARCH_1900 ? 1 : 0);
  return new Date(EXCEL_EPOCH + serial * DAY_MS);
}

/**
 * Turns typed rows into a sheet's cells.
 *
 * @param spec - Sheet name, columns and rows.
 * @param options - Wording for shortened cells.
 * @returns The sheet, ready for {@link rowsToXlsx}.
 */
export function xlsxSheet<Row>(spec: XlsxSheetSpec<Row>, options: XlsxOptions): PreparedSheet {
  const name = safeSheetName(spec.name);
  const header: SheetRow = spec.columns.map((column) => (column.header ? { value: cleanText(column.header), type: String, fontWeight: 'bold', wrap: true } : null));
  const data = [header, ...spec.rows.map((row) => spec.columns.map((column) => cell(column, row, options, spec.emphasis?.(row) ?? false)))];
  const lists = spec.columns.flatMap((column, index) => {
    if (!column.allowed) {
      return [];
    }
    if (column.allowed.join(',').length > LIST_LIMIT) {
      throw new RangeError(`The drop-down list of "${column.header}" is longer than Excel allows.`);
    }
    return [{ column: index, values: column.allowed.map(cleanText), rows: data.length }];
  });
  return {
    data,
    widths: spec.columns.map((column) => column.width),
    freezeHeader: spec.freezeHeader !== false,
    extras: {
      name,
      filter: spec.filter === false ? undefined : { rows: data.length - (spec.footerRows ?? 0), columns: spec.columns.length },
      lists
    }
  };
}

/**
 * Writes sheets to an .xlsx workbook.
 *
 * @param sheets - Prepared sheets, in tab order (names must differ).
 * @returns The workbook as a Blob (its type is the .xlsx MIME type).
 */
export function rowsToXlsx(sheets: readonly PreparedSheet[]): Promise<Blob> {
  return writeXlsxFile(
    sheets.map((sheet) => ({
      data: sheet.data,
      sheet: sheet.extras.name,
      columns: sheet.widths.map((width) => ({ width })),
      stickyRowsCount: sheet.freezeHeader ? 1 : undefined
    })),
    { features: [sheetExtrasFeature(sheets.map((sheet) => sheet.extras))], fontFamily: 'Arial', fontSize: 10 }
  ).toBlob();
}

/** The MIME type of an .xlsx file. */
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
