/**
 * @jest-environment node
 *
 * The department sites over real HTTP: the tenant property read from the site the app runs on,
 * and reads across sites, each on its own, where a site that refuses (403), has no lists or does
 * not exist is reported and never fails the others.
 */
import { setSitesProperty } from '../../local/seed/seedDemo';
import { EMAILS } from '../../local/server/users';
import { MEMBER, OTHER_SITES, OTHER_SITE_OPTIONS, OWNER, servicesAt, siteForThisFile } from './helpers';
import { gatherJdCoverage, gatherMyMappings, gatherOverview, gatherTracker, markOwnersWhoLeft } from '../../src/app/shell/sites/acrossSites';
import { latestMappingIds } from '../../src/app/overview/overviewRows';
import { reminderFor } from '../../src/app/actions/reminders';

const { stLukes: STLUKES, noLists: NO_LISTS, closed: CLOSED } = OTHER_SITES;

const site = siteForThisFile({ setUp: true, sites: OTHER_SITE_OPTIONS });

async function addMapping(siteUrl: string, team: string): Promise<void> {
  const services = servicesAt(siteUrl, OWNER);
  await services.setup.run(() => undefined);
  const me = await services.people.currentUser();
  await services.mappings.createMapping({ header: { team, completedBy: { people: [me], otherNames: [] }, notes: '' } });
}

beforeAll(async () => {
  await addMapping(site.server.siteUrl, 'Royal Infirmary — General X-ray');
  await addMapping(site.server.siteUrlOf(STLUKES), 'St Luke’s Hospital — Mammography');
  await addMapping(site.server.siteUrlOf(CLOSED), 'Executive — dashboard');
});

/** Gives the first mapping's n-th entry a gap with an action owned by a person (by e-mail) or by text. */
async function giveActionTo(siteUrl: string, owner: string, entryIndex = 0): Promise<void> {
  const services = servicesAt(siteUrl, OWNER);
  const [mapping] = await services.mappings.listMappings();
  const opened = await services.mappings.openMapping(mapping.id);
  const [person] = owner.includes('@') ? await services.people.search(owner) : [];
  const entry = opened.mapping.entries[entryIndex];
  const action = person ? { what: 'Shadow a colleague', owner: '', ownerPerson: person } : { what: 'Write the protocol', owner };
  const outcome = await services.mappings.saveChanges(mapping.id, { entries: [{ entry: { ...entry, status: 'gap', action }, etag: opened.entryEtags[entry.dutyId] }] });
  expect(outcome.conflicts).toEqual([]);
}

afterEach(async () => {
  await setSitesProperty(site.server.appCatalogUrl, undefined);
});

describe('the tenant property ImagingDutyMappingSites', () => {
  it('is absent until an administrator sets it; the person is read in the same single request', async () => {
    const services = servicesAt(site.server.siteUrl, MEMBER);
    site.server.resetRequestCount();
    const setting = await services.sites.readSetting();
    expect(site.server.requestCount()).toBe(1);
    expect(setting).toEqual(expect.objectContaining({ source: 'absent', sites: [], notes: [] }));
    expect(setting.me.email).toBe(MEMBER);
    // The person is kept: asking again costs nothing.
    await services.people.currentUser();
    expect(site.server.requestCount()).toBe(1);
  });

  it('names the sites, read from any site, with a note for every entry left out', async () => {
    const stLukes = site.server.siteUrlOf(STLUKES);
    await setSitesProperty(site.server.appCatalogUrl, [
      site.server.siteUrl,
      `${stLukes}/`,
      stLukes.toUpperCase().replace('HTTP://', 'http://'),
      'https://contoso.sharepoint.com/sites/imaging',
      'not a url',
      `${site.server.url}/sites/imaging/SitePages/Home.aspx`
    ]);
    const setting = await servicesAt(stLukes, MEMBER).sites.readSetting();
    expect(setting.source).toBe('property');
    expect(setting.sites).toEqual([site.server.siteUrl, stLukes]);
    expect(setting.notes.map((n) => n.problem)).toEqual(['duplicate', 'otherTenant', 'notSharePoint', 'notSharePoint']);
  });

  it('says when the value is not JSON, and uses no site from it', async () => {
    await setSitesProperty(site.server.appCatalogUrl, '/sites/imaging, /sites/stlukes');
    const setting = await servicesAt(site.server.siteUrl, MEMBER).sites.readSetting();
    expect(setting).toEqual(expect.objectContaining({ source: 'absent', sites: [], notes: [{ problem: 'notJson', value: '/sites/imaging, /sites/stlukes' }] }));
  });
});

