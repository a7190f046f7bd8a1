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
 * The site's regional time zone as SharePoint reports it
 * (`web/RegionalSettings/TimeZone`, `Information`): minutes to add to local
 * time to get UTC, in standard time and, with `daylightBias` added, in summer
 * time (Pacific: 480, 0, -60; UK: 0, 0, -60). SharePoint reports no dates for
 * summer time, which is why values are written at noon (see {@link dateValue}).
 */
export interface SiteTimeZone {
  bias: number;
  standardBias: number;
  daylightBias: number;
}

/**
 * Reads `Information` from `web/RegionalSettings/TimeZone`.
 *
 * @param reply - The SP.TimeZone JSON.
 * @returns The zone, or undefined when the reply does not carry one.
 */
export function timeZoneFrom(reply: unknown): SiteTimeZone | undefined {
  const info = (reply as { Information?: { Bias?: unknown; StandardBias?: unknown; DaylightBias?: unknown } } | undefined)?.Information;
  if (typeof info?.Bias !== 'number') {
    return undefined;
  }
  return { bias: info.Bias, standardBias: typeof info.StandardBias === 'number' ? info.StandardBias : 0, daylightBias: typeof info.DaylightBias === 'number' ? info.DaylightBias : 0 };
}

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * The day a date-only value stands for. SharePoint keeps a date-only column as
 * the site's local midnight in UTC (1 June on a UK site in summer is
 * `…-05-31T23:00:00Z`; on a Pacific site `…-06-01T07:00:00Z`). With the site's
 * time zone the day is exact: the offset (standard or summer) that makes the
 * instant a local midnight names it; any other instant (a value not yet
 * normalised by SharePoint, such as {@link dateValue}'s) is read at the
 * standard offset. Without the zone, an instant at exactly 12:00 UTC is
 * {@link dateValue}'s own and is that day; any other is rounded to the nearest
 * day, which is right for every site within twelve hours of UTC.
 *
 * @param value - The column's value as SharePoint returns it (ISO 8601, UTC).
 * @param zone - The site's time zone, once known.
 * @returns yyyy-mm-dd, or undefined when blank or unreadable.
 */
export function dateFromStored(value: unknown, zone?: SiteTimeZone): string | undefined {
  if (typeof value !== 'string' || value === '') {
    return undefined;
  }
  const time = Date.parse(value);
  if (Number.isNaN(time)) {
    return undefined;
  }
  const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
  if (zone !== undefined) {
    const standard = -(zone.bias + zone.standardBias) * MINUTE;
    const summer = -(zone.bias + zone.standardBias + zone.daylightBias) * MINUTE;
    for (const offset of [standard, summer]) {
      const local = time + offset;
      if (((local % DAY) + DAY) % DAY === 0) {
        return day(local);
      }
    }
    return day(time + standard);
  }
  if (((time % DAY) + DAY) % DAY === 12 * HOUR) {
    return day(time);
  }
  return day(time + 12 * HOUR);
}

/**
 * A date-only value as yyyy-mm-dd (see {@link dateFromStored}).
 *
 * @param row - The item.
 * @param name - Internal name.
 * @param zone - The site's time zone, once known.
 * @returns The date, or undefined when blank.
 */
export function isoDate(row: Row, name: string, zone?: SiteTimeZone): string | undefined {
  return dateFromStored(row[name], zone);
}

/**
 * The value to write for a date-only column: noon of that day in the site's
 * standard time, which is the same day in summer time too, so SharePoint
 * (which keeps the local day of the instant written) keeps the day chosen on a
 * site in any time zone. Without the zone, noon UTC, which is that day on every
 * site from UTC-12 to UTC+11. (Midnight UTC, written before, is the day before
 * on every site west of UTC.)
 *
 * @param date - yyyy-mm-dd, or blank/undefined for no date.
 * @param zone - The site's time zone, once known.
 * @returns An ISO instant, or null to clear the column.
 */
export function dateValue(date: string | undefined, zone?: SiteTimeZone): string | null {
  if (!date || date.trim() === '') {
    return null;
  }
  const noon = Date.parse(`${date.trim()}T12:00:00Z`);
  if (Number.isNaN(noon)) {
    return null;
  }
  const at = zone === undefined ? noon : noon + (zone.bias + zone.standardBias) * MINUTE;
  return new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z');
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
