/**
 * Reading the department sites together: which sites to read, and the overview, the actions and
 * "my mappings" gathered from each site's own read. A site that gives nothing is reported, never
 * failing the others.
 * Each gathered mapping's id says its site (siteIds.ts).
 */
import type { DirectoryPerson } from '../../../model';
import type { ActionItem, ActionSource, JdCitation, OverviewData, OverviewFramework, OverviewMapping } from '../../../services/overview';
import type { SiteResult, SitesService, SitesSetting } from '../../../services/sites';
import type { AppServices, MappingSummary } from '../../../services/types';
import { SITE_ID_STRIDE, SiteIds, siteRef } from './siteIds';
import type { SiteProblem, SiteRef, SitesReport } from './siteIds';

/**
 * The sites a screen reads: the property's, when it names any (a web part on a department site
 * that the property leaves out reads its own site first, so nothing there is hidden); otherwise
 * the site the app runs on, as before the property existed.
 *
 * @param sites - The sites service.
 * @param personal - The Teams personal app, which never reads a site the property does not list.
 * @returns The setting, and the sites to read.
 */
export async function sitesToRead(sites: SitesService, personal: boolean): Promise<{ setting: SitesSetting; urls: string[] }> {
  const setting = await sites.readSetting();
  if (setting.source !== 'property') {
    return { setting, urls: [sites.homeUrl] };
  }
  const listed = setting.sites.some((url) => url.toLowerCase() === sites.homeUrl.toLowerCase());
  return { setting, urls: personal || listed ? setting.sites : [sites.homeUrl, ...setting.sites] };
}

/** The overview over several sites, with each mapping's site. */
export interface GatheredOverview {
  data: OverviewData;
  ids: SiteIds;
  report: SitesReport;
}

function sameFramework(a: OverviewFramework, b: OverviewFramework): boolean {
  return a.id === b.id && a.version === b.version;
}

/**
 * Gathers each site's overview: mappings with gathered ids and their site, frameworks once each,
 * the first readable site's review period; sites that gave nothing go in the report.
 */
function gatherSites(setting: SitesSetting, urls: readonly string[], results: readonly SiteResult<OverviewData>[]): GatheredOverview {
  const ids = new SiteIds(urls);
  const data: OverviewData = { mappings: [], frameworks: [], reviewPeriodMonths: 12 };
  const problems: SiteProblem[] = [];
  let periodSet = false;
  results.forEach((result, index) => {
    if (!result.ok) {
      problems.push({ site: siteRef(result.siteUrl), failure: result.failure });
      return;
    }
    if (!periodSet) {
      data.reviewPeriodMonths = result.value.reviewPeriodMonths;
      periodSet = true;
    }
    const site = urls.length > 1 ? result.siteUrl : undefined;
    data.mappings.push(...result.value.mappings.map((m) => ({ ...m, id: ids.globalId(index, m.id), siteUrl: site })));
    data.frameworks.push(...result.value.frameworks.filter((f) => !data.frameworks.some((g) => sameFramework(f, g))));
  });
  // With one site only, its failure is the screen's own (its error and Retry).
  if (results.length === 1 && !results[0].ok) {
    throw results[0].error;
  }
  return { data, ids, report: { notes: setting.notes, problems, sites: urls.map(siteRef) } };
}

/**
 * Each site's overview (one $batch per site, all at once), gathered.
 *
 * @param services - The app's services (the site it runs on).
 * @param personal - The Teams personal app.
 * @returns The gathered data; sites that gave nothing are in the report.
 */
export async function gatherOverview(services: AppServices, personal: boolean): Promise<GatheredOverview> {
  const { setting, urls } = await sitesToRead(services.sites, personal);
  const results = await services.sites.readEach(urls, (site) => site.overview.loadOverview());
  return gatherSites(setting, urls, results);
}

/** The action tracker's first screen over several sites. */
export interface GatheredTracker {
  gathered: GatheredOverview;
  /** The open actions of the chosen mappings, with gathered mapping ids and their site. */
  items: ActionItem[];
  /** The signed-in person, read with the tenant property (My actions keeps theirs). */
  me: DirectoryPerson;
}

/**
 * The overview and the open actions of every site, each site's in one $batch, all sites at once
 * (after the tenant property, read once a session). Whether owner people have left is asked
 * afterwards ({@link markOwnersWhoLeft}), once the rows are on the screen.
 *
 * @param services - The app's services.
 * @param personal - The Teams personal app.
 * @param choose - Which gathered mappings' actions to keep (the tracker: each team's latest).
 * @returns The gathered overview, the actions and the signed-in person.
 */
export async function gatherTracker(
  services: AppServices,
  personal: boolean,
  choose: (mappings: readonly OverviewMapping[]) => ReadonlySet<number>
): Promise<GatheredTracker> {
  const { setting, urls } = await sitesToRead(services.sites, personal);
  const results = await services.sites.readEach(urls, (site) => site.overview.loadTracker());
  const gathered = gatherSites(
    setting,
    urls,
    results.map((result): SiteResult<OverviewData> => (result.ok ? { ...result, value: result.value.overview } : result))
  );
  const chosen = choose(gathered.data.mappings);
  const items: ActionItem[] = [];
  results.forEach((result, index) => {
    if (result.ok) {
      const site = urls.length > 1 ? result.siteUrl : undefined;
      for (const item of result.value.actions) {
        const mappingId = gathered.ids.globalId(index, item.mappingId);
        if (chosen.has(mappingId)) {
          items.push({ ...item, mappingId, siteUrl: site });
        }
      }
    }
  });
  return { gathered, items, me: setting.me };
}

