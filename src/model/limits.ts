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

/** How a field is named in a message: "Comments are ..." or "The team name is ...". */
export interface FieldNoun {
  /** Capitalised, e.g. "Comments" or "The team name". */
  name: string;
  /** Plural nouns take "are" and "them"; singular ones "is" and "it". */
  plural: boolean;
}

/**
 * Says that a length is over a SharePoint limit and by how much, or nothing when it fits.
 *
 * @param noun - How to name the field.
 * @param length - The length in characters.
 * @param max - The limit.
 * @returns A plain-English message, or undefined when the length fits.
 */
export function lengthMessage(noun: FieldNoun, length: number, max: number): string | undefined {
  const excess = length - max;
  if (excess <= 0) {
    return undefined;
  }
  const verb = noun.plural ? 'are' : 'is';
  const pronoun = noun.plural ? 'them' : 'it';
  return (
    `${noun.name} ${verb} ${characters(length)} long; the most SharePoint can store is ${formatCount(max)}. ` +
    `Shorten ${pronoun} by ${characters(excess)}.`
  );
}

function characters(count: number): string {
  return `${formatCount(count)} character${count === 1 ? '' : 's'}`;
}
