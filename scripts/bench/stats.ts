/** Small numeric and timing helpers shared by the benchmark modules. */
import { cpus, platform, release, totalmem } from 'os';

/** A measured figure: medians over `runs` runs. */
export interface Measured {
  requests: number;
  ms: number;
  runs: number;
}

/** What the server counts; both the in-process server and a test site provide it. */
export interface RequestCounter {
  requestCount(): number;
  resetRequestCount(): void;
}

/**
 * The median (the mean of the middle two for an even count), so one slow run
 * (a GC pause, a disk flush) does not move the figure.
 *
 * @param values - At least one number.
 * @returns The median.
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) {
    throw new Error('median of nothing');
  }
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Rounds to a fixed number of decimals, for figures people read.
 *
 * @param value - The number.
 * @param decimals - Decimals kept (default 1).
 * @returns The rounded number.
 */
export function round(value: number, decimals = 1): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/**
 * Runs `operation` `runs` times after one untimed warm-up run (so JIT and
 * caches of the first call do not skew the median). `prepare` runs before each
 * run outside the timing and the request count (e.g. opening a mapping afresh
 * so a save has current ETags).
 *
 * @param counter - The server's request counter.
 * @param runs - Timed runs.
 * @param operation - What is measured; receives the run number (0 = warm-up).
 * @param prepare - Untimed, uncounted set-up before each run; its result goes to `operation`.
 * @returns Median requests and milliseconds.
 */
export async function measure<P>(counter: RequestCounter, runs: number, operation: (prepared: P, run: number) => Promise<unknown>, prepare: (run: number) => Promise<P>): Promise<Measured> {
  const times: number[] = [];
  const requests: number[] = [];
  for (let run = 0; run <= runs; run += 1) {
    const prepared = await prepare(run);
    counter.resetRequestCount();
    const started = performance.now();
    await operation(prepared, run);
    const elapsed = performance.now() - started;
    if (run > 0) {
      times.push(elapsed);
      requests.push(counter.requestCount());
    }
  }
  return { requests: median(requests), ms: round(median(times)), runs };
}

/**
 * Runs `work` over `items` with at most `limit` in flight.
 *
 * @param items - Inputs.
 * @param limit - Concurrency.
 * @param work - The job for one item.
 */
export async function inParallel<T>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next;
      next += 1;
      await work(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

export interface MachineFacts {
  cpuModel: string;
  cpuCount: number;
  totalMemoryGb: number;
  node: string;
  os: string;
  date: string;
}

/** The machine the figures were taken on; they mean little without it. */
export function machineFacts(): MachineFacts {
  const list = cpus();
  return {
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    cpuCount: list.length,
    totalMemoryGb: round(totalmem() / 1024 ** 3),
    node: process.version,
    os: `${platform()} ${release()}`,
    date: new Date().toISOString()
  };
}

/**
 * Prints a progress line with the time since the benchmark started, so a
 * long step (seeding, the soak) visibly moves.
 *
 * @param message - What is happening.
 */
export function progress(message: string): void {
  const seconds = (performance.now() / 1000).toFixed(0).padStart(4);
  console.log(`[${seconds} s] ${message}`);
}

/**
 * A small seeded generator (mulberry32), so a soak's choices are reproducible.
 *
 * @param seed - Any integer.
 * @returns Numbers in [0, 1).
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
