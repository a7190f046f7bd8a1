/**
 * OData filter values. PnPjs passes `$filter` text through as written, so a
 * quote in a team name must be doubled here or the query breaks (or worse,
 * means something else).
 */

/**
 * A string literal for `$filter`, with single quotes doubled.
 *
 * @param value - Any text, e.g. `O'Brien's`.
 * @returns The quoted literal, e.g. `'O''Brien''s'`.
 */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * A numeric literal for `$filter`; refuses anything that is not a finite number,
 * so an id can never smuggle in more filter text.
 *
 * @param value - A number.
 * @returns Its literal.
 */
export function odataNumber(value: number): string {
  if (!Number.isFinite(value)) {
    throw new RangeError(`${String(value)} is not a number that can go in a filter.`);
  }
  return String(value);
}
