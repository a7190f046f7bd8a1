/**
 * Runs reader jobs in the reader worker: one worker a page, started on first
 * use. A job that runs past the time limit stops the worker (the next job
 * starts a fresh one) and is reported as too slow. Where no worker can run
 * (jest's jsdom, a host that refuses one) the jobs run on the page instead,
 * still within the size limits.
 */
import { MAX_READ_MS } from '../documentErrors';
import type { ReaderJob, ReaderResult } from './readerJobs';

interface Pending {
  job: ReaderJob;
  resolve: (result: ReaderResult) => void;
  timer: ReturnType<typeof setTimeout>;
}

let worker: Worker | undefined;
/** Set once a worker failed to start: the page's jobs then run on the page. */
let noWorker = false;
let nextId = 1;
const pending = new Map<number, Pending>();

async function runHere(job: ReaderJob): Promise<ReaderResult> {
  const { runReaderJob } = await import(/* webpackChunkName: 'jd-reader' */ './readerJobs');
  return runReaderJob(job);
}

function stop(): void {
  worker?.terminate();
  worker = undefined;
}

function started(): Promise<Worker | undefined> {
  if (worker !== undefined || noWorker || typeof Worker === 'undefined') {
    return Promise.resolve(worker);
  }
  return import(/* webpackChunkName: 'jd-reader-start' */ './startReaderWorker').then(
    ({ startReaderWorker }) => {
      try {
        const created = startReaderWorker();
        created.onmessage = (event: MessageEvent<{ id: number; result: ReaderResult }>) => {
          const job = pending.get(event.data.id);
          if (job) {
            clearTimeout(job.timer);
            pending.delete(event.data.id);
            job.resolve(event.data.result);
          }
        };
        // The worker's file could not be loaded or run: every job waiting on it runs on the page.
        created.onerror = () => {
          noWorker = true;
          stop();
          const waiting = [...pending.values()];
          pending.clear();
          waiting.forEach((job) => {
            clearTimeout(job.timer);
            void runHere(job.job).then(job.resolve);
          });
        };
        worker = created;
        return worker;
      } catch {
        noWorker = true;
        return undefined;
      }
    },
    () => {
      noWorker = true;
      return undefined;
    }
  );
}

/**
 * Runs a job off the page's thread where a worker can run.
 *
 * @param job - The job.
 * @returns Its result, or the problem `tooSlow` past the time limit.
 */
export async function runInReader(job: ReaderJob): Promise<ReaderResult> {
  const target = await started();
  if (target === undefined) {
    return runHere(job);
  }
  return new Promise<ReaderResult>((resolve) => {
    const id = nextId++;
    const timer = setTimeout(() => {
      pending.delete(id);
      // Whatever the worker is stuck on stays there: stop it and start afresh next time.
      stop();
      pending.forEach((other) => {
        clearTimeout(other.timer);
        other.resolve({ ok: false, problem: 'tooSlow' });
      });
      pending.clear();
      resolve({ ok: false, problem: 'tooSlow' });
    }, MAX_READ_MS);
    pending.set(id, { job, resolve, timer });
    // Copied, not transferred: if the worker cannot start, the job runs on the page with the same bytes.
    target.postMessage({ id, job });
  });
}