/** JD coverage gathered from the sites its mappings are on. */
export interface GatheredCoverage {
  citations: JdCitation[];
  /** Sites that gave nothing: their teams are left out of the view, and the note says why. */
  problems: SiteProblem[];
}

/**
 * Where each mapping found each duty in its JD or PS, read on every site the mappings are on
 * (one read per site, each its own batch, all at once), with gathered mapping ids.
 *
 * @param services - The app's services.
 * @param ids - The gathered ids (which site each mapping is on).
 * @param sources - Gathered mapping ids and their duty counts.
 * @returns The citations, and the sites that could not be read. With one site only, its failure is thrown.
 */
export async function gatherJdCoverage(services: AppServices, ids: SiteIds, sources: readonly ActionSource[]): Promise<GatheredCoverage> {
  const bySite = new Map<number, ActionSource[]>();
  for (const source of sources) {
    const index = Math.floor(source.id / SITE_ID_STRIDE);
    bySite.set(index, [...(bySite.get(index) ?? []), { id: ids.resolve(source.id).mappingId, dutyCount: source.dutyCount }]);
  }
  const indexes = [...bySite.keys()];
  const results = await services.sites.readEach(
    indexes.map((index) => ids.sites[index]),
    (site, siteUrl) => site.overview.loadJdCoverage(bySite.get(ids.sites.indexOf(siteUrl)) ?? [])
  );
  if (ids.sites.length === 1 && results.length === 1 && !results[0].ok) {
    throw results[0].error;
  }
  const citations: JdCitation[] = [];
  const problems: SiteProblem[] = [];
  results.forEach((result, n) => {
    if (!result.ok) {
      problems.push({ site: siteRef(result.siteUrl), failure: result.failure });
      return;
    }
    citations.push(...result.value.map((citation) => ({ ...citation, mappingId: ids.globalId(indexes[n], citation.mappingId) })));
  });
  return { citations, problems };
}

/**
 * Marks the actions whose owner person is no longer found on the mapping's own site (someone who
 * has left): one read per site that has owner people, all at once, after the actions are on the
 * screen. A site whose check fails leaves its owners as they are (the check only withholds reminders).
 *
 * @param services - The app's services.
 * @param ids - The gathered ids (which site each mapping is on).
 * @param items - The gathered actions.
 * @returns The same actions, those whose owner has left with `ownerLeft`.
 */
export async function markOwnersWhoLeft(services: AppServices, ids: SiteIds, items: readonly ActionItem[]): Promise<ActionItem[]> {
  const bySite = new Map<string, Set<string>>();
  for (const item of items) {
    if (item.ownerPerson?.login) {
      const { siteUrl } = ids.resolve(item.mappingId);
      bySite.set(siteUrl, (bySite.get(siteUrl) ?? new Set<string>()).add(item.ownerPerson.login));
    }
  }
  if (bySite.size === 0) {
    return [...items];
  }
  const siteUrls = [...bySite.keys()];
  const results = await services.sites.readEach(siteUrls, (site, siteUrl) => site.people.unresolved([...(bySite.get(siteUrl) ?? [])]));
  const left = new Set<string>();
  results.forEach((result) => {
    if (result.ok) {
      result.value.forEach((login) => left.add(`${result.siteUrl.toLowerCase()}|${login.toLowerCase()}`));
    }
  });
  return items.map((item) =>
    item.ownerPerson && left.has(`${ids.resolve(item.mappingId).siteUrl.toLowerCase()}|${item.ownerPerson.login.toLowerCase()}`) ? { ...item, ownerLeft: true } : item
  );
}

/** "My mappings" over the sites the property lists. */
export interface GatheredMappings {
  mappings: MappingSummary[];
  ids: SiteIds;
  report: SitesReport;
  /** The site of each gathered mapping id. */
  siteOf: Map<number, SiteRef>;
}

/**
 * The mappings the signed-in person completed or saved to, on every listed site (one request per
 * site, all at once).
 *
 * @param services - The app's services.
 * @returns The mappings, newest first within each site, sites in the property's order.
 */
export async function gatherMyMappings(services: AppServices): Promise<GatheredMappings> {
  const { setting, urls } = await sitesToRead(services.sites, true);
  const login = setting.me.login.toLowerCase();
  const results = await services.sites.readEach(urls, (site) => site.mappings.listMappings());
  const ids = new SiteIds(urls);
  const mappings: MappingSummary[] = [];
  const problems: SiteProblem[] = [];
  const siteOf = new Map<number, SiteRef>();
  results.forEach((result, index) => {
    if (!result.ok) {
      problems.push({ site: siteRef(result.siteUrl), failure: result.failure });
      return;
    }
    const mine = result.value.filter((m) => m.contributors.some((c) => c.toLowerCase() === login)).sort((a, b) => b.modified.localeCompare(a.modified));
    for (const mapping of mine) {
      const id = ids.globalId(index, mapping.id);
      siteOf.set(id, siteRef(result.siteUrl));
      mappings.push({ ...mapping, id });
    }
  });
  return { mappings, ids, report: { notes: setting.notes, problems, sites: urls.map(siteRef) }, siteOf };
}
