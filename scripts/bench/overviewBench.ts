/**
 * The manager's overview by area and the action tracker, timed and counted at
 * the server for the app's data layer and for the naive baseline, on the same
 * 1,000-mapping site in the same run.
 */
import { createLocalSp } from '../../src/data/createServices';
import type { ActionSource } from '../../src/services/overview';
import type { AppServices, EntryChange } from '../../src/services/types';
import type { LocalSharePoint } from '../../local/server/server';
import { NaiveDataLayer } from './naiveDataLayer';
import { DUTIES, MEMBER, createOne, prepareSite, seedMappings } from './site';
import type { BenchSite } from './site';
import { measure, progress } from './stats';
import type { Measured } from './stats';

export interface AreasMeasured extends Measured {
  mappings: number;
  /** Mappings whose per-area figures came back (all of them, when they are stored). */
  withAreas: number;
  thresholdError: boolean;
}

export interface ActionsMeasured extends Measured {
  actions: number;
  thresholdError: boolean;
}

export interface OverviewFigures {
  areas: AreasMeasured;
  actions: ActionsMeasured;
  baselineAreas: AreasMeasured;
  baselineActions: ActionsMeasured;
}

/** Open actions each seeded mapping gets (3 gaps, 2 partly in place): 5,000 over 1,000 mappings. */
export const OPEN_PER_MAPPING = 5;

/**
 * Sets the site up and seeds `count` mappings × DUTIES entries through createMapping, each copied from a
 * template with OPEN_PER_MAPPING duties needing action (5,000 open actions for 1,000 mappings); the template
 * itself is cleared afterwards, so it adds none. Shared by every bench that measures the overview or tracker.
 *
 * @returns How long seeding took, in milliseconds.
 */
export async function seedOverviewSite(site: BenchSite, count: number): Promise<number> {
  await prepareSite(site.server.siteUrl);
  const templateId = await createOne(site.server.siteUrl, 'Benchmark template');
  await setOpenActions(site.services(MEMBER), templateId);
  progress(`Seeding ${count} mappings × ${DUTIES} entries through createMapping, each with ${OPEN_PER_MAPPING} open actions`);
  const seedMs = await seedMappings(site.server.siteUrl, count, 6, templateId);
  await setOpenActions(site.services(MEMBER), templateId, true);
  return seedMs;
}
const RUNS = 5;

/**
 * Gives a mapping five duties needing action, with owners and due dates, as a
 * team would; seeded mappings copy it (the yearly review's copy), so every one
 * carries them.
 *
 * @param services - A session.
 * @param mappingId - The template mapping.
 * @param clear - Put the duties back to "not yet reviewed" (so the template itself adds none).
 */
export async function setOpenActions(services: AppServices, mappingId: number, clear = false): Promise<void> {
  const opened = await services.mappings.openMapping(mappingId);
  const entries: EntryChange[] = opened.mapping.entries.slice(0, OPEN_PER_MAPPING).map((entry, i) => ({
    entry: clear
      ? { dutyId: entry.dutyId, status: 'notReviewed', foundIn: 'notMapped', reference: '', comments: '' }
      : { ...entry, status: i < 3 ? 'gap' : 'partlyInPlace', action: { what: `Benchmark action ${i + 1}`, owner: i === 4 ? '' : 'Team lead', dueDate: `2026-0${i + 1}-15` } },
    etag: opened.entryEtags[entry.dutyId]
  }));
  const outcome = await services.mappings.saveChanges(mappingId, { entries });
  if (outcome.conflicts.length > 0) {
    throw new Error('The benchmark template mapping changed while it was being prepared.');
  }
}

function thresholdHit(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /threshold|SPQueryThrottled|grown past/i.test(message);
}

async function areasOf(server: LocalSharePoint, load: () => Promise<{ mappings: number; withAreas: number }>): Promise<AreasMeasured> {
  let last = { mappings: 0, withAreas: 0 };
  try {
    const measured = await measure(server, RUNS, async () => {
      last = await load();
    }, async () => undefined);
    return { ...measured, ...last, thresholdError: false };
  } catch (error) {
    if (!thresholdHit(error)) {
      throw error;
    }
    progress(`  overview by area hit the list view threshold`);
    return { requests: Number.NaN, ms: Number.NaN, runs: 0, ...last, thresholdError: true };
  }
}

async function actionsOf(server: LocalSharePoint, load: () => Promise<number>, prepare: () => Promise<unknown>): Promise<ActionsMeasured> {
  let actions = 0;
  try {
    const measured = await measure(server, RUNS, async () => {
      actions = await load();
    }, prepare);
    return { ...measured, actions, thresholdError: false };
  } catch (error) {
    if (!thresholdHit(error)) {
      throw error;
    }
    progress(`  actions hit the list view threshold`);
    return { requests: Number.NaN, ms: Number.NaN, runs: 0, actions, thresholdError: true };
  }
}

/**
 * Measures the overview by area (every mapping with its per-area figures) and
 * the action tracker's read (every open action of every mapping), ours and naive.
 *
 * @param server - The server (its request counter).
 * @param services - Makes a fresh session.
 * @param user - Who the naive layer acts as.
 * @returns Median figures.
 */
export async function measureOverview(server: LocalSharePoint, services: () => AppServices, user: string): Promise<OverviewFigures> {
  const areas = await areasOf(server, async () => {
    const data = await services().overview.loadOverview();
    return { mappings: data.mappings.length, withAreas: data.mappings.filter((m) => m.breakdown !== undefined).length };
  });
  // The tracker knows its mappings from the overview it has already loaded; only the actions' read is counted.
  let sources: ActionSource[] = [];
  const actions = await actionsOf(
    server,
    async () => (await services().overview.loadActions(sources)).length,
    async () => {
      sources = (await services().overview.loadOverview()).mappings.map((m) => ({ id: m.id, dutyCount: m.dutyCount }));
    }
  );
  const naive = (): NaiveDataLayer => new NaiveDataLayer(createLocalSp(server.siteUrl, { user }));
  const baselineAreas = await areasOf(server, async () => {
    const counts = await naive().overviewByArea();
    return { mappings: counts.size, withAreas: counts.size };
  });
  const baselineActions = await actionsOf(server, async () => (await naive().openActions()).length, async () => undefined);
  return { areas, actions, baselineAreas, baselineActions };
}
