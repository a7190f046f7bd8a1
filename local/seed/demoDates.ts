/**
 * The demo's dates move with the day it is seeded, so `npm start` always shows
 * a department as it is today: some actions overdue, most due in the months
 * ahead, reviews falling due over the coming year. The demo content is written
 * for one day, {@link DEMO_WRITTEN_FOR}; seeding shifts every date in it by the
 * whole months between that day and today, keeping month ends at month ends
 * (31 March stays the last day of its month).
 */

/** The day the demo content's dates were written for. */
export const DEMO_WRITTEN_FOR = '2026-12-06';

function parts(iso: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) {
    throw new Error(`A demo date must be yyyy-mm-dd, got '${iso}'.`);
  }
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * Whole months from the day the content was written for to `today`.
 *
 * @param today - The seeding day, yyyy-mm-dd.
 * @returns Months to shift by (negative before that day).
 */
export function monthsSinceWritten(today: string): number {
  const [y0, m0] = parts(DEMO_WRITTEN_FOR);
  const [y1, m1] = parts(today);
  return (y1 - y0) * 12 + (m1 - m0);
}

/**
 * A date moved by whole months; a month's last day stays its month's last day,
 * any other day is kept (or clamped to a shorter month's end).
 *
 * @param iso - yyyy-mm-dd.
 * @param months - Months to move by.
 * @returns The moved date, yyyy-mm-dd.
 */
export function shiftMonths(iso: string, months: number): string {
  const [year, month, day] = parts(iso);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const last = daysIn(y, m);
  const d = day === daysIn(year, month) ? last : Math.min(day, last);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** Today in the machine's local time zone, yyyy-mm-dd (the day `npm start` seeds). */
export function localIsoToday(now: Date = new Date()): string {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * A demo date as seeded today.
 *
 * @param iso - The date as written in the demo content.
 * @param today - The seeding day (default: today).
 * @returns The date moved to today's demo.
 */
export function demoDate(iso: string, today: string = localIsoToday()): string {
  return shiftMonths(iso, monthsSinceWritten(today));
}