describe('reading across sites', () => {
  it('reads each site with its own request, all at once, and reports the ones it cannot read', async () => {
    const urls = [site.server.siteUrl, site.server.siteUrlOf(STLUKES), site.server.siteUrlOf(NO_LISTS), site.server.siteUrlOf(CLOSED), site.server.siteUrlOf('/sites/gone')];
    const services = servicesAt(site.server.siteUrl, MEMBER);
    site.server.resetRequestCount();
    const results = await services.sites.readEach(urls, (siteServices) => siteServices.mappings.listMappings());
    expect(results.map((r) => (r.ok ? r.value.map((m) => m.team) : r.failure))).toEqual([
      ['Royal Infirmary — General X-ray'],
      ['St Luke’s Hospital — Mammography'],
      'notSetUp',
      'forbidden',
      'unreachable'
    ]);
    for (const path of ['/sites/imaging', STLUKES, NO_LISTS, CLOSED]) {
      expect(site.server.requestCount(path)).toBe(1);
    }
    const closed = results[3];
    expect(closed.ok ? undefined : closed.error.status).toBe(403);
  });

  it('acts as the same person on every site', async () => {
    const stLukes = servicesAt(site.server.siteUrl, MEMBER).sites.servicesFor(site.server.siteUrlOf(STLUKES));
    expect((await stLukes.people.currentUser()).email).toBe(MEMBER);
  });
});

describe('first screens across sites: one request per site, all at once', () => {
  // The Teams personal app runs on the tenant's root site, which the property does not list: a site with no lists stands in for it.
  const homePath = NO_LISTS;
  const listed = (): string[] => [site.server.siteUrl, site.server.siteUrlOf(STLUKES)];
  const perSite = (): number[] => ['/sites/imaging', STLUKES, homePath].map((path) => site.server.requestCount(path));

  it('My mappings in the personal app: the property and the person in one request, then one per listed site', async () => {
    await setSitesProperty(site.server.appCatalogUrl, listed());
    const services = servicesAt(site.server.siteUrlOf(homePath), OWNER);
    site.server.resetRequestCount();
    // What the personal app's gate and its first screen ask.
    await services.sites.readSetting();
    const mine = await gatherMyMappings(services);
    expect(perSite()).toEqual([1, 1, 1]);
    expect(site.server.requestCount()).toBe(3);
    expect(mine.report.problems).toEqual([]);
    expect(mine.mappings.map((m) => m.team).sort()).toEqual(['Royal Infirmary — General X-ray', 'St Luke’s Hospital — Mammography']);
  });

  it('the action tracker and My actions: the overview and the actions in one $batch per site', async () => {
    await giveActionTo(site.server.siteUrl, 'Superintendent (CT)', 1);
    await giveActionTo(site.server.siteUrlOf(STLUKES), EMAILS.secondMember, 1);
    await setSitesProperty(site.server.appCatalogUrl, listed());
    const services = servicesAt(site.server.siteUrlOf(homePath), MEMBER);
    site.server.resetRequestCount();
    const tracker = await gatherTracker(services, true, latestMappingIds);
    expect(perSite()).toEqual([1, 1, 1]);
    expect(tracker.me.email).toBe(MEMBER);
    expect(tracker.gathered.report.problems).toEqual([]);
    // The same actions as the overview's mappings hold, each with its site and gathered id.
    expect(tracker.items.map((item) => [item.siteUrl, item.owner || item.ownerPerson?.email]).sort()).toEqual(
      [
        [site.server.siteUrl, 'Superintendent (CT)'],
        [site.server.siteUrlOf(STLUKES), EMAILS.secondMember]
      ].sort()
    );
    expect(tracker.items.every((item) => tracker.gathered.data.mappings.some((m) => m.id === item.mappingId && m.siteUrl === item.siteUrl))).toBe(true);
    // Asking again in the same session: the property is not read again.
    site.server.resetRequestCount();
    await gatherTracker(services, true, latestMappingIds);
    expect(perSite()).toEqual([1, 1, 0]);
  });

  it('gives the same actions as reading them on their own after the overview', async () => {
    await setSitesProperty(site.server.appCatalogUrl, listed());
    const services = servicesAt(site.server.siteUrl, MEMBER);
    const tracker = await gatherTracker(services, true, (mappings) => new Set(mappings.map((m) => m.id)));
    const separately = (
      await Promise.all(
        listed().map(async (url, index) => {
          const siteServices = services.sites.servicesFor(url);
          const { mappings } = await siteServices.overview.loadOverview();
          const actions = await siteServices.overview.loadActions(mappings.map((m) => ({ id: m.id, dutyCount: m.dutyCount })));
          return actions.map((item) => ({ ...item, mappingId: tracker.gathered.ids.globalId(index, item.mappingId), siteUrl: url }));
        })
      )
    ).flat();
    expect(separately).toHaveLength(2);
    const key = (item: { mappingId: number; dutyId: string }): string => `${item.mappingId}/${item.dutyId}`;
    expect([...tracker.items].sort((a, b) => key(a).localeCompare(key(b)))).toEqual([...separately].sort((a, b) => key(a).localeCompare(key(b))));
  });
});

