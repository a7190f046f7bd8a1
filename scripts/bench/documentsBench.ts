/**
 * [jdimport] Storing a mapping's JD and PS in the "Duty Mapping Documents" library: the requests
 * one upload makes (upload + linking columns), a replacement (a new version of the same file),
 * and reopening the mapping (list + read both), with the time of each, on the bench site with
 * 1,000+ mappings (the library lookup is by an indexed column).
 */
import type { LocalSharePoint } from '../../local/server/server';
import type { AppServices } from '../../src/services/types';
import { median, round } from './stats';

export interface DocumentFigures {
  /** Size of each stored document, bytes. */
  bytes: number;
  runs: number;
  /** Storing a JD for the first time (the session already knows who is signed in). */
  store: { requests: number; ms: number };
  /** Storing it again: a new version of the same file. */
  replace: { requests: number; ms: number };
  /** Reopening: the mapping's stored JD and PS listed and both read. */
  reopen: { requests: number; ms: number };
}

const RUNS = 5;
const BYTES = 400 * 1024;

function pretendPdf(seed: number): Uint8Array {
  const bytes = new Uint8Array(BYTES);
  bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
  for (let i = 16; i < BYTES; i += 1) {
    bytes[i] = (i * 31 + seed) % 251;
  }
  return bytes;
}

async function timed<T>(server: LocalSharePoint, run: () => Promise<T>): Promise<{ requests: number; ms: number }> {
  server.resetRequestCount();
  const started = performance.now();
  await run();
  return { requests: server.requestCount(), ms: performance.now() - started };
}

/**
 * Measures storing, replacing and reloading a mapping's JD and PS, each on its own mapping.
 *
 * @param server - The bench server (for its request counter).
 * @param services - A fresh member session.
 * @param mappingIds - One mapping per run.
 * @returns Medians over the runs; request counts must be the same every run.
 */
export async function measureDocuments(server: LocalSharePoint, services: () => AppServices, mappingIds: readonly number[]): Promise<DocumentFigures> {
  const store: Array<{ requests: number; ms: number }> = [];
  const replace: Array<{ requests: number; ms: number }> = [];
  const reopen: Array<{ requests: number; ms: number }> = [];
  for (const [index, mappingId] of mappingIds.slice(0, RUNS).entries()) {
    const session = services();
    await session.people.currentUser();
    store.push(await timed(server, () => session.documents.saveDocument(mappingId, { kind: 'jd', format: 'pdf', originalName: 'JD.pdf', bytes: pretendPdf(index) })));
    await session.documents.saveDocument(mappingId, { kind: 'ps', format: 'pdf', originalName: 'PS.pdf', bytes: pretendPdf(index + 100) });
    replace.push(await timed(server, () => session.documents.saveDocument(mappingId, { kind: 'jd', format: 'pdf', originalName: 'JD v2.pdf', bytes: pretendPdf(index + 200) })));
    const teammate = services();
    reopen.push(
      await timed(server, async () => {
        const documents = await teammate.documents.listDocuments(mappingId);
        if (documents.length !== 2) {
          throw new Error(`Expected the stored JD and PS, found ${documents.length}`);
        }
        await Promise.all(documents.map((document) => teammate.documents.readDocument(document)));
      })
    );
  }
  const summary = (figures: Array<{ requests: number; ms: number }>): { requests: number; ms: number } => ({
    requests: Math.max(...figures.map((figure) => figure.requests)),
    ms: round(median(figures.map((figure) => figure.ms)))
  });
  return { bytes: BYTES, runs: store.length, store: summary(store), replace: summary(replace), reopen: summary(reopen) };
}
