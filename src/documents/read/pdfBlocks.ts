import type { TextBlock } from '../../model/jd/types';
import { linesToBlocks } from '../../model/jd/textBlocks';
import { parsePrefix } from '../../model/jd/numbering';
import type * as PdfJs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type * as PdfJsWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';
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
  // A loop, not Math.min/max over spread arguments: a long PDF has more lines than a call may take arguments.
  let left = Infinity;
  let right = -Infinity;
  for (const lines of pages) {
    for (const line of lines) {
      left = Math.min(left, line.x);
      right = Math.max(right, line.x + line.width);
    }
  }
  const textWidth = right - left;
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

/** pdf.js: its API and its worker's code, which the API runs in-process (its "fake worker") when it finds it. */
export interface PdfLibrary {
  pdfjs: typeof PdfJs;
  worker: typeof PdfJsWorker;
}

/**
 * Reads a PDF's text layer as blocks with the pdf.js it is given (imported
 * statically by the PDF reader worker, loaded on demand elsewhere: no import
 * here, so the worker's file has no chunks to fetch). pdf.js's worker code
 * runs in-process, on the thread that calls this: in the app that is the PDF
 * reader worker (worker/pdf.worker.ts), so neither pdf.js nor the document
 * reaches the page's thread.
 *
 * @param library - pdf.js.
 * @param data - The file's bytes (pdf.js takes them over).
 * @returns The blocks.
 * @throws DocumentReadError `encrypted`, `corrupt`, `noTextLayer` or `empty`.
 */
export async function pdfBlocksWith({ pdfjs, worker }: PdfLibrary, data: ArrayBuffer): Promise<TextBlock[]> {
  // pdf.js looks for its worker's code here before it tries to start a worker of its own (which needs a URL).
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
