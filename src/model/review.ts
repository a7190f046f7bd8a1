/** Months from a mapping's completion to its review when the site sets no other period. */
export const DEFAULT_REVIEW_PERIOD_MONTHS = 12;

/** The longest review period a site may set (ten years); anything longer is a typing slip. */
export const MAX_REVIEW_PERIOD_MONTHS = 120;

/**
 * Reads a site's review period setting: a whole number of months from 1 to
 * {@link MAX_REVIEW_PERIOD_MONTHS}; anything else (blank, "twelve", 0, -3)
 * gives the default, so a typing slip never hides every review.
 *
 * @param raw - The stored value.
 * @returns Months.
 */
export function reviewPeriodFrom(raw: unknown): number {
  const value = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\s*\d+\s*$/.test(raw) ? Number(raw) : Number.NaN;
  return Number.isInteger(value) && value >= 1 && value <= MAX_REVIEW_PERIOD_MONTHS ? value : DEFAULT_REVIEW_PERIOD_MONTHS;
}

/**
 * When a mapping completed on a date is due for review: the same day `months`
 * later, or the month's last day when that month is shorter (31 January + 1
 * month is 28 or 29 February).
 *
 * @param dateCompleted - yyyy-mm-dd.
 * @param months - The site's review period.
 * @returns yyyy-mm-dd, or undefined when the date is not a real date.
 */
export function reviewDueDate(dateCompleted: string, months: number): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dateCompleted);
  if (!match) {
    return undefined;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const start = new Date(Date.UTC(year, month - 1, day));
  if (start.getUTCMonth() !== month - 1 || start.getUTCDate() !== day) {
    return undefined;
  }
  const targetMonth = month - 1 + months;
  const lastDay = new Date(Date.UTC(year, targetMonth + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, targetMonth, Math.min(day, lastDay))).toISOString().slice(0, 10);
}

/**
 * Today's date where the user is, as yyyy-mm-dd.
 *
 * @param now - The moment (defaults to now).
 * @returns The local calendar date.
 */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
