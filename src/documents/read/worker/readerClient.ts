/**
 * Runs reader jobs in the reader workers: one worker a page for .docx, text
 * and ranking, and one for PDFs (pdf.js), each started on first use. A job
 * that runs past the time limit stops its worker (the next job starts a fresh
 * one) and is reported as too slow. Where no worker can run (jest's jsdom, a
 * host that refuses one) the jobs run on the page instead, still within the
 * size limits.
 */
import { MAX_READ_MS } from '../documentErrors';
import type { PdfJob, ReaderJob, ReaderResult } from './readerJobs';

interface Pending<J> {
  job: J;
  resolve: (result: ReaderResult) => void;
  timer: ReturnType<typeof setTimeout>;
}

/** One kind of worker: how to start it, and how to do its jobs on the page when it cannot start. */
interface Lane<J> {
  start: () => Promise<Worker>;
  runHere: (job: J) => Promise<ReaderResult>;
  worker?: Worker;
  /** While the worker is being started: a second job waits for the same worker. */
  starting?: Promise<Worker | undefined>;
  /** Set once this worker failed to start: its jobs then run on the page. */
  noWorker: boolean;
  pending: Map<number, Pending<J>>;
}

let nextId = 1;

function lane<J>(start: Lane<J>['start'], runHere: Lane<J>['runHere']): Lane<J> {
  return { start, runHere, noWorker: false, pending: new Map() };
}

const reader = lane<ReaderJob>(
  () => import(/* webpackChunkName: 'jd-reader-start' */ './startReaderWorker').then(({ startReaderWorker }) => startReaderWorker()),
  (job) => import(/* webpackChunkName: 'jd-reader' */ './readerJobs').then(({ runReaderJob }) => runReaderJob(job))
);

const pdf = lane<PdfJob>(
  () => import(/* webpackChunkName: 'jd-reader-start' */ './startReaderWorker').then(({ startPdfWorker }) => startPdfWorker()),
  (job) =>
    Promise.all([import(/* webpackChunkName: 'jd-pdf' */ './pdfJobs'), import(/* webpackChunkName: 'jd-pdf' */ '../pdfLibrary')]).then(
      async ([{ runPdfJob }, { loadPdfLibrary }]) => runPdfJob(job, await loadPdfLibrary())
    )
);

function stop<J>(target: Lane<J>): void {
  target.worker?.terminate();
  target.worker = undefined;
}

function started<J>(target: Lane<J>): Promise<Worker | undefined> {
  if (target.worker !== undefined || target.noWorker || typeof Worker === 'undefined') {
    return Promise.resolve(target.worker);
  }
  target.starting = target.starting ?? startWorker(target).finally(() => (target.starting = undefined));
  return target.starting;
}

async function startWorker<J>(target: Lane<J>): Promise<Worker | undefined> {
  let created: Worker;
  try {
    created = await target.start();
  } catch {
    target.noWorker = true;
    return undefined;
  }
  created.onmessage = (event: MessageEvent<{ id?: unknown; result: ReaderResult }>) => {
    // Only answers to jobs: pdf.js's worker code also says "ready" on the PDF worker's port (see pdf.worker.ts).
    const job = typeof event.data.id === 'number' ? target.pending.get(event.data.id) : undefined;
    if (job) {
      clearTimeout(job.timer);
      target.pending.delete(event.data.id as number);
      job.resolve(event.data.result);
    }
  };
  // The worker's file could not be loaded or run: every job waiting on it runs on the page.
  created.onerror = () => {
    target.noWorker = true;
    stop(target);
    const waiting = [...target.pending.values()];
    target.pending.clear();
    waiting.forEach((job) => {
      clearTimeout(job.timer);
      void target.runHere(job.job).then(job.resolve);
    });
  };
  target.worker = created;
  return created;
}

async function run<J>(target: Lane<J>, job: J): Promise<ReaderResult> {
  const worker = await started(target);
  if (worker === undefined) {
    return target.runHere(job);
  }
  return new Promise<ReaderResult>((resolve) => {
    const id = nextId++;
    const timer = setTimeout(() => {
      target.pending.delete(id);
      // Whatever the worker is stuck on stays there: stop it and start afresh next time.
      stop(target);
      target.pending.forEach((other) => {
        clearTimeout(other.timer);
        other.resolve({ ok: false, problem: 'tooSlow' });
      });
      target.pending.clear();
      resolve({ ok: false, problem: 'tooSlow' });
    }, MAX_READ_MS);
    target.pending.set(id, { job, resolve, timer });
    // Copied, not transferred: if the worker cannot start, the job runs on the page with the same bytes.
    worker.postMessage({ id, job });
  });
}

function isPdfJob(job: ReaderJob | PdfJob): job is PdfJob {
  return job.op === 'read' && job.input.type === 'pdf';
}

/**
 * Runs a job off the page's thread where a worker can run: a PDF in the PDF
 * reader worker, anything else in the reader worker.
 *
 * @param job - The job.
 * @returns Its result, or the problem `tooSlow` past the time limit.
 */
export function runInReader(job: ReaderJob | PdfJob): Promise<ReaderResult> {
  return isPdfJob(job) ? run(pdf, job) : run(reader, job);
}
