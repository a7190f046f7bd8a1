/**
 * @jest-environment node
 *
 * The app on a Teams team site as SharePoint Online sets it up: Members hold Edit. Members work
 * through the app but cannot erase a mapping, an entry, a version or a list (tried over raw HTTP);
 * only an Owner (Manage Permissions) sets the site up; set-up leaves nobody a direct grant and is
 * finished by the next Owner's run wherever it stopped.
 */
import '../../src/data/toolkit/pnp';
import type { SetupStep } from '../../src/services/types';
import { MEMBERS_NO_DELETE } from '../../src/data/setup/governanceSteps';
import { maskOf } from '../../src/data/setup/permissionSteps';
import { APPROVERS_GROUP } from '../../src/data/governance/groupName';
import { LIST_TITLES, SCHEMA } from '../../src/data/schema';
import type { ListKey } from '../../src/data/schema';
import { MEMBER, MEMBER_2, OWNER, VISITOR, countRequests, expectAppError, startSite } from './helpers';
import type { TestSite } from './helpers';
import { editEntries, frameworkWithMoreDuties, newHeader } from './fixtures';

const ACCESS_DENIED = { 'odata.error': { code: '-2147024891, System.UnauthorizedAccessException', message: { lang: 'en-US', value: 'Access denied.' } } };
const measured: Record<string, number> = {};

async function raw(site: TestSite, user: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: unknown }> {
  const digest = ((await (await fetch(`${site.server.siteUrl}/_api/contextinfo`, { method: 'POST', headers: { Accept: 'application/json' } })).json()) as { FormDigestValue: string })
    .FormDigestValue;
  const reply = await fetch(`${site.server.siteUrl}/_api/${path}`, {
    method,
    headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-RequestDigest': digest, 'X-Local-User': user, ...headers },
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  const text = await reply.text();
  return { status: reply.status, json: text === '' ? undefined : (JSON.parse(text) as unknown) };
}

/** Every request the app sends through fetch (URL and body, so $batch parts show), while `run` runs. */
async function sentDuring(run: () => Promise<unknown>): Promise<string> {
  const original = globalThis.fetch;
  const sent: string[] = [];
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    sent.push(`${String(input instanceof Request ? input.url : input)}\n${typeof init?.body === 'string' ? init.body : ''}`);
    return original(input, init);
  }) as typeof fetch;
  try {
    await run();
  } finally {
    globalThis.fetch = original;
  }
  return sent.join('\n');
}

/** Each app list's permissions as the Owner sees them: unique or not, and who holds what directly. */
async function permissionsOf(site: TestSite, key: ListKey): Promise<{ unique: boolean; people: number[]; groups: Record<string, string[]> }> {
  const list = site.sp(OWNER).web.lists.getByTitle(LIST_TITLES[key]);
  const { HasUniqueRoleAssignments } = await list.select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>();
  const rows = await list.roleAssignments
    .expand('Member', 'RoleDefinitionBindings')
    .select('PrincipalId', 'Member/Title', 'Member/PrincipalType', 'RoleDefinitionBindings/Name')<
    Array<{ PrincipalId: number; Member: { Title: string; PrincipalType: number }; RoleDefinitionBindings: Array<{ Name: string }> }>
  >();
  return {
    unique: HasUniqueRoleAssignments,
    people: rows.filter((row) => row.Member.PrincipalType === 1).map((row) => row.PrincipalId),
    groups: Object.fromEntries(rows.filter((row) => row.Member.PrincipalType !== 1).map((row) => [row.Member.Title, row.RoleDefinitionBindings.map((b) => b.Name)]))
  };
}

const LOCKED: ListKey[] = ['mappings', 'entries', 'frameworks', 'settings', 'records', 'documents'];

afterAll(() => {
  console.log(`Permission figures: ${JSON.stringify(measured)}`);
});

