/**
 * Dates and numbers through Intl in the host's locale (the SharePoint page's or
 * Teams client's UI culture, `HostInfo.locale`), British English by default.
 * Typed dates are read day first, so the date field keeps the default locale.
 */

/** The product's wording is British English; hosts that say nothing get it. */
export const DEFAULT_LOCALE = 'en-GB';

/**
 * Fills "{0}", "{1}" ... in a loc string.
 *
 * @param template - A loc string with numbered placeholders.
 * @param values - The values, in order.
 * @returns The filled-in text.
 */
export function formatText(template: string, ...values: (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (match, index: string) => {
    const value = values[Number(index)];
    return value === undefined ? match : String(value);
  });
}

function pad(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/**
 * A local calendar date as yyyy-mm-dd.
 *
 * @param date - A date.
 * @returns The ISO date of its local day.
 */
export function toIsoDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Reads a yyyy-mm-dd date as local midnight.
 *
 * @param iso - An ISO date (a longer ISO timestamp is cut to its date).
 * @returns The date, or undefined when the text is not one.
 */
export function fromIsoDate(iso: string | undefined): Date | undefined {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  if (!match) {
    return undefined;
  }
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return date.getDate() === Number(match[3]) ? date : undefined;
}

/**
 * A calendar date in the locale's short numeric form (dd/mm/yyyy in en-GB).
 *
 * @param value - A Date, or an ISO date or timestamp.
 * @param locale - The host's locale.
 * @returns The formatted date, or an empty string when there is none.
 */
export function formatDate(value: Date | string | undefined, locale: string = DEFAULT_LOCALE): string {
  const date = typeof value === 'string' ? fromIsoDate(value) : value;
  return date ? new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric' }).format(date) : '';
}

/**
 * Reads a typed date: dd/mm/yyyy (also with "-" or "." and two-digit years) or yyyy-mm-dd.
 *
 * @param text - What the person typed.
 * @returns The date, or null when it is not a real date.
 */
export function parseDate(text: string): Date | null {
  const trimmed = text.trim();
  const iso = fromIsoDate(/^\d{4}-\d{2}-\d{2}$/.test(trimmed) ? trimmed : undefined);
  if (iso) {
    return iso;
  }
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(trimmed);
  if (!match) {
    return null;
  }
  const day = Number(match[1]);
  const month = Number(match[2]);
  const year = match[3].length === 2 ? 2000 + Number(match[3]) : Number(match[3]);
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : null;
}

/**
 * A time of day, hours and minutes, in the locale's style ("14:05" in en-GB).
 *
 * @param date - The moment.
 * @param locale - The host's locale.
 * @returns Hours and minutes.
 */
export function formatTime(date: Date, locale: string = DEFAULT_LOCALE): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(date);
}

/**
 * A share as a whole percentage, e.g. 0.426 → "43%".
 *
 * @param share - A number from 0 to 1.
 * @param locale - The host's locale.
 * @returns The percentage.
 */
export function formatPercent(share: number, locale: string = DEFAULT_LOCALE): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/**
 * A whole number with the locale's grouping, e.g. 63999 → "63,999" in en-GB.
 *
 * @param value - A number.
 * @param locale - The host's locale.
 * @returns The formatted number.
 */
export function formatNumber(value: number, locale: string = DEFAULT_LOCALE): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/**
 * Shortens a long text for an accessible name, at a word break where possible.
 *
 * @param text - The text.
 * @param max - Most characters to keep before the ellipsis.
 * @returns The text, or its start followed by "…".
 */
export function truncate(text: string, max = 120): string {
  if (text.length <= max) {
    return text;
  }
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}
