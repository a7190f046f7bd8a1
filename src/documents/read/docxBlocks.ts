import type { TextBlock } from '../../model/jd/types';
import { criterionOf, parsePrefix } from '../../model/jd/numbering';
import { linesToBlocks } from '../../model/jd/textBlocks';

/**
 * The parts of mammoth's document tree this reader uses. mammoth exposes the
 * tree (paragraphs with their style and Word list numbering) through
 * `transformDocument`; reading it directly keeps Word's own numbering, which
 * mammoth's plain-text output drops, and never builds HTML for display.
 */
interface MammothNode {
  type: string;
  value?: string;
  children?: MammothNode[];
  styleName?: string | null;
  styleId?: string | null;
  numbering?: { isOrdered: boolean; level: string } | null;
}

/** A Word list level; paragraphs of one list at one level share the same object. */
type ListLevel = NonNullable<MammothNode['numbering']>;

function textOf(node: MammothNode): string {
  if (node.type === 'text') {
    return node.value ?? '';
  }
  if (node.type === 'tab' || node.type === 'break') {
    return ' ';
  }
  return (node.children ?? []).map(textOf).join('');
}

function isHeadingStyle(node: MammothNode): boolean {
  return /^(heading|title|subtitle)/i.test(node.styleName ?? node.styleId ?? '');
}

/**
 * Numbers Word list items as Word shows them: "1", "2", and "2.1" for the
 * level below, which restarts under each new item above it. Items of one list
 * keep counting across headings, as Word's do.
 */
class ListCounter {
  private readonly counts = new Map<ListLevel, number>();
  private readonly ancestors: ListLevel[] = [];

  public next(level: ListLevel): string {
    const depth = Number(level.level) || 0;
    this.counts.set(level, (this.counts.get(level) ?? 0) + 1);
    for (const other of Array.from(this.counts.keys())) {
      if (Number(other.level) > depth) {
        this.counts.delete(other);
      }
    }
    this.ancestors.length = depth;
    this.ancestors[depth] = level;
    return Array.from(this.ancestors, (ancestor) => String(ancestor === undefined ? 1 : this.counts.get(ancestor) ?? 1)).join('.');
  }
}

/** What the reader takes from the tree, in reading order. */
type Unit = { paragraph: MammothNode; criterion?: boolean } | { heading: string };

function cellsOf(row: MammothNode): MammothNode[] {
  return (row.children ?? []).filter((cell) => cell.type === 'tableCell');
}

function paragraphsIn(node: MammothNode, into: Unit[], criterion: boolean): void {
  if (node.type === 'paragraph') {
    into.push({ paragraph: node, criterion });
    return;
  }
  for (const child of node.children ?? []) {
    paragraphsIn(child, into, criterion);
  }
}

/**
 * Many person specifications are a table with "Essential" and "Desirable"
 * columns and a row per category (Qualifications, Experience, …). Each cell
 * under those columns holds that criterion's items, whatever row it is in;
 * other columns ("How assessed") are not criteria and are left out.
 *
 * @returns False when the table has no such header row (it is read as text).
 */
function collectCriteriaTable(table: MammothNode, into: Unit[]): boolean {
  const rows = (table.children ?? []).filter((row) => row.type === 'tableRow');
  const columns = rows.length > 1 ? cellsOf(rows[0]).map((cell) => criterionOf(textOf(cell).trim())) : [];
  if (!columns.some((criterion) => criterion !== undefined)) {
    return false;
  }
  for (const row of rows.slice(1)) {
    cellsOf(row).forEach((cell, column) => {
      const criterion = columns[column];
      if (criterion !== undefined) {
        into.push({ heading: criterion });
        paragraphsIn(cell, into, true);
      } else if (column === 0 && textOf(cell).trim() !== '') {
        into.push({ heading: textOf(cell).trim() });
      }
    });
  }
  return true;
}

function collect(node: MammothNode, into: Unit[]): void {
  if (node.type === 'paragraph') {
    into.push({ paragraph: node });
    return;
  }
  if (node.type === 'table' && collectCriteriaTable(node, into)) {
    return;
  }
  for (const child of node.children ?? []) {
    collect(child, into);
  }
}

/** The part of mammoth this reader calls; passed in so a worker can bundle mammoth with itself. */
export type MammothApi = Pick<typeof import('mammoth'), 'convertToHtml'>;

/**
 * Reads a .docx file's paragraphs as blocks, with Word's heading styles and
 * list numbering; a criteria table (Essential / Desirable columns) is read by
 * column, other tables cell by cell in reading order.
 *
 * @param data - The file's bytes.
 * @returns The blocks.
 */
export async function docxBlocks(data: ArrayBuffer): Promise<TextBlock[]> {
  const mammoth = await import(/* webpackChunkName: 'jd-docx' */ 'mammoth');
  return docxBlocksWith(mammoth, data);
}

/**
 * {@link docxBlocks} with mammoth given.
 *
 * @param mammoth - The mammoth module.
 * @param data - The file's bytes.
 * @returns The blocks.
 */
export async function docxBlocksWith(mammoth: MammothApi, data: ArrayBuffer): Promise<TextBlock[]> {
  const found: Unit[] = [];
  // mammoth's Node build (used by jest) reads `buffer`, its browser build `arrayBuffer`.
  const input = { arrayBuffer: data, buffer: data };
  await mammoth.convertToHtml(input, {
    transformDocument: (document: MammothNode): MammothNode => {
      collect(document, found);
      // Nothing needs converting: the HTML mammoth would build is never used.
      return { ...document, children: [] };
    }
  });
  const counter = new ListCounter();
  const blocks: TextBlock[] = [];
  for (const unit of found) {
    if ('heading' in unit) {
      blocks.push({ text: unit.heading, kind: 'heading' });
      continue;
    }
    const paragraph = unit.paragraph;
    const text = textOf(paragraph).replace(/\s+/g, ' ').trim();
    if (text === '') {
      continue;
    }
    if (unit.criterion === true) {
      // Every paragraph in a criteria cell is a criterion, however short ("Knowledge of PACS").
      blocks.push({ text: parsePrefix(text).text, kind: 'item' });
    } else if (isHeadingStyle(paragraph)) {
      const { text: rest, number } = parsePrefix(text);
      blocks.push({ text: rest.replace(/:$/, ''), kind: 'heading', number });
    } else if (paragraph.numbering) {
      const number = paragraph.numbering.isOrdered ? counter.next(paragraph.numbering) : undefined;
      blocks.push({ text: parsePrefix(text).text, kind: 'item', number });
    } else {
      // Typed numbers, bullets and bold one-line headings read as they would in pasted text.
      blocks.push(...linesToBlocks([text]));
    }
  }
  return blocks;
}
