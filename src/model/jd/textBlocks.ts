import { furnitureOf, isPostTitle, labelKind } from './furniture';
import { criterionOf, parsePrefix } from './numbering';
import type { TextBlock } from './types';

/** Headings NHS job descriptions and person specifications commonly use, matched on their first words. */
const SECTION_WORDS =
  /^(job (summary|purpose|details|description)|main (duties|purpose)|key (duties|responsibilities|result areas)|duties and responsibilities|responsibilities|person specification|criteria|qualifications?|education|experience|knowledge|skills|abilities|communication|clinical|professional|other|general|personal qualities|values)\b/i;
const MAX_HEADING_WORDS = 8;

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

/** "Job Title<tab>Assistant Practitioner" (a details table pasted as text) reads as "Job Title: Assistant Practitioner". */
function labelledCells(line: string): string {
  const tab = /^([^\t]{1,40})\t+(.*\S.*)$/.exec(line);
  // "Grade:<tab>Band 4" already has its colon.
  return tab !== null && labelKind(tab[1].trim()) !== undefined ? `${tab[1].trim().replace(/\s*:$/, '')}: ${tab[2]}` : line;
}

/** Whether a typed whole number or letter continues the list of the block before it ("2." after "1.", "b)" after "a)"), as a list's items do. */
function continuesList(previous: TextBlock | undefined, number: string | undefined): boolean {
  if (previous?.number === undefined || number === undefined) {
    return false;
  }
  if (/^[a-z]$/.test(previous.number) && /^[a-z]$/.test(number)) {
    return number.charCodeAt(0) === previous.number.charCodeAt(0) + 1;
  }
  return /^\d+$/.test(previous.number) && Number(number) === Number(previous.number) + 1;
}

/**
 * A typed whole number or letter on a short line is a section heading ("3.
 * Quality and safety") unless the line is a list's item: a post in an
 * organisation chart ("2. Clinical Modality Manager"), or one of a run of
 * numbered or lettered lines ("1. Answer the telephone", "2. Order stock";
 * "b) weekly checks of the lead aprons" after "a) …").
 */
function demoteNumberedHeadings(blocks: TextBlock[]): TextBlock[] {
  return blocks.map((block, index) => {
    if (block.kind !== 'heading' || block.number === undefined || !/^(\d+|[a-z])$/.test(block.number)) {
      return block;
    }
    if (SECTION_WORDS.test(block.text) || block.text === block.text.toUpperCase()) {
      return block;
    }
    const next = blocks[index + 1];
    const listed = continuesList(blocks[index - 1], block.number) || (next?.kind === 'heading' && continuesList(block, next.number));
    return listed || isPostTitle(block.text) ? { ...block, kind: 'item' } : block;
  });
}

/**
 * Reads plain text (pasted, or a PDF's lines already joined into
 * paragraphs) as blocks: headings, numbered or bulleted items, paragraphs.
 * Job details, organisation lines and page furniture are kept as blocks, for
 * the clause splitter to set apart.
 *
 * @param lines - One paragraph a line; blank lines are ignored.
 * @returns The blocks in reading order.
 */
export function linesToBlocks(lines: readonly string[]): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const line of lines) {
    const clean = labelledCells(line.trim()).replace(/\s+/g, ' ').trim();
    if (clean === '') {
      continue;
    }
    const { text, number, bulleted } = parsePrefix(clean);
    if (text === '') {
      continue;
    }
    // A post's title or a line of furniture is never a heading: it must not start a section or renumber the items after it.
    const furniture = !bulleted && (furnitureOf(text) !== undefined || isPostTitle(text));
    if (!bulleted && !furniture && looksLikeHeading(text, number)) {
      blocks.push({ text: text.replace(/:$/, '').trim(), kind: 'heading', number });
    } else {
      blocks.push({ text, kind: bulleted || number !== undefined ? 'item' : 'paragraph', number });
    }
  }
  return demoteNumberedHeadings(blocks);
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
