import { Paragraph, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { ParagraphChild } from 'docx';

/** Border and spacing shared by every table, so the file looks like the SoR form. */
export const CELL_MARGINS = { top: 60, bottom: 60, left: 100, right: 100 };

/**
 * Text as runs, one line break for each new line people typed (Word ignores "\n" inside a run).
 *
 * @param text - Cleaned text.
 * @param bold - Whether the runs are bold.
 * @returns Runs for a paragraph.
 */
export function textRuns(text: string, bold = false): ParagraphChild[] {
  return text.split(/\r\n|\r|\n/).map((line, index) => new TextRun({ text: line, bold, break: index > 0 ? 1 : undefined }));
}

/**
 * A table cell holding one paragraph of text.
 *
 * @param text - Cleaned text.
 * @param widthPct - Width as a share of the table (0–100).
 * @param options - Bold text, or cells spanning rows.
 * @returns The cell.
 */
export function textCell(text: string, widthPct: number, options: { bold?: boolean; rowSpan?: number } = {}): TableCell {
  return new TableCell({
    width: { size: widthPct, type: WidthType.PERCENTAGE },
    margins: CELL_MARGINS,
    rowSpan: options.rowSpan,
    children: [new Paragraph({ children: textRuns(text, options.bold) })]
  });
}

/**
 * A table cell holding several paragraphs.
 *
 * @param paragraphs - The cell's paragraphs.
 * @param widthPct - Width as a share of the table (0–100).
 * @param rowSpan - Rows the cell spans.
 * @returns The cell.
 */
export function paragraphsCell(paragraphs: Paragraph[], widthPct: number, rowSpan?: number): TableCell {
  return new TableCell({ width: { size: widthPct, type: WidthType.PERCENTAGE }, margins: CELL_MARGINS, rowSpan, children: paragraphs });
}

/**
 * A header row Word repeats at the top of every page the table runs onto.
 *
 * @param labels - Column headings.
 * @param widths - Column widths as shares of the table.
 * @returns The row.
 */
export function headerRow(labels: readonly string[], widths: readonly number[]): TableRow {
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: labels.map((label, index) => textCell(label, widths[index], { bold: true }))
  });
}
