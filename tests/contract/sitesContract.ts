/**
 * The behaviour every SitesService must have (the tenant property, reading across the
 * department sites), run against the UI tests' fake (fake.test.ts) and the real service over
 * HTTP on the local SharePoint server (sharePoint.test.ts).
 */
import type { SitesService } from '../../src/services/sites';

export interface SitesSubject {
  /** A new session of a Member on the site the app runs on. */
  member(): SitesService;
  /** The Member's name. */
  memberName(): Promise<string>;
  /** Sets the tenant property's value as an administrator would (a list is written as JSON); undefined removes it. */
  setProperty(value: readonly string[] | string | undefined): Promise<void>;
  /**
   * Absolute URLs of the site the app runs on, another site with one mapping (team `otherTeam`),
   * a site without the app's lists, a site the Member may not open and a site that does not exist.
   */
  urls: { home: string; other: string; noLists: string; closed: string; gone: string };
  otherTeam: string;
}

/**
 * Declares the contract's cases for one implementation.
 *
 * @param subject - Builds the implementation's sessions; called inside the tests.
 */
export function sitesContract(subject: () => SitesSubject): void {
  test('with the property not set, no site is named, and the setting says who is signed in', async () => {
    const s = subject();
    await s.setProperty(undefined);
    const setting = await s.member().readSetting();
    expect(setting).toMatchObject({ source: 'absent', sites: [], notes: [] });
    expect(setting.me.displayName).toBe(await s.memberName());
  });

  test("the property's sites are used in its order, each once, with a note for every entry left out", async () => {
    const s = subject();
    const { home, other } = s.urls;
    await s.setProperty([other, home, `${other}/`, 'not a url']);
    const setting = await s.member().readSetting();
    expect(setting.source).toBe('property');
    expect(setting.sites).toEqual([other, home]);
    expect(setting.notes.map((n) => n.problem)).toEqual(['duplicate', 'notSharePoint']);
  });

  test('a value that is not JSON names no site, with a note that says so', async () => {
    const s = subject();
    await s.setProperty('/sites/imaging, /sites/stlukes');
    expect(await s.member().readSetting()).toMatchObject({ source: 'absent', sites: [], notes: [{ problem: 'notJson', value: '/sites/imaging, /sites/stlukes' }] });
  });

  test('the setting is read once a session: a change shows in the next session', async () => {
    const s = subject();
    await s.setProperty([s.urls.home]);
    const session = s.member();
    expect((await session.readSetting()).sites).toEqual([s.urls.home]);
    await s.setProperty([s.urls.home, s.urls.other]);
    expect((await session.readSetting()).sites).toEqual([s.urls.home]);
    expect((await s.member().readSetting()).sites).toEqual([s.urls.home, s.urls.other]);
  });

  test('reads every site, each on its own; a site that refuses, has no lists or does not exist is reported and never fails the others', async () => {
    const s = subject();
    const { home, other, noLists, closed, gone } = s.urls;
    const results = await s.member().readEach([other, noLists, closed, gone, home], (services) => services.mappings.listMappings());
    expect(results.map((r) => r.siteUrl)).toEqual([other, noLists, closed, gone, home]);
    expect(results.map((r) => (r.ok ? 'ok' : r.failure))).toEqual(['ok', 'notSetUp', 'forbidden', 'unreachable', 'ok']);
    const [read, withoutLists, refused, missing] = results;
    expect(read.ok ? read.value.map((m) => m.team) : []).toEqual([s.otherTeam]);
    expect(withoutLists.ok ? undefined : withoutLists.error.kind).toBe('missingLists');
    expect(refused.ok ? undefined : { kind: refused.error.kind, status: refused.error.status }).toEqual({ kind: 'forbidden', status: 403 });
    expect(missing.ok ? undefined : { kind: missing.error.kind, status: missing.error.status }).toEqual({ kind: 'notFound', status: 404 });
  });

  test("the site the app runs on, however its address is written, and every other site act as the same person", async () => {
    const s = subject();
    const name = await s.memberName();
    const session = s.member();
    for (const url of [`${s.urls.home}/`, s.urls.home.toUpperCase().replace(/^HTTP(S?):\/\//, 'http$1://'), s.urls.other]) {
      expect((await session.servicesFor(url).people.currentUser()).displayName).toBe(name);
    }
    expect(session.homeUrl).toBe(s.urls.home);
  });
}
