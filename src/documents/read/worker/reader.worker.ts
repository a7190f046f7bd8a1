/**
 * The reader worker: reads documents into clauses and ranks them, off the
 * page's thread, so a document built to be slow to read never freezes the page.
 * Everything it needs is imported statically, so it is one file with no chunks
 * of its own to fetch (its base address may be a blob: URL).
 */
import { runReaderJob } from './readerJobs';
import type { ReaderJob } from './readerJobs';

interface WorkerScope {
  onmessage: ((event: MessageEvent<{ id: number; job: ReaderJob }>) => void) | null;
  postMessage(message: unknown): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { id, job } = event.data;
  void runReaderJob(job).then((result) => scope.postMessage({ id, result }));
};
