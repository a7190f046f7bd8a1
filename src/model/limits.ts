/**
 * SharePoint's column limits, in characters as SharePoint (and JavaScript's
 * `String.length`) count them: UTF-16 code units, so an emoji counts as two.
 */

/** Most characters a "Single line of text" column holds. */
export const SINGLE_LINE_TEXT_MAX = 255;

/** Most characters a "Multiple lines of text" (plain) column holds. */
export const MULTI_LINE_TEXT_MAX = 63999;

/**
 * Formats a count the way British English writes it, e.g. 63999 → "63,999".
 * Done by hand so the result does not depend on the browser's locale data.
 *
 * @param value - A whole number.
 * @returns The number with thousands separators.
 */
export function formatCount(value: number): string {
  const digits = String(Math.trunc(Math.abs(value)));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return value < 0 ? `-${grouped}` : grouped;
}
