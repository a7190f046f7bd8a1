/**
 * How JDs and PSs number and bullet their paragraphs when the numbers are
 * typed (or come through a PDF's text layer): "3.2 Take part in …",
 * "(a) …", "• …". Word's own list numbering is read by the .docx extractor.
 */

/** "3", "3.2", "3.2.1", then "." or ")" and a space; at most two digits a part, so years are not numbers. */
const NUMBERED = /^\s*\(?(\d{1,2}(?:\.\d{1,2}){0,3})(?:[.)]|(?=\s))\s*(?=\S)/;
/** "a)", "(b)", "iv." and similar. Requires the bracket or stop, so a sentence starting "A patient" is not numbered. */
const LETTERED = /^\s*\(?([a-hj-z]|[ivx]{1,4})[.)]\s+(?=\S)/i;
/** Bullet glyphs Word, PDFs and pasted text use, including the Symbol font's private-use bullet. */
const BULLETED = /^\s*[•●▪■◦○·∙‣⁃*\-–—\uF0A7\uF0B7\uF0D8\uF0FC]\s*(?=\S)/;

export interface ParsedPrefix {
  /** The text with its number or bullet removed. */
  text: string;
  number?: string;
  bulleted: boolean;
}

/**
 * Separates a paragraph's typed number or bullet from its text.
 *
 * @param line - One paragraph or line.
 * @returns The rest of the text, the number if any, and whether it was bulleted.
 */
export function parsePrefix(line: string): ParsedPrefix {
  const numbered = NUMBERED.exec(line);
  if (numbered) {
    return { text: line.slice(numbered[0].length).trim(), number: numbered[1], bulleted: false };
  }
  const lettered = LETTERED.exec(line);
  if (lettered) {
    return { text: line.slice(lettered[0].length).trim(), number: lettered[1].toLowerCase(), bulleted: false };
  }
  const bulleted = BULLETED.exec(line);
  if (bulleted) {
    return { text: line.slice(bulleted[0].length).trim(), bulleted: true };
  }
  return { text: line.trim(), bulleted: false };
}

/** The headings under which a PS lists its criteria. */
export type Criterion = 'Essential' | 'Desirable';

/**
 * Whether a heading introduces essential or desirable criteria
 * ("Essential", "Desirable criteria:", "Experience – essential").
 *
 * @param heading - The heading text.
 * @returns The criterion, or undefined for any other heading.
 */
export function criterionOf(heading: string): Criterion | undefined {
  const words = heading.toLowerCase();
  if (words.split(/\s+/).length > 6) {
    return undefined;
  }
  if (/\bessential\b/.test(words)) {
    return 'Essential';
  }
  if (/\bdesirable\b/.test(words)) {
    return 'Desirable';
  }
  return undefined;
}