describe('a site not set up yet', () => {
  let site: TestSite;
  beforeAll(async () => {
    site = await startSite();
  });
  afterAll(() => site.stop());

  test('a Member (Edit on the site) is no Owner: the app offers no set-up, set-up refuses to begin, and nothing is created', async () => {
    const member = site.services(MEMBER);
    const listsBefore = await site.sp(OWNER).web.lists.select('Title')();
    const loaded = await countRequests(site, () => Promise.all([member.permissions.getAccess(), member.setup.checkSite()]));
    expect(loaded.result).toEqual(['edit', { state: 'notSetUp' }]);
    measured.memberLoadUnsetSite = loaded.requests;
    expect(loaded.requests).toBe(2);
    const error = await expectAppError(member.setup.run(() => undefined), 'forbidden');
    expect(error.details).toMatchObject({ reason: 'ownersOnly' });
    expect(await site.sp(OWNER).web.lists.select('Title')()).toEqual(listsBefore);
    await expect(site.sp(OWNER).web.roleDefinitions.select('Name')()).resolves.toHaveLength(5);
  });

  test("set-up's request count on a fresh site, and on a site already set up", async () => {
    const owner = site.services(OWNER);
    const fresh = await countRequests(site, () => owner.setup.run(() => undefined));
    measured.setupFresh = fresh.requests;
    let last: SetupStep[] = [];
    const again = await countRequests(site, () =>
      site.services(OWNER).setup.run((steps) => {
        last = steps;
      })
    );
    measured.setupAgain = again.requests;
    expect(last.filter((step) => step.state === 'done').map((step) => step.id)).toEqual(['inspect']);
    // The access check, inspect, and the area counts' read of the mappings: every other step answers from the inspected site.
    expect(again.requests).toBe(3);
  });
});

