/**
 * The benchmark's site: a local SharePoint server with a temporary data
 * folder, set up and filled through the app's own data layer over HTTP, as a
 * site owner and the teams would fill it in SharePoint.
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { createLocalSp, createSharePointServices } from '../../src/data/createServices';
import type { AppServices } from '../../src/services/types';
import { startLocalSharePoint } from '../../local/server/server';
import type { LocalSharePoint } from '../../local/server/server';
import { EMAILS } from '../../local/server/users';
import { frameworkWithMoreDuties, newHeader } from '../../tests/data/fixtures';
import { inParallel, progress } from './stats';

export const OWNER = EMAILS.owner;
export const MEMBER = EMAILS.member;

/** Everyone on the local site who may edit (the Visitor is left out). */
export const EDITORS = [OWNER, MEMBER, EMAILS.secondMember, EMAILS.assistantPractitioner, EMAILS.educator, EMAILS.superintendent] as const;

/** The default framework has 24 top-level duties; 16 more make the 40 the benchmark asks for. */
export const DUTIES = 40;
const EXTRA_DUTIES = DUTIES - 24;

export interface BenchSite {
  server: LocalSharePoint;
  services(user?: string): AppServices;
  stop(): Promise<void>;
}

/**
 * Starts a server on a free port with a fresh data folder (deleted on stop).
 *
 * @param staticDir - The built local page, for the browser measurements.
 * @returns The site.
 */
export async function startBenchSite(staticDir?: string): Promise<BenchSite> {
  const dataDir = mkdtempSync(join(tmpdir(), 'idm-bench-'));
  const server = await startLocalSharePoint({ port: 0, dataDir, staticDir, listViewThreshold: 5000 });
  return {
    server,
    services: (user = MEMBER) => createSharePointServices(createLocalSp(server.siteUrl, { user })),
    stop: async () => {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  };
}

/** Versions per framework, and frameworks, on the benchmark site: opening a mapping must not cost more for them. */
export const FRAMEWORK_VERSIONS = 20;
export const FRAMEWORKS = 3;

/**
 * Creates the lists and publishes 20 versions of each of 3 frameworks; the
 * product's own framework's 20th has 40 top-level duties, so every mapping
 * created afterwards has 40 entries.
 *
 * @param siteUrl - The site.
 */
export async function prepareSite(siteUrl: string): Promise<void> {
  const owner = createSharePointServices(createLocalSp(siteUrl, { user: OWNER }));
  await owner.setup.run(() => undefined);
  const current = await owner.frameworks.getCurrent();
  for (let version = current.version + 1; version <= FRAMEWORK_VERSIONS; version += 1) {
    const duties = version === FRAMEWORK_VERSIONS ? EXTRA_DUTIES : 1 + (version % 5);
    await owner.frameworks.publish({ framework: frameworkWithMoreDuties(duties), basedOnVersion: version - 1, note: `Benchmark version ${version}` });
  }
  for (let other = 2; other <= FRAMEWORKS; other += 1) {
    for (let version = 1; version <= FRAMEWORK_VERSIONS; version += 1) {
      const framework = { ...frameworkWithMoreDuties(1 + (version % 5)), id: `bench-framework-${other}`, role: `Benchmark role ${other}` };
      await owner.frameworks.publish({ framework, basedOnVersion: version - 1, note: `Benchmark version ${version}` });
    }
  }
}

/**
 * Creates one mapping through the real data layer.
 *
 * @param siteUrl - The site.
 * @param team - Team name.
 * @param user - Who creates it.
 * @returns Its id.
 */
export function createOne(siteUrl: string, team: string, user: string = MEMBER): Promise<number> {
  return createSharePointServices(createLocalSp(siteUrl, { user })).mappings.createMapping({ header: newHeader(team) });
}

/**
 * Adds `count` mappings of 40 entries through the data layer's createMapping
 * (the mapping item, then its entries in one $batch). A few workers, each its
 * own session, keep several batches in flight; more would only queue on the
 * single-threaded server.
 *
 * @param siteUrl - The site.
 * @param count - Mappings to add.
 * @param concurrency - Workers.
 * @param copyFromMappingId - A mapping each new one starts from (a yearly review's copy), for its answers.
 * @returns Milliseconds taken.
 */
export async function seedMappings(siteUrl: string, count: number, concurrency = 6, copyFromMappingId?: number): Promise<number> {
  const started = performance.now();
  const sessions = EDITORS.map((user) => createSharePointServices(createLocalSp(siteUrl, { user })));
  const teams = Array.from({ length: count }, (_, i) => `Seeded team ${String(i + 1).padStart(4, '0')}`);
  let done = 0;
  await inParallel(teams, concurrency, async (team, index) => {
    await sessions[index % sessions.length].mappings.createMapping({ header: newHeader(team), copyFromMappingId });
    done += 1;
    if (done % 100 === 0 || done === count) {
      const rate = done / ((performance.now() - started) / 1000);
      progress(`  seeded ${done}/${count} mappings (${done * DUTIES} entries, ${rate.toFixed(1)} mappings/s)`);
    }
  });
  return performance.now() - started;
}
