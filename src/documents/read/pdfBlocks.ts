import type { TextBlock } from '../../model/jd/types';
import { linesToBlocks } from '../../model/jd/textBlocks';
import { parsePrefix } from '../../model/jd/numbering';
import { DocumentReadError } from './documentErrors';

interface Line {
  text: string;
  y: number;
  x: number;
  width: number;
  height: number;
}

interface PositionedText {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

/** pdf.js gives runs of text with positions; runs on the same baseline make a line. */
function linesOfPage(items: readonly PositionedText[]): Line[] {
  const lines: Line[] = [];
  for (const item of items) {
    const [, , , , x, y] = item.transform;
    const height = item.height || Math.abs(item.transform[3]) || 10;
    const line = lines.find((candidate) => Math.abs(candidate.y - y) < height * 0.4);
    if (line === undefined) {
      lines.push({ text: item.str, x, y, width: item.width, height });
    } else {
      const gap = x - (line.x + line.width);
      line.text += gap > height * 0.15 && !line.text.endsWith(' ') && !item.str.startsWith(' ') ? ` ${item.str}` : item.str;
      line.width = Math.max(line.width, x + item.width - line.x);
    }
  }
  // PDF y grows upwards: read from the top of the page down.
  return lines.filter((line) => line.text.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
}

/**
 * Joins lines that wrap into paragraphs, across page breaks too. A line
 * starts a new paragraph when it is numbered or bulleted, when a larger gap
 * than usual sits above it on the same page, or when the line before it
 * stopped well short of the text width (its paragraph ended there).
 */
function paragraphsOf(pages: readonly Line[][]): string[] {
  const all = ([] as Line[]).concat(...pages);
  const textWidth = Math.max(...all.map((line) => line.x + line.width)) - Math.min(...all.map((line) => line.x));
  const paragraphs: string[] = [];
  let previous: Line | undefined;
  for (const lines of pages) {
    lines.forEach((line, index) => {
      const prefix = parsePrefix(line.text);
      const gapAbove = index > 0 && previous !== undefined ? previous.y - line.y : 0;
      const startsNew =
        previous === undefined ||
        prefix.number !== undefined ||
        prefix.bulleted ||
        gapAbove > Math.max(previous.height, line.height) * 1.6 ||
        previous.width < textWidth * 0.75;
      if (startsNew) {
        paragraphs.push(line.text.trim());
      } else {
        paragraphs[paragraphs.length - 1] += ` ${line.text.trim()}`;
      }
      previous = line;
    });
  }
  return paragraphs;
}

function isPositionedText(item: object): item is PositionedText {
  return 'str' in item && 'transform' in item;
}

/**
 * Reads a PDF's text layer as blocks. pdf.js runs on the page's own thread
 * (its worker module loaded as a chunk, not a separate worker file), which
 * is plenty for a few pages and needs no worker URL in SharePoint.
 *
 * @param data - The file's bytes.
 * @returns The blocks.
 * @throws DocumentReadError `encrypted`, `corrupt`, `noTextLayer` or `empty`.
 */
export async function pdfBlocks(data: ArrayBuffer): Promise<TextBlock[]> {
  const [pdfjs, worker] = await Promise.all([
    import(/* webpackChunkName: 'jd-pdf' */ 'pdfjs-dist/legacy/build/pdf.mjs'),
    import(/* webpackChunkName: 'jd-pdf-worker' */ 'pdfjs-dist/legacy/build/pdf.worker.mjs')
  ]);
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  const task = pdfjs.getDocument({
    data: new Uint8Array(data),
    isEvalSupported: false,
    disableFontFace: true,
    // Text needs no font files; their absence is expected, not worth a console warning.
    verbosity: pdfjs.VerbosityLevel.ERRORS
  });
  let document;
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy();
    const name = error instanceof Error ? error.name : '';
    throw new DocumentReadError(name === 'PasswordException' ? 'encrypted' : 'corrupt', error);
  }
  try {
    const pages: Line[][] = [];
    for (let pageNumber = 1; pageNumber <= document.numPages; pageNumber += 1) {
      const page = await document.getPage(pageNumber);
      const content = await page.getTextContent();
      pages.push(linesOfPage(content.items.filter((item): item is typeof item & PositionedText => isPositionedText(item))));
    }
    const paragraphs = pages.some((lines) => lines.length > 0) ? paragraphsOf(pages) : [];
    if (paragraphs.length === 0) {
      throw new DocumentReadError(document.numPages > 0 ? 'noTextLayer' : 'empty');
    }
    return linesToBlocks(paragraphs);
  } finally {
    await document.destroy();
  }
}
