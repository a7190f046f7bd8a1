/**
 * `npm run bench:sites`: the Teams personal app's first screen (My mappings), the overview and the
 * action tracker (My actions) over 5 department sites × 200 mappings (issue 25), as the personal
 * app reads them from the tenant's root site — the tenant property with the signed-in person
 * (one request to the site it runs on), then each listed site's own request or $batch, all sites
 * at once — beside a naive baseline that reads the property and the person one after the other,
 * then the sites one after another with the naive data layer. The tracker's first screen and its
 * check for owners who have left (one read per site with owner people, once the rows are shown)
 * are counted apart. Per-site counts are for the listed sites, in order; `…home` is the site the
 * app runs on. Prints JSON; writes no results file.
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { createLocalSp, createSharePointServices } from '../../src/data/createServices';
import { gatherMyMappings, gatherOverview, gatherTracker, markOwnersWhoLeft } from '../../src/app/shell/sites/acrossSites';
import type { GatheredTracker } from '../../src/app/shell/sites/acrossSites';
import { SITES_PROPERTY } from '../../src/services/sites';
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
    // The personal app runs on the tenant's root site, which the property does not list: the
    // server's own first site (never set up here) stands in for it. A fresh session each run, so
    // the property is read every time.
    const home = server.siteUrl;
    const session = (): ReturnType<typeof createSharePointServices> => createSharePointServices(createLocalSp(home, { user: MEMBER }));
    const perSite = (): number[] => paths.map((path) => server.requestCount(path));
    const onHome = (): number => server.requestCount(new URL(home).pathname);

    let personalPerSite: number[] = [];
    let personalHome = 0;
    let myMappings = 0;
    const personal = await measure(server, RUNS, async (services) => {
      // The personal app's gate reads the property and the person; My mappings then reads each site.
      await services.sites.readSetting();
      myMappings = (await gatherMyMappings(services)).mappings.length;
      personalPerSite = perSite();
      personalHome = onHome();
    }, async () => session());

    let overviewPerSite: number[] = [];
    let overviewHome = 0;
    let mappings = 0;
    const overview = await measure(server, RUNS, async (services) => {
      const gathered = await gatherOverview(services, true);
      mappings = gathered.data.mappings.length;
      overviewPerSite = perSite();
      overviewHome = onHome();
    }, async () => session());

    // The tracker's first screen (My actions in the personal app): the overview and the actions, one $batch per site.
    let actionsPerSite: number[] = [];
    let actionsHome = 0;
    let actionCount = 0;
    const firstScreens: GatheredTracker[] = [];
    const actions = await measure(server, RUNS, async (services) => {
      const tracker = await gatherTracker(services, true, latestMappingIds);
      actionCount = tracker.items.length;
      actionsPerSite = perSite();
      actionsHome = onHome();
      firstScreens.push(tracker);
    }, async () => session());

    // Then, with the rows on the screen, which owner people each site no longer finds.
    let leaversPerSite: number[] = [];
    const leaverCheck = await measure(server, RUNS, async ({ services, tracker }: { services: AppServices; tracker: GatheredTracker }) => {
      await markOwnersWhoLeft(services, tracker.gathered.ids, tracker.items);
      leaversPerSite = perSite();
    }, async (run) => ({ services: session(), tracker: firstScreens[run] }));

    progress('Naive baseline: the property and the person one after the other, then each site after the other, the naive data layer');
    let naivePersonalPerSite: number[] = [];
    const naivePersonal = await measure(server, RUNS, async () => {
      await new NaiveDataLayer(createLocalSp(home, { user: MEMBER })).sitesAndMe(SITES_PROPERTY);
      for (const url of urls) {
        await new NaiveDataLayer(createLocalSp(url, { user: MEMBER })).mappings();
      }
      naivePersonalPerSite = perSite();
    }, async () => undefined);
    const naiveOverview = await measure(server, RUNS, async () => {
      await createLocalSp(home, { user: MEMBER }).web.getStorageEntity(SITES_PROPERTY);
      for (const url of urls) {
        await new NaiveDataLayer(createLocalSp(url, { user: MEMBER })).overview();
      }
    }, async () => undefined);
    let naiveActionsPerSite: number[] = [];
    const naiveActions = await measure(server, RUNS, async () => {
      await new NaiveDataLayer(createLocalSp(home, { user: MEMBER })).sitesAndMe(SITES_PROPERTY);
      for (const url of urls) {
        const naive = new NaiveDataLayer(createLocalSp(url, { user: MEMBER }));
        await naive.overview();
        await naive.openActions();
      }
      naiveActionsPerSite = perSite();
    }, async () => undefined);

    console.log(
      JSON.stringify(
        {
          sites: SITES,
          mappingsPerSite: PER_SITE,
          'sites.personal.requests': personal.requests,
          'sites.personal.requestsPerSite': personalPerSite,
          'sites.personal.requestsOnHome': personalHome,
          'sites.personal.ms': personal.ms,
          'sites.personal.myMappings': myMappings,
          'sites.overview.requests': overview.requests,
          'sites.overview.requestsPerSite': overviewPerSite,
          'sites.overview.requestsOnHome': overviewHome,
          'sites.overview.ms': overview.ms,
          'sites.overview.mappings': mappings,
          'sites.actions.requests': actions.requests,
          'sites.actions.requestsPerSite': actionsPerSite,
          'sites.actions.requestsOnHome': actionsHome,
          'sites.actions.ms': actions.ms,
          'sites.actions.count': actionCount,
          'sites.actions.leaverCheck.requests': leaverCheck.requests,
          'sites.actions.leaverCheck.requestsPerSite': leaversPerSite,
          'sites.actions.leaverCheck.ms': leaverCheck.ms,
          baseline: {
            'sites.personal.requests': naivePersonal.requests,
            'sites.personal.requestsPerSite': naivePersonalPerSite,
            'sites.personal.ms': naivePersonal.ms,
            'sites.overview.requests': naiveOverview.requests,
            'sites.overview.ms': naiveOverview.ms,
            'sites.actions.requests': naiveActions.requests,
            'sites.actions.requestsPerSite': naiveActionsPerSite,
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
