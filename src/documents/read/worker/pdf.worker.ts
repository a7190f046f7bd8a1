/**
 * The PDF reader worker: reads a PDF into clauses with pdf.js, off the page's
 * thread. It is a worker of its own, started only when a PDF is read, so that
 * a .docx read never loads pdf.js (about 1.6 MB). pdf.js's own worker code
 * runs in this thread, in-process (its "fake worker"): it needs no second
 * worker and no URL of its own, which a SharePoint page could not give it
 * (the bundles are served from a CDN on another origin).
 *
 * Everything is imported statically, so it is one file with no chunks of its
 * own to fetch (its base address is a blob: URL).
 *
 * Loading pdf.worker.mjs in a worker also makes it answer pdf.js messages on
 * this worker's own port (it assumes it is pdf.js's worker): it sends the page
 * one "ready" message, which the page ignores (no job id), and ignores the
 * page's jobs (no pdf.js target).
 */
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import * as worker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import { runPdfJob } from './pdfJobs';
import type { PdfJob } from './readerJobs';

interface WorkerScope {
  onmessage: ((event: MessageEvent<{ id: number; job: PdfJob }>) => void) | null;
  postMessage(message: unknown): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { id, job } = event.data;
  void runPdfJob(job, { pdfjs, worker }).then((result) => scope.postMessage({ id, result }));
};
