/**
 * Open, save and overview, timed and counted at the server, for the app's data
 * layer and for the naive baseline on the same site in the same run.
 */
import type { MappingEntry } from '../../src/model';
import { isAppError } from '../../src/services/errors';
import type { AppServices, EntryChange, OpenedMapping } from '../../src/services/types';
import { createLocalSp } from '../../src/data/createServices';
import type { LocalSharePoint } from '../../local/server/server';
import { NaiveDataLayer } from './naiveDataLayer';
import { measure, progress } from './stats';
import type { Measured } from './stats';

export const SAVE_SIZES = [1, 10, 40] as const;
export type SaveSize = (typeof SAVE_SIZES)[number];

export interface OverviewMeasured extends Measured {
  /** Mappings the last run returned. */
  mappings: number;
  thresholdError: boolean;
}

export interface LayerFigures {
  openMapping: Measured;
  save: Record<SaveSize, Measured>;
  overview: OverviewMeasured;
}

export interface OurFigures extends LayerFigures {
  /** A second open in the same session, which already holds the framework. */
  openAgain: Measured;
}

const RUNS = 7;
const OVERVIEW_RUNS = 5;

/** Only the comments change, with a run tag, so every run writes new values in both layers. */
function commentEdits(opened: OpenedMapping, count: number, tag: string): EntryChange[] {
  return opened.mapping.entries.slice(0, count).map((entry: MappingEntry, i) => ({ entry: { ...entry, comments: `${tag} ${i + 1}` }, etag: opened.entryEtags[entry.dutyId] }));
}

/** Runs the overview, turning the list view threshold into a flag rather than a crash. */
async function overviewOf(server: LocalSharePoint, runs: number, list: () => Promise<number>): Promise<OverviewMeasured> {
  let mappings = 0;
  try {
    const measured = await measure(server, runs, async () => {
      mappings = await list();
    }, async () => undefined);
    return { ...measured, mappings, thresholdError: false };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // The raw SharePoint error names the threshold; the app's plain-language one says the list has "grown past" it.
    if (!/threshold|SPQueryThrottled|grown past/i.test(message) && !(isAppError(error) && error.kind === 'throttled')) {
      throw error;
    }
    progress(`  overview hit the list view threshold: ${message}`);
    return { requests: Number.NaN, ms: Number.NaN, runs: 0, mappings, thresholdError: true };
  }
}

/**
 * The app's data layer: a fresh session per open (a person opening the app),
 * the opening session for each save (as the editor saves).
 *
 * @param server - The server (its request counter).
 * @param services - Makes a fresh session.
 * @param mappingId - A 40-entry mapping.
 * @returns Median figures.
 */
export async function measureOurs(server: LocalSharePoint, services: () => AppServices, mappingId: number): Promise<OurFigures> {
  const openMapping = await measure(server, RUNS, (s: AppServices) => s.mappings.openMapping(mappingId), async () => services());
  const openAgain = await measure(server, RUNS, (s: AppServices) => s.mappings.openMapping(mappingId), async () => {
    const s = services();
    await s.mappings.openMapping(mappingId);
    return s;
  });
  const save = {} as Record<SaveSize, Measured>;
  for (const size of SAVE_SIZES) {
    save[size] = await measure(
      server,
      RUNS,
      async ({ s, opened }: { s: AppServices; opened: OpenedMapping }, run) => {
        const outcome = await s.mappings.saveChanges(mappingId, { entries: commentEdits(opened, size, `ours ${size}/${run}`) });
        if (outcome.conflicts.length > 0 || Object.keys(outcome.savedEntryEtags).length !== size) {
          throw new Error(`A benchmark save of ${size} did not save cleanly.`);
        }
      },
      async () => {
        const s = services();
        return { s, opened: await s.mappings.openMapping(mappingId) };
      }
    );
  }
  const overview = await overviewOf(server, OVERVIEW_RUNS, async () => (await services().mappings.listMappings()).length);
  return { openMapping, openAgain, save, overview };
}

/**
 * The naive baseline ({@link NaiveDataLayer}) on the same site.
 *
 * @param server - The server.
 * @param user - Who acts.
 * @param mappingId - A 40-entry mapping.
 * @returns Median figures.
 */
export async function measureNaive(server: LocalSharePoint, user: string, mappingId: number): Promise<LayerFigures> {
  const naive = (): NaiveDataLayer => new NaiveDataLayer(createLocalSp(server.siteUrl, { user }));
  const openMapping = await measure(server, RUNS, (n: NaiveDataLayer) => n.openMapping(mappingId), async () => naive());
  const save = {} as Record<SaveSize, Measured>;
  for (const size of SAVE_SIZES) {
    save[size] = await measure(
      server,
      RUNS,
      (changes: Array<{ itemId: number; comments: string }>) => naive().save(changes),
      async (run) => {
        const { entries } = await naive().openMapping(mappingId);
        return entries.slice(0, size).map((row, i) => ({ itemId: row.Id, comments: `naive ${size}/${run} ${i + 1}` }));
      }
    );
  }
  const overview = await overviewOf(server, OVERVIEW_RUNS, async () => (await naive().overview()).size);
  return { openMapping, save, overview };
}
