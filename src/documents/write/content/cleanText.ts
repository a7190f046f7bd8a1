/**
 * Text as an Office file may hold it. XML 1.0 forbids most control characters,
 * lone surrogates and U+FFFE/U+FFFF; Word and Excel call a file holding one
 * damaged and offer to "repair" it. People paste such characters in from other
 * systems without seeing them, so they are dropped rather than refused.
 */

// A surrogate pair (an emoji) is matched first and kept; anything else matched is
// a character XML 1.0 does not allow or half of a broken pair. No lookbehind, so
// older Safari (Teams on iOS) runs it too.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/g;

/**
 * Removes the characters an Office file cannot hold.
 *
 * @param text - Any text typed or stored by people.
 * @returns The text without control characters (tab and line breaks are kept) or broken surrogates.
 */
export function cleanText(text: string | undefined): string {
  return (text ?? '').replace(NOT_XML, (match) => (match.length === 2 ? match : ''));
}

/** Excel's limit for one cell; a longer text makes Excel report the file as damaged. */
export const EXCEL_CELL_LIMIT = 32767;

/**
 * Cuts a text to fit one Excel cell, saying so at the end rather than failing the export.
 *
 * @param text - Cleaned text.
 * @param marker - What to put after the cut (e.g. "… (shortened)"), from loc.
 * @returns The text, or its start and the marker, at most {@link EXCEL_CELL_LIMIT} characters.
 */
export function fitExcelCell(text: string, marker: string): string {
  if (text.length <= EXCEL_CELL_LIMIT) {
    return text;
  }
  let cut = EXCEL_CELL_LIMIT - marker.length;
  // Never split an emoji's surrogate pair.
  if (/[\uD800-\uDBFF]/.test(text.charAt(cut - 1))) {
    cut -= 1;
  }
  return text.slice(0, cut) + marker;
}
