import type { PdfLibrary } from '../pdfBlocks';
import { pdfBlocksWith } from '../pdfBlocks';
import type { PdfJob, ReaderResult } from './readerJobs';
import { bytesOf, readInto } from './readInto';

/**
 * Reads a PDF into clauses with the pdf.js it is given: the PDF reader
 * worker's job, and the page's where no worker can start.
 *
 * @param job - The PDF (a chosen file as its Blob, or bytes) and whether it is the JD or the PS.
 * @param library - pdf.js.
 * @returns The clauses and notes, or the problem with the document.
 */
export function runPdfJob(job: PdfJob, library: PdfLibrary): Promise<ReaderResult> {
  return readInto(job.source, async () => pdfBlocksWith(library, await bytesOf(job.input.data)));
}
