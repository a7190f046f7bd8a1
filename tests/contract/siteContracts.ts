/**
 * The behaviour every PeopleService, PermissionService and SiteSetupService must have, run
 * against the UI tests' fakes (fake.test.ts) and the real services over HTTP
 * on the local SharePoint server (sharePoint.test.ts).
 */
import type { AccessLevel, PeopleService, PermissionService, SetupStep, SiteSetupService } from '../../src/services/types';

export interface PeopleSubject {
  /** A new session of a Member. */
  people(): PeopleService;
  /** Someone the site knows, other than the Member. */
  someoneElse: { displayName: string; login: string };
}

export interface PermissionsSubject {
  /** A new session of someone with the given access. */
  as(access: AccessLevel): PermissionService;
}

/**
 * Declares the people search's cases for one implementation.
 *
 * @param subject - Builds the implementation's sessions; called inside the tests.
 */
export function peopleContract(subject: () => PeopleSubject): void {
  test('the signed-in person is known by name and id', async () => {
    const me = await subject().people().currentUser();
    expect(me.displayName).not.toBe('');
    expect(me.id).toEqual(expect.any(Number));
  });

  test('a search finds people by part of their name in any case, and finds no one for a name no one has', async () => {
    const s = subject();
    const part = s.someoneElse.displayName.split(' ')[0].toUpperCase();
    const found = await s.people().search(part);
    expect(found.map((p) => p.displayName)).toContain(s.someoneElse.displayName);
    expect(await s.people().search('Zzyzx Nobody')).toEqual([]);
  });

  test('of several logins, only those the site no longer resolves come back, as given', async () => {
    const s = subject();
    const gone = 'i:0#.f|membership|grace.hollis@imaging.local';
    expect(await s.people().unresolved([s.someoneElse.login.toUpperCase(), gone, gone, ''])).toEqual([gone]);
    expect(await s.people().unresolved([])).toEqual([]);
  });
}

/**
 * Declares the permissions' cases for one implementation.
 *
 * @param subject - Builds the implementation's sessions; called inside the tests.
 */
export function permissionsContract(subject: () => PermissionsSubject): void {
  test.each<AccessLevel>(['setUp', 'edit', 'read'])('someone with %s access is told so', async (access) => {
    expect(await subject().as(access).getAccess()).toBe(access);
  });
}

export interface SetupSubject {
  /** Set-up as a site Owner, on a site already set up. */
  owner(): SiteSetupService;
}

/**
 * Declares set-up's cases for one implementation, on a site already set up.
 *
 * @param subject - Builds the implementation's sessions; called inside the tests.
 */
export function setupContract(subject: () => SetupSubject): void {
  test('a site that is set up is ready', async () => {
    expect(await subject().owner().checkSite()).toMatchObject({ state: 'ready' });
  });

  test('running set-up again reports every step as it goes, none failing, and leaves the site ready', async () => {
    const s = subject();
    const reports: SetupStep[][] = [];
    await s.owner().run((steps) => reports.push(steps));
    expect(reports.length).toBeGreaterThan(1);
    expect(reports[0].every((step) => step.state === 'pending')).toBe(true);
    expect(reports[reports.length - 1].every((step) => step.state === 'done' || step.state === 'skipped')).toBe(true);
    expect(reports.flat().some((step) => step.state === 'failed')).toBe(false);
    expect(await s.owner().checkSite()).toMatchObject({ state: 'ready' });
  });
}
