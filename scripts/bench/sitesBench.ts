/**
 * `npm run bench:sites`: the overview and the action tracker over 5 department sites × 200
 * mappings (issue 25), as the Teams personal app reads them — the tenant property, then each
 * site's own $batch, all sites at once — beside a naive baseline that reads the sites one after
 * another with the naive data layer. The tracker's figures include its check for owners who have
 * left (one read per site with owner people, after the actions). Prints JSON; writes no results file.
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { createLocalSp, createSharePointServices } from '../../src/data/createServices';
import { gatherActions, gatherOverview, markOwnersWhoLeft } from '../../src/app/shell/sites/acrossSites';
import type { AppServices } from '../../src/services/types';
import { startLocalSharePoint } from '../../local/server/server';
import { setSitesProperty } from '../../local/seed/seedDemo';
import { NaiveDataLayer } from './naiveDataLayer';
import { OPEN_PER_MAPPING, setOpenActions } from './overviewBench';
import { MEMBER, OWNER, createOne, seedMappings } from './site';
import { machineFacts, measure, progress } from './stats';

/** Each team's latest mapping, as the tracker takes them (the app's own helper imports the loc strings). */
function latestMappingIds(mappings: readonly { id: number; team: string; siteUrl?: string }[]): Set<number> {
  const latest = new Map<string, number>();
  for (const mapping of mappings) {
    const key = `${mapping.siteUrl ?? ''}|${mapping.team}`;
    latest.set(key, Math.max(latest.get(key) ?? 0, mapping.id));
  }
  return new Set(latest.values());
}

/**
 * The first open action of the template (so of every mapping copied from it) is owned by a person,
 * so the tracker's check for owners who have left runs as it does on a real site.
 */
async function giveOwnerPerson(services: AppServices, mappingId: number): Promise<void> {
  const opened = await services.mappings.openMapping(mappingId);
  const entry = opened.mapping.entries.find((e) => e.action !== undefined);
  const [person] = await services.people.search('Priya Patel');
  if (entry?.action === undefined || person === undefined) {
    throw new Error('The benchmark template has no open action, or the directory has no Priya Patel.');
  }
  const outcome = await services.mappings.saveChanges(mappingId, { entries: [{ entry: { ...entry, action: { ...entry.action, ownerPerson: person } }, etag: opened.entryEtags[entry.dutyId] }] });
  if (outcome.conflicts.length > 0) {
    throw new Error('The benchmark template mapping changed while it was being prepared.');
  }
}

const SITES = 5;
const PER_SITE = Number(process.env.SITES_BENCH_MAPPINGS ?? 200);
const RUNS = 5;

async function main(): Promise<void> {
  const machine = machineFacts();
  progress(`Sites benchmark on ${machine.cpuModel} × ${machine.cpuCount}, Node ${machine.node}: ${SITES} sites × ${PER_SITE} mappings`);
  const dataDir = mkdtempSync(join(tmpdir(), 'idm-bench-sites-'));
  const paths = Array.from({ length: SITES }, (_, i) => `/sites/dept${i + 1}`);
  const server = await startLocalSharePoint({ port: 0, dataDir, sites: paths.map((path, i) => ({ path, title: `Department ${i + 1}` })) });
  try {
    const urls = paths.map((path) => server.siteUrlOf(path));
    for (const url of urls) {
      await createSharePointServices(createLocalSp(url, { user: OWNER })).setup.run(() => undefined);
      const template = await createOne(url, 'Benchmark template');
      await setOpenActions(createSharePointServices(createLocalSp(url, { user: MEMBER })), template);
      await giveOwnerPerson(createSharePointServices(createLocalSp(url, { user: MEMBER })), template);
      progress(`Seeding ${url}: ${PER_SITE} mappings, each with ${OPEN_PER_MAPPING} open actions`);
      await seedMappings(url, PER_SITE - 1, 6, template);
    }
    await setSitesProperty(server.appCatalogUrl, urls);
    // The personal app on the first site: a fresh session each run, so the property is read every time.
    const session = (): ReturnType<typeof createSharePointServices> => createSharePointServices(createLocalSp(urls[0], { user: MEMBER }));
    const perSite = (): number[] => paths.map((path) => server.requestCount(path));

    let overviewPerSite: number[] = [];
    let mappings = 0;
    const overview = await measure(server, RUNS, async (services) => {
      const gathered = await gatherOverview(services, true);
      mappings = gathered.data.mappings.length;
      overviewPerSite = perSite();
    }, async () => session());

    let actionsPerSite: number[] = [];
    let actionCount = 0;
    const actions = await measure(server, RUNS, async (services) => {
      const gathered = await gatherOverview(services, true);
      // As the tracker does: the actions, then which owner people each site no longer finds.
      const items = await markOwnersWhoLeft(services, gathered.ids, await gatherActions(services, gathered, latestMappingIds(gathered.data.mappings)));
      actionCount = items.length;
      actionsPerSite = perSite();
    }, async () => session());

    progress('Naive baseline: each site after the other, the naive data layer');
    const naiveOverview = await measure(server, RUNS, async () => {
      for (const url of urls) {
        await new NaiveDataLayer(createLocalSp(url, { user: MEMBER })).overview();
      }
    }, async () => undefined);
    const naiveActions = await measure(server, RUNS, async () => {
      for (const url of urls) {
        const naive = new NaiveDataLayer(createLocalSp(url, { user: MEMBER }));
        await naive.overview();
        await naive.openActions();
      }
    }, async () => undefined);

    console.log(
      JSON.stringify(
        {
          sites: SITES,
          mappingsPerSite: PER_SITE,
          'sites.overview.requests': overview.requests,
          'sites.overview.requestsPerSite': overviewPerSite,
          'sites.overview.ms': overview.ms,
          'sites.overview.mappings': mappings,
          'sites.actions.requests': actions.requests,
          'sites.actions.requestsPerSite': actionsPerSite,
          'sites.actions.ms': actions.ms,
          'sites.actions.count': actionCount,
          baseline: {
            'sites.overview.requests': naiveOverview.requests,
            'sites.overview.ms': naiveOverview.ms,
            'sites.actions.requests': naiveActions.requests,
            'sites.actions.ms': naiveActions.ms
          }
        },
        undefined,
        2
      )
    );
  } finally {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