describe('JD coverage across sites', () => {
  it('reads each site the mappings are on with one request, all at once, with gathered ids', async () => {
    await setSitesProperty(site.server.appCatalogUrl, [site.server.siteUrl, site.server.siteUrlOf(STLUKES)]);
    const services = servicesAt(site.server.siteUrl, MEMBER);
    const gathered = await gatherOverview(services, true);
    const sources = gathered.data.mappings.map((m) => ({ id: m.id, dutyCount: m.dutyCount }));
    site.server.resetRequestCount();
    const coverage = await gatherJdCoverage(services, gathered.ids, sources);
    expect(site.server.requestCount('/sites/imaging')).toBe(1);
    expect(site.server.requestCount(STLUKES)).toBe(1);
    expect(coverage.problems).toEqual([]);
    const sitesCited = new Set(coverage.citations.map((c) => gathered.ids.resolve(c.mappingId).siteUrl));
    expect([...sitesCited].sort()).toEqual([site.server.siteUrl, site.server.siteUrlOf(STLUKES)].sort());
  });
});

describe('an action owner who has left (last: it changes the directory for the rest of this file)', () => {
  it('is found on the mapping’s own site with one read per site, keeps the stored person and gets no reminder', async () => {
    await giveActionTo(site.server.siteUrl, EMAILS.secondMember);
    await giveActionTo(site.server.siteUrlOf(STLUKES), EMAILS.assistantPractitioner);
    await setSitesProperty(site.server.appCatalogUrl, [site.server.siteUrl, site.server.siteUrlOf(STLUKES)]);
    site.server.markLeft(EMAILS.assistantPractitioner);
    const services = servicesAt(site.server.siteUrl, MEMBER);
    const { gathered, items } = await gatherTracker(services, true, latestMappingIds);
    site.server.resetRequestCount();
    const marked = await markOwnersWhoLeft(services, gathered.ids, items);
    expect(site.server.requestCount('/sites/imaging')).toBe(1);
    expect(site.server.requestCount(STLUKES)).toBe(1);
    const byOwner = Object.fromEntries(marked.map((item) => [item.ownerPerson?.displayName, item]));
    expect(byOwner["Daniel O'Brien"]).toMatchObject({ ownerLeft: true, ownerPerson: { email: EMAILS.assistantPractitioner } });
    expect(byOwner['Priya Patel'].ownerLeft).toBeUndefined();
    expect(reminderFor(byOwner["Daniel O'Brien"])).toBeUndefined();
    expect(reminderFor(byOwner['Priya Patel'])?.teams).toContain(`users=${encodeURIComponent(EMAILS.secondMember)}`);
  });
});
