/**
 * The site's regional time zone, and date-only values as SharePoint stores them: the person's
 * date at the site's local midnight, converted to UTC (so 1 June on a UK site in summer is kept as
 * `…-05-31T23:00:00Z`). Sources and what is unconfirmed: docs/sharepoint-dates-and-limits.md.
 */

/** A time zone as `_api/web/RegionalSettings/TimeZone` describes it, with the rules to apply it. */
export interface SiteTimeZone {
  /** Windows name, as the local server's `timeZone` option takes it. */
  name: string;
  /** SharePoint's time zone id (SP.TimeZone.Id). */
  id: number;
  description: string;
  /** Minutes to add to local standard time to get UTC (480 for Pacific, -720 for New Zealand). */
  bias: number;
  standardBias: number;
  /** Added to `bias` in summer time (-60 where clocks go forward an hour, 0 where they never change). */
  daylightBias: number;
  /** IANA zone whose rules (from Node's ICU data) say when summer time applies. */
  iana: string;
}

function zone(name: string, id: number, description: string, bias: number, daylightBias: number, iana: string): SiteTimeZone {
  return { name, id, description, bias, standardBias: 0, daylightBias, iana };
}

/**
 * Zones a test may give the local site. Ids and descriptions follow SharePoint's TIMEZONE.XML;
 * Pacific's (13, bias 480, daylight -60) is confirmed by a recorded SharePoint Online reply, the
 * others' ids are unconfirmed.
 */
export const SITE_TIME_ZONES: Readonly<Record<string, SiteTimeZone>> = {
  'GMT Standard Time': zone('GMT Standard Time', 2, '(UTC) Dublin, Edinburgh, Lisbon, London', 0, -60, 'Europe/London'),
  UTC: zone('UTC', 39, '(UTC) Coordinated Universal Time', 0, 0, 'UTC'),
  'Pacific Standard Time': zone('Pacific Standard Time', 13, '(UTC-08:00) Pacific Time (US and Canada)', 480, -60, 'America/Los_Angeles'),
  'Hawaiian Standard Time': zone('Hawaiian Standard Time', 15, '(UTC-10:00) Hawaii', 600, 0, 'Pacific/Honolulu'),
  'Tokyo Standard Time': zone('Tokyo Standard Time', 20, '(UTC+09:00) Osaka, Sapporo, Tokyo', -540, 0, 'Asia/Tokyo'),
  'New Zealand Standard Time': zone('New Zealand Standard Time', 17, '(UTC+12:00) Auckland, Wellington', -720, -60, 'Pacific/Auckland'),
  'Line Islands Standard Time': zone('Line Islands Standard Time', 104, '(UTC+14:00) Kiritimati Island', -840, 0, 'Pacific/Kiritimati')
};

/** The default: an NHS trust's site, on UK time with British Summer Time. */
export const DEFAULT_TIME_ZONE = 'GMT Standard Time';

/** The zone named `name`; throws for one the local server does not know. */
export function siteTimeZone(name: string = DEFAULT_TIME_ZONE): SiteTimeZone {
  const found = SITE_TIME_ZONES[name];
  if (found === undefined) {
    throw new Error(`Unknown site time zone '${name}'. Known: ${Object.keys(SITE_TIME_ZONES).join(', ')}.`);
  }
  return found;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(iana: string): Intl.DateTimeFormat {
  let f = formatters.get(iana);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone: iana, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(iana, f);
  }
  return f;
}

/** Local wall-clock time at `ms`, as if it were UTC (so its offset is the difference). */
function wallClock(tz: SiteTimeZone, ms: number): number {
  const parts = new Map<string, string>(formatter(tz.iana).formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  const n = (type: string): number => Number(parts.get(type));
  const utc = new Date(0);
  utc.setUTCFullYear(n('year'), n('month') - 1, n('day'));
  utc.setUTCHours(n('hour'), n('minute'), n('second'), 0);
  return utc.getTime();
}

/**
 * Minutes east of UTC at the instant `ms` (60 for London in summer, -420 for Pacific in summer).
 * SharePoint applies its own fixed rules (a bias and a summer-time bias), not the history in ICU:
 * ICU only says whether summer time applies, and any other historical offset counts as standard.
 */
export function offsetMinutes(tz: SiteTimeZone, ms: number): number {
  const whole = Math.floor(ms / 1000) * 1000;
  const icu = Math.round((wallClock(tz, whole) - whole) / 60_000);
  const summer = -(tz.bias + tz.standardBias + tz.daylightBias);
  return tz.daylightBias !== 0 && icu === summer ? summer : -(tz.bias + tz.standardBias);
}

/** The site's local date (yyyy-mm-dd) at the instant `ms`. */
export function localDate(tz: SiteTimeZone, ms: number): string {
  return new Date(ms + offsetMinutes(tz, ms) * 60_000).toISOString().slice(0, 10);
}

/** The UTC instant of the site's local midnight starting `date` (yyyy-mm-dd). */
export function localMidnight(tz: SiteTimeZone, date: string): number {
  const wall = Date.parse(`${date}T00:00:00Z`);
  let guess = wall + tz.bias * 60_000;
  for (let i = 0; i < 3; i += 1) {
    guess = wall - offsetMinutes(tz, guess) * 60_000;
  }
  return guess;
}

/** Earliest and latest instants SharePoint keeps in a date column: 1 January 1900 to 31 December 8900. */
export const MIN_DATE_MS = Date.parse('1900-01-01T00:00:00Z');
export const MAX_DATE_MS = Date.parse('8900-12-31T23:59:59Z');

/** SharePoint's message for a date outside its range (recorded in SharePoint Online replies). */
export const DATE_RANGE_MESSAGE = 'You must specify a valid date within the range of 1/1/1900 and 12/31/8900.';

/**
 * The value SharePoint keeps for a written instant: a date-only column keeps the site's local
 * midnight of the local date at that instant; a date-and-time column keeps the instant (to the
 * second). Undefined when the kept value falls outside 1900–8900 (a date-only 1 January 1900 on a
 * site east of UTC included, whose midnight is still in 1899 in UTC).
 */
export function storedDate(tz: SiteTimeZone, ms: number, dateOnly: boolean): string | undefined {
  const kept = dateOnly ? localMidnight(tz, localDate(tz, ms)) : Math.floor(ms / 1000) * 1000;
  if (!Number.isFinite(kept) || kept < MIN_DATE_MS || kept > MAX_DATE_MS) {
    return undefined;
  }
  return new Date(kept).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