describe('a site set up by an Owner', () => {
  let site: TestSite;
  let mappingId = 0;
  let entryId = 0;

  beforeAll(async () => {
    site = await startSite();
    await site.services(OWNER).setup.run(() => undefined);
    await site.sp(OWNER).web.siteGroups.getByName(APPROVERS_GROUP).users.add('i:0#.f|membership|priya.patel@imaging.local');
    mappingId = await site.services(MEMBER).mappings.createMapping({ header: newHeader('CT — Members hold Edit') });
    const opened = await site.services(MEMBER).mappings.openMapping(mappingId);
    await site.services(MEMBER).mappings.saveChanges(mappingId, { entries: editEntries(opened, 3, 'first') });
    const rows = await site.sp(OWNER).web.lists.getByTitle(LIST_TITLES.entries).items.select('ID').filter(`IdmMappingId eq ${mappingId}`).top(1)<Array<{ ID: number }>>();
    entryId = rows[0].ID;
  });
  afterAll(() => site.stop());

  test('every list and library set-up locks has its own permissions, and nobody keeps a direct grant from breaking inheritance', async () => {
    for (const key of LOCKED) {
      const found = await permissionsOf(site, key);
      expect([key, found.unique, found.people]).toEqual([key, true, []]);
      expect(found.groups['Imaging Owners']).toEqual(['Full Control']);
    }
    expect((await permissionsOf(site, 'mappings')).groups).toEqual({
      'Imaging Owners': ['Full Control'],
      'Imaging Visitors': ['Read'],
      'Imaging Members': [MEMBERS_NO_DELETE.name],
      [APPROVERS_GROUP]: [MEMBERS_NO_DELETE.name]
    });
    const level = await site.sp(OWNER).web.roleDefinitions.getByName(MEMBERS_NO_DELETE.name)<{ BasePermissions: { High: string; Low: string }; RoleTypeKind: number }>();
    expect(level).toMatchObject({ RoleTypeKind: 0, BasePermissions: { High: '432', Low: '1011028583' } });
    expect(maskOf(MEMBERS_NO_DELETE)).toEqual({ High: 432, Low: 1011028719 - 0x8 - 0x80 });
  });

  test('Members keep doing everything the app does: create, save, mark ready, move to a new framework version', async () => {
    const member = site.services(MEMBER);
    const created = await member.mappings.createMapping({ header: newHeader('MRI — a Member creates') });
    const opened = await member.mappings.openMapping(created);
    expect((await member.mappings.saveChanges(created, { entries: editEntries(opened, 5, 'member') })).conflicts).toEqual([]);
    await member.governance.setReady(created, true);
    const next = await site.services(OWNER).frameworks.saveNewVersion(frameworkWithMoreDuties(2));
    await member.frameworks.moveMapping(created, next.version, () => undefined);
    expect((await site.services(MEMBER).mappings.openMapping(created)).mapping.header.frameworkVersion).toBe(next.version);
    expect(await member.permissions.getAccess()).toBe('edit');
    expect(await member.governance.canSignOff()).toBe(false);
    expect(await site.services(MEMBER_2).governance.canSignOff()).toBe(true);
  });

  test.each([
    ['delete an entry', (e: number) => [`web/lists/getByTitle('${LIST_TITLES.entries}')/items(${e})`, 'POST', { 'X-HTTP-Method': 'DELETE', 'IF-MATCH': '*' }]],
    ['delete an entry (DELETE verb)', (e: number) => [`web/lists/getByTitle('${LIST_TITLES.entries}')/items(${e})`, 'DELETE', { 'IF-MATCH': '*' }]],
    ['recycle an entry', (e: number) => [`web/lists/getByTitle('${LIST_TITLES.entries}')/items(${e})/recycle`, 'POST', {}]],
    ['delete a version of an entry', (e: number) => [`web/lists/getByTitle('${LIST_TITLES.entries}')/items(${e})/versions(512)`, 'POST', { 'X-HTTP-Method': 'DELETE' }]],
    ["delete all of an entry's versions", (e: number) => [`web/lists/getByTitle('${LIST_TITLES.entries}')/items(${e})/versions/deleteall`, 'POST', {}]],
    ['delete the Entries list', () => [`web/lists/getByTitle('${LIST_TITLES.entries}')`, 'POST', { 'X-HTTP-Method': 'DELETE', 'IF-MATCH': '*' }]],
    ['delete the Mappings list', () => [`web/lists/getByTitle('${LIST_TITLES.mappings}')`, 'POST', { 'X-HTTP-Method': 'DELETE', 'IF-MATCH': '*' }]]
  ] as Array<[string, (entry: number) => [string, string, Record<string, string>]]>)('a Member cannot %s: SharePoint answers 403 Access denied', async (_what, request) => {
    const [path, method, headers] = request(entryId);
    const reply = await raw(site, MEMBER, method, path, undefined, headers);
    expect(reply).toEqual({ status: 403, json: ACCESS_DENIED });
  });

  test('a Member cannot delete a mapping, turn versioning off on either list, or change their columns', async () => {
    const mappings = `web/lists/getByTitle('${LIST_TITLES.mappings}')`;
    const entries = `web/lists/getByTitle('${LIST_TITLES.entries}')`;
    const attempts = [
      await raw(site, MEMBER, 'POST', `${mappings}/items(${mappingId})`, undefined, { 'X-HTTP-Method': 'DELETE', 'IF-MATCH': '*' }),
      await raw(site, MEMBER, 'POST', `${mappings}/items(${mappingId})/recycle`),
      await raw(site, MEMBER, 'POST', `${mappings}/items(${mappingId})/versions/deleteall`),
      await raw(site, MEMBER, 'POST', mappings, { EnableVersioning: false }, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' }),
      await raw(site, MEMBER, 'POST', entries, { EnableVersioning: false }, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' }),
      await raw(site, MEMBER, 'POST', `${entries}/fields`, { Title: 'Sneaky', FieldTypeKind: 2 }),
      await raw(site, VISITOR, 'POST', `${entries}/items(${entryId})`, undefined, { 'X-HTTP-Method': 'DELETE', 'IF-MATCH': '*' })
    ];
    expect(attempts.map((a) => a.status)).toEqual([403, 403, 403, 403, 403, 403, 403]);
    const lists = await site.sp(OWNER).web.lists.select('Title', 'EnableVersioning')<Array<{ Title: string; EnableVersioning: boolean }>>();
    expect(lists.filter((l) => [LIST_TITLES.mappings, LIST_TITLES.entries].includes(l.Title)).map((l) => l.EnableVersioning)).toEqual([true, true]);
    expect(await site.sp(OWNER).web.lists.getByTitle(LIST_TITLES.entries).items.getById(entryId).versions.select('VersionId')()).not.toHaveLength(0);
  });

  test("loading as a Member or Visitor never reads a list's permissions, and costs what it did (2 requests, opening a mapping 2)", async () => {
    for (const user of [MEMBER, VISITOR]) {
      const services = site.services(user);
      const sent = await sentDuring(async () => {
        const load = await countRequests(site, () => Promise.all([services.permissions.getAccess(), services.setup.checkSite()]));
        measured[`load:${user === MEMBER ? 'member' : 'visitor'}`] = load.requests;
        expect(load.requests).toBe(2);
      });
      expect(sent).not.toMatch(/HasUniqueRoleAssignments|roleassignments|sitegroups/i);
      // Opening a mapping may ask whether the records library has its own permissions in its batch (a refused
      // part is ignored, and only an Owner's answer is used); nothing depends on it for anyone else.
      const open = await countRequests(site, () => services.mappings.openMapping(mappingId));
      measured[`openMapping:${user === MEMBER ? 'member' : 'visitor'}`] = open.requests;
      expect(open.requests).toBeLessThanOrEqual(2);
    }
    const owner = site.services(OWNER);
    const ownerLoad = await countRequests(site, () => Promise.all([owner.permissions.getAccess(), owner.setup.checkSite()]));
    measured['load:owner'] = ownerLoad.requests;
    expect(ownerLoad).toEqual({ requests: 2, result: ['setUp', { state: 'ready', approversManagedBy: 'Olivia Owen' }] });
  });

  test('sign-off is refused, and Owners are told, while the records library inherits the site’s permissions', async () => {
    await site.sp(OWNER).web.lists.getByTitle(LIST_TITLES.records).resetRoleInheritance();
    // Inheriting, every Member could add a record: nobody may sign off, not even an Owner or an approver.
    expect(await site.services(MEMBER_2).governance.canSignOff()).toBe(false);
    expect(await site.services(MEMBER).governance.canSignOff()).toBe(false);
    expect(await site.services(OWNER).governance.canSignOff()).toBe(false);
    const check = await site.services(OWNER).setup.checkSite();
    expect(check.state === 'needsUpdate' ? check.steps.map((step) => step.id) : []).toEqual(['permissions:records']);
    await site.services(OWNER).setup.run(() => undefined);
    expect(await site.services(MEMBER_2).governance.canSignOff()).toBe(true);
    expect(await site.services(OWNER).governance.canSignOff()).toBe(true);
    expect((await permissionsOf(site, 'records')).people).toEqual([]);
  });

  test('on a site set up before: lists that inherit and the set-up person’s direct Full Control are found by the Owner’s check and put right', async () => {
    const web = site.sp(OWNER).web;
    // As the previous version left it: Mappings and Entries inheriting, the Owner's own Full Control on the locked lists.
    await web.lists.getByTitle(LIST_TITLES.mappings).resetRoleInheritance();
    await web.lists.getByTitle(LIST_TITLES.entries).resetRoleInheritance();
    for (const key of ['frameworks', 'settings', 'records', 'documents'] as ListKey[]) {
      await web.lists.getByTitle(LIST_TITLES[key]).roleAssignments.add(6, 1073741829);
    }
    await expect(site.services(MEMBER).setup.checkSite()).resolves.toEqual({ state: 'ready' });
    const check = await site.services(OWNER).setup.checkSite();
    expect(check.state === 'needsUpdate' ? check.steps.map((step) => step.id) : []).toEqual([
      'permissions:mappings',
      'permissions:entries',
      'permissions:frameworks',
      'permissions:settings',
      'permissions:records',
      'permissions:documents'
    ]);
    await site.services(OWNER).setup.run(() => undefined);
    for (const key of LOCKED) {
      const found = await permissionsOf(site, key);
      expect([key, found.unique, found.people]).toEqual([key, true, []]);
    }
    expect(await raw(site, MEMBER, 'POST', `web/lists/getByTitle('${LIST_TITLES.entries}')/items(${entryId})`, undefined, { 'X-HTTP-Method': 'DELETE', 'IF-MATCH': '*' })).toMatchObject({
      status: 403
    });
  });
});

describe('a set-up interrupted at any request', () => {
  let site: TestSite;
  beforeAll(async () => {
    site = await startSite();
  });
  afterAll(() => site.stop());

  /**
   * After a failure, every list that exists and still inherits must be one an Owner is told about:
   * the site is "not set up" (the Owner sees "Set up this site") or the Owner's check lists the
   * step that gives it its own permissions ("Update this site").
   */
  async function expectOwnersAreTold(): Promise<void> {
    const check = await site.services(OWNER).setup.checkSite();
    const lists = await site.sp(OWNER).web.lists.select('Title', 'HasUniqueRoleAssignments')<Array<{ Title: string; HasUniqueRoleAssignments: boolean }>>();
    for (const list of SCHEMA) {
      const found = lists.find((l) => l.Title === list.title);
      if (!found || found.HasUniqueRoleAssignments || check.state === 'notSetUp') {
        continue;
      }
      expect([list.key, check.state === 'needsUpdate' && check.steps.some((step) => step.id === `permissions:${list.key}`)]).toEqual([list.key, true]);
    }
  }

  test('each run is stopped one request further on than the last; the next Owner’s run finishes it', async () => {
    const failedAt = new Set<string>();
    let finished = false;
    // The access check and inspect come first in every run; then the first request of the work left fails,
    // and once a step has failed before (it redoes a read), one request further on.
    let skip = 2;
    let runs = 0;
    const sequence: string[] = [];
    for (; runs < 250 && !finished; runs += 1) {
      await fetch(`${site.server.url}/_local/faults`, { method: 'DELETE' });
      await site.fault({ status: 500, skip, times: 1 });
      let last: SetupStep[] = [];
      try {
        await site.services(OWNER).setup.run((steps) => {
          last = steps;
        });
        finished = true;
      } catch {
        const failed = last.find((step) => step.state === 'failed')?.id ?? 'access check';
        // A step not stopped before: start again right after the access check and inspect; else one request further on.
        skip = failedAt.has(failed) ? skip + 1 : 2;
        failedAt.add(failed);
        sequence.push(`${failed}@${skip}`);
        await fetch(`${site.server.url}/_local/faults`, { method: 'DELETE' });
        await expectOwnersAreTold();
      }
    }
    await fetch(`${site.server.url}/_local/faults`, { method: 'DELETE' });
    if (!finished) {
      console.log(sequence.join(' '));
    }
    expect(finished).toBe(true);
    measured.interruptedSteps = failedAt.size;
    measured.interruptedRuns = runs;
    // Interrupted inside every kind of step, permission steps included.
    expect([...failedAt]).toEqual(expect.arrayContaining(['inspect', 'list:mappings', 'approvers', 'permissionLevel:members', 'permissions:mappings', 'permissions:entries', 'permissions:records', 'permissions:documents']));
    await expect(site.services(OWNER).setup.checkSite()).resolves.toEqual({ state: 'ready', approversManagedBy: 'Olivia Owen' });
    for (const key of LOCKED) {
      const found = await permissionsOf(site, key);
      expect([key, found.unique, found.people]).toEqual([key, true, []]);
    }
  }, 300_000);
});
