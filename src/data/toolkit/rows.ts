/**
 * Reading and writing list item values. Items arrive as loosely typed JSON;
 * these helpers turn them into checked values so nothing `any` leaks out.
 */

/** A list item as SharePoint returns it (minimal metadata JSON). */
export type Row = Record<string, unknown>;

/** Field values to write to an item. */
export type RowValues = Record<string, string | number | boolean | null>;

/**
 * A text value.
 *
 * @param row - The item.
 * @param name - Internal name.
 * @returns The text, or '' when blank.
 */
export function text(row: Row, name: string): string {
  const value = row[name];
  return typeof value === 'string' ? value : '';
}

/**
 * A number value.
 *
 * @param row - The item.
 * @param name - Internal name.
 * @returns The number, or 0 when blank.
 */
export function num(row: Row, name: string): number {
  const value = row[name];
  const parsed = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
  return Number.isFinite(parsed) ? parsed : 0;
}

/**
 * The item's ETag, to send back as IF-MATCH.
 *
 * @param row - The item.
 * @returns The ETag as SharePoint gave it (opaque), or '*' if none was sent.
 */
export function etagOf(row: Row): string {
  const meta = row.__metadata as { etag?: unknown } | undefined;
  const value = row['odata.etag'] ?? meta?.etag;
  return typeof value === 'string' ? value : '*';
}

/**
 * The item's ID.
 *
 * @param row - The item.
 * @returns ID (or Id).
 */
export function idOf(row: Row): number {
  return num(row, 'ID') || num(row, 'Id');
}

/**
 * Display name of a person column read with `$expand` (e.g. Editor/Title).
 *
 * @param row - The item.
 * @param name - The person column.
 * @returns The name, or undefined.
 */
export function personTitle(row: Row, name: string): string | undefined {
  const person = row[name] as { Title?: unknown } | undefined;
  return typeof person?.Title === 'string' && person.Title !== '' ? person.Title : undefined;
}

/**
 * A date-only value as yyyy-mm-dd. SharePoint stores date-only columns as the
 * site's midnight in UTC (so 23:00Z the day before for a UK site in summer);
 * rounding to the nearest day reads the date people picked in any time zone
 * within twelve hours of UTC.
 *
 * @param row - The item.
 * @param name - Internal name.
 * @returns The date, or undefined when blank.
 */
export function isoDate(row: Row, name: string): string | undefined {
  const value = row[name];
  if (typeof value !== 'string' || value === '') {
    return undefined;
  }
  const time = Date.parse(value);
  if (Number.isNaN(time)) {
    return undefined;
  }
  return new Date(time + 12 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/**
 * The value to write for a date-only column.
 *
 * @param date - yyyy-mm-dd, or blank/undefined for no date.
 * @returns Midnight UTC of that date, or null to clear the column.
 */
export function dateValue(date: string | undefined): string | null {
  return date && date.trim() !== '' ? `${date.trim()}T00:00:00Z` : null;
}

/**
 * Parses a JSON column written by the app, falling back when it is blank or
 * was damaged by hand in SharePoint (the app must still open the mapping).
 *
 * @param row - The item.
 * @param name - Internal name of a multi-line text column.
 * @param fallback - Value to use when the column is blank or not JSON.
 * @returns The parsed value, or the fallback.
 */
export function jsonValue(row: Row, name: string, fallback: unknown): unknown {
  const raw = text(row, name);
  if (raw.trim() === '') {
    return fallback;
  }
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return fallback;
  }
}

/**
 * A readable copy of a text for a single-line column: the whole text when it
 * fits, otherwise cut with an ellipsis (never through a surrogate pair). Only
 * for copies kept so SharePoint views read well; the data of record is never
 * shortened.
 *
 * @param value - The text.
 * @param max - Column limit (255).
 * @returns Text of at most `max` UTF-16 units.
 */
export function readableCopy(value: string, max = 255): string {
  if (value.length <= max) {
    return value;
  }
  let cut = max - 1;
  const code = value.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) {
    cut -= 1;
  }
  return `${value.slice(0, cut).replace(/\s+$/, '')}…`;
}
