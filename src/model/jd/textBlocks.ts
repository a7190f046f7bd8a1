import { criterionOf, parsePrefix } from './numbering';
import type { TextBlock } from './types';

/** Headings NHS job descriptions and person specifications commonly use, matched on their first words. */
const SECTION_WORDS =
  /^(job (summary|purpose|details|description)|main (duties|purpose)|key (duties|responsibilities|result areas)|duties and responsibilities|responsibilities|person specification|criteria|qualifications?|education|experience|knowledge|skills|abilities|communication|clinical|professional|other|general|personal qualities|values)\b/i;
const MAX_HEADING_WORDS = 8;
/** "Band: 4", "Reports to: Imaging Services Manager": the job's details, not clauses a duty sits in. */
const DETAIL_LINE = /^[A-Z][A-Za-z ]{0,30}:\s+\S[^.]*$/;
const MAX_DETAIL_WORDS = 10;

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => word.length > 0).length;
}

/** A short line without a full stop reads as a heading ("Clinical duties", "3. Quality and safety", "Essential:"). */
function looksLikeHeading(text: string, number: string | undefined): boolean {
  const words = wordCount(text);
  if (number !== undefined && number.includes('.')) {
    return false;
  }
  if (/:$/.test(text) && words <= MAX_HEADING_WORDS + 2) {
    return true;
  }
  if (criterionOf(text) !== undefined && words <= 4) {
    return true;
  }
  if (/[.;,!?]$/.test(text) || words > MAX_HEADING_WORDS) {
    return false;
  }
  return SECTION_WORDS.test(text) || words <= 6 || text === text.toUpperCase();
}

/**
 * Reads plain text (pasted, or a PDF's lines already joined into
 * paragraphs) as blocks: headings, numbered or bulleted items, paragraphs.
 *
 * @param lines - One paragraph a line; blank lines are ignored.
 * @returns The blocks in reading order.
 */
export function linesToBlocks(lines: readonly string[]): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const line of lines) {
    const clean = line.replace(/\s+/g, ' ').trim();
    if (clean === '') {
      continue;
    }
    const { text, number, bulleted } = parsePrefix(clean);
    if (text === '' || (!bulleted && number === undefined && DETAIL_LINE.test(text) && wordCount(text) <= MAX_DETAIL_WORDS)) {
      continue;
    }
    if (!bulleted && looksLikeHeading(text, number)) {
      blocks.push({ text: text.replace(/:$/, '').trim(), kind: 'heading', number });
    } else {
      blocks.push({ text, kind: bulleted || number !== undefined ? 'item' : 'paragraph', number });
    }
  }
  return blocks;
}

/**
 * Splits pasted text into lines for {@link linesToBlocks}.
 *
 * @param text - Text as pasted.
 * @returns Its lines.
 */
export function pastedLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}
