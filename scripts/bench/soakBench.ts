/**
 * The soak as a measurement: its own server in a child process (fresh data),
 * three shared mappings, 20 editors, the server's RSS sampled throughout,
 * then the stored data checked.
 */
import { createLocalSp, createSharePointServices } from '../../src/data/createServices';
import { sampleMax, startChildServer } from './childServer';
import { OWNER, createOne, prepareSite } from './site';
import { runSoak } from './soak';
import { checkSoak } from './soakCheck';
import { progress, round } from './stats';

export interface SoakFigures {
  clients: number;
  mappings: number;
  seconds: number;
  elapsedSeconds: number;
  /** Each editor's wait after a save, uniformly between min and max. */
  pauseMs: { min: number; max: number };
  saves: number;
  savesPerSecond: number;
  acknowledgedEdits: number;
  errors: number;
  lostEdits: number;
  /** Acknowledged values replaced by a later write whose save failed yet landed (see soakCheck). */
  supersededByUnacknowledged: number;
  countMismatches: number;
  /** Expected conflicts on the deliberately shared duties. */
  conflicts: number;
  conflictsWithoutTheirValue: number;
  unexpectedConflicts: number;
  serverRssMb: number;
  serverRssStartMb: number;
  runs: number;
  /** The first few errors and failed checks, verbatim. */
  examples: string[];
}

const CLIENTS = 20;
const MAPPINGS = 3;
const SHARED_DUTIES = 4;

/**
 * The app autosaves 1.5 s after the last change (AUTOSAVE_DELAY_MS in
 * src/app/mapping/editor/hooks/useAutosave.ts), so no person's editor saves more often:
 * the paced soak waits 1.5–2.5 s between an editor's saves.
 */
export const PACED: SoakFigures['pauseMs'] = { min: 1500, max: 2500 };
/** Seven editors per mapping saving as fast as the server answers: a stress test of the count update's retries. */
export const STRESS: SoakFigures['pauseMs'] = { min: 0, max: 100 };

/**
 * Runs the soak for `seconds`.
 *
 * @param root - Repository root (to start the child server).
 * @param seconds - Duration (BENCH_SOAK_SECONDS).
 * @param pauseMs - Each editor's wait after a save.
 * @returns The figures.
 */
export async function measureSoak(root: string, seconds: number, pauseMs: SoakFigures['pauseMs']): Promise<SoakFigures> {
  const server = await startChildServer(root);
  try {
    progress(`Soak: child server pid ${server.pid} at ${server.siteUrl}; preparing ${MAPPINGS} mappings`);
    await prepareSite(server.siteUrl);
    const mappingIds: number[] = [];
    for (let i = 1; i <= MAPPINGS; i += 1) {
      mappingIds.push(await createOne(server.siteUrl, `Soak team ${i}`));
    }
    const startRss = server.rssMb() ?? 0;
    const stopSampling = sampleMax(() => server.rssMb());
    progress(`Soak: ${CLIENTS} editors for ${seconds} s, ${pauseMs.min}–${pauseMs.max} ms between saves (server RSS ${round(startRss)} MB at the start)`);
    const log = await runSoak(server.siteUrl, { mappingIds, clients: CLIENTS, seconds, pauseMs, sharedDuties: SHARED_DUTIES });
    const maxRss = stopSampling();
    progress(`Soak: ${log.saves} saves acknowledged; checking the stored data`);
    const verdict = await checkSoak(createSharePointServices(createLocalSp(server.siteUrl, { user: OWNER })), mappingIds, log);
    return {
      clients: CLIENTS,
      mappings: MAPPINGS,
      seconds,
      elapsedSeconds: round(log.elapsedMs / 1000),
      pauseMs,
      saves: log.saves,
      savesPerSecond: round(log.saves / (log.elapsedMs / 1000)),
      acknowledgedEdits: log.acks.length,
      errors: log.errors.length,
      lostEdits: verdict.lostEdits,
      supersededByUnacknowledged: verdict.supersededByUnacknowledged,
      countMismatches: verdict.countMismatches,
      conflicts: log.conflicts.filter((c) => c.shared).length,
      conflictsWithoutTheirValue: verdict.conflictsWithoutTheirValue,
      unexpectedConflicts: verdict.unexpectedConflicts,
      serverRssMb: round(maxRss),
      serverRssStartMb: round(startRss),
      runs: 1,
      examples: [...log.errors.slice(0, 5), ...verdict.details]
    };
  } finally {
    await server.stop();
  }
}
