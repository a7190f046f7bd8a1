/** @jest-environment node */
import '@pnp/sp/site-groups/web';
import '@pnp/sp/files';
import '@pnp/sp/folders';
import { PermissionKind } from '@pnp/sp/security';
import { MEMBER, OWNER, TestServer, VISITOR, digestFor, startTestServer } from './helpers';

let t: TestServer;
const LOCKED = 'Locked Config';
const RECORDS = 'Signed Records';
const APPROVERS = 'Test approvers';
const APPROVER = 'i:0#.f|membership|priya.patel@imaging.local';
let approversId = 0;

/** A request as any script could send it: fetch, a digest, and the local user header. */
async function raw(login: string, method: string, path: string, body?: string, headers: Record<string, string> = {}): Promise<{ status: number; json: unknown }> {
  const digest = await digestFor(t.server.siteUrl);
  const r = await fetch(`${t.server.siteUrl}/_api/${path}`, {
    method,
    headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-RequestDigest': digest, 'X-Local-User': login, ...headers },
    body
  });
  const text = await r.text();
  return { status: r.status, json: text === '' ? undefined : (JSON.parse(text) as unknown) };
}

const ACCESS_DENIED = { 'odata.error': { code: '-2147024891, System.UnauthorizedAccessException', message: { lang: 'en-US', value: 'Access denied.' } } };

beforeAll(async () => {
  t = await startTestServer();
  const web = t.sp().web;
  await web.lists.add(LOCKED, '', 100);
  await web.lists.add(RECORDS, '', 101);
  await web.lists.getByTitle(LOCKED).items.add({ Title: 'Framework v1' });
  const owners = await web.associatedOwnerGroup();
  const members = await web.associatedMemberGroup();
  const visitors = await web.associatedVisitorGroup();
  const fullControl = await web.roleDefinitions.getByType(5)();
  const read = await web.roleDefinitions.getByType(2)();
  const contribute = await web.roleDefinitions.getByType(3)();
  const group = await web.siteGroups.add({ Title: APPROVERS, Description: 'Sign off mappings' });
  approversId = group.Id;
  await web.siteGroups.getById(approversId).users.add(APPROVER);
  for (const title of [LOCKED, RECORDS]) {
    const list = web.lists.getByTitle(title);
    await list.breakRoleInheritance(false, true);
    await list.roleAssignments.add(owners.Id, fullControl.Id);
    await list.roleAssignments.add(members.Id, read.Id);
    await list.roleAssignments.add(visitors.Id, read.Id);
  }
  await web.lists.getByTitle(RECORDS).roleAssignments.add(approversId, contribute.Id);
});

afterAll(async () => {
  await t.stop();
});

describe('per-list permissions over raw HTTP', () => {
  it('reports unique permissions and the assignments set', async () => {
    const list = await t.sp().web.lists.getByTitle(LOCKED).select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>();
    expect(list.HasUniqueRoleAssignments).toBe(true);
    const r = await raw(OWNER, 'GET', `web/lists/getByTitle('${LOCKED}')/roleassignments?$expand=Member,RoleDefinitionBindings`);
    const rows = (r.json as { value: Array<{ PrincipalId: number; Member: { Title: string }; RoleDefinitionBindings: Array<{ Name: string }> }> }).value;
    const byTitle = Object.fromEntries(rows.map((a) => [a.Member.Title, a.RoleDefinitionBindings.map((d) => d.Name)]));
    expect(byTitle).toEqual({ 'Imaging Owners': ['Full Control'], 'Imaging Members': ['Read'], 'Imaging Visitors': ['Read'], 'Olivia Owen': ['Full Control'] });
  });

  it('a Member can read the locked list but cannot add, edit or delete its items', async () => {
    expect((await raw(MEMBER, 'GET', `web/lists/getByTitle('${LOCKED}')/items`)).status).toBe(200);
    const add = await raw(MEMBER, 'POST', `web/lists/getByTitle('${LOCKED}')/items`, JSON.stringify({ Title: 'Forged framework' }));
    expect(add).toEqual({ status: 403, json: ACCESS_DENIED });
    const edit = await raw(MEMBER, 'POST', `web/lists/getByTitle('${LOCKED}')/items(1)`, JSON.stringify({ Title: 'Rewritten' }), { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' });
    expect(edit.status).toBe(403);
    const del = await raw(MEMBER, 'POST', `web/lists/getByTitle('${LOCKED}')/items(1)`, undefined, { 'X-HTTP-Method': 'DELETE', 'IF-MATCH': '*' });
    expect(del.status).toBe(403);
    const items = await t.sp().web.lists.getByTitle(LOCKED).items.select('Title')();
    expect(items).toEqual([expect.objectContaining({ Title: 'Framework v1' })]);
  });

  it('a Member cannot take the permissions back: no reset, no break, no new assignment', async () => {
    for (const path of [`resetroleinheritance`, `breakroleinheritance(copyroleassignments=true,clearsubscopes=true)`, `roleassignments/addroleassignment(principalid=5,roledefid=1073741829)`]) {
      const r = await raw(MEMBER, 'POST', `web/lists/getByTitle('${LOCKED}')/${path}`);
      expect([path, r.status]).toEqual([path, 403]);
    }
  });

  it("reports each user's effective permissions on the list as the server enforces them", async () => {
    const member = await t.sp(MEMBER).web.lists.getByTitle(LOCKED).currentUserHasPermissions(PermissionKind.EditListItems);
    const memberView = await t.sp(MEMBER).web.lists.getByTitle(LOCKED).currentUserHasPermissions(PermissionKind.ViewListItems);
    const owner = await t.sp(OWNER).web.lists.getByTitle(LOCKED).currentUserHasPermissions(PermissionKind.EditListItems);
    const memberOnWeb = await t.sp(MEMBER).web.currentUserHasPermissions(PermissionKind.EditListItems);
    expect({ member, memberView, owner, memberOnWeb }).toEqual({ member: false, memberView: true, owner: true, memberOnWeb: true });
  });

  it('a Member or Visitor cannot upload to the records library; an approver can', async () => {
    const path = `web/lists/getByTitle('${RECORDS}')/rootFolder/files/addUsingPath(decodedurl='forged.json')`;
    expect(await raw(MEMBER, 'POST', path, '{}')).toEqual({ status: 403, json: ACCESS_DENIED });
    expect((await raw(VISITOR, 'POST', path, '{}')).status).toBe(403);
    const ok = await raw(APPROVER, 'POST', `web/lists/getByTitle('${RECORDS}')/rootFolder/files/addUsingPath(decodedurl='signed.json')`, '{"ok":true}');
    expect(ok.status).toBe(200);
    const overwrite = await raw(MEMBER, 'POST', `web/lists/getByTitle('${RECORDS}')/rootFolder/files/addUsingPath(decodedurl='signed.json',Overwrite=true)`, '{}');
    expect(overwrite.status).toBe(403);
    const del = await raw(MEMBER, 'POST', `web/getFileByServerRelativePath(decodedUrl='%2Fsites%2Fimaging%2F${encodeURIComponent(RECORDS)}%2Fsigned.json')`, undefined, { 'X-HTTP-Method': 'DELETE' });
    expect(del.status).toBe(403);
  });

  it('a Member cannot add themselves to the approvers group; an Owner can add people', async () => {
    const self = await raw(MEMBER, 'POST', `web/sitegroups(${approversId})/users`, JSON.stringify({ LoginName: MEMBER }));
    expect(self).toEqual({ status: 403, json: ACCESS_DENIED });
    const viaName = await raw(MEMBER, 'POST', `web/sitegroups/getByName('${APPROVERS}')/users`, JSON.stringify({ LoginName: MEMBER }));
    expect(viaName.status).toBe(403);
    const openUp = await raw(MEMBER, 'POST', `web/sitegroups(${approversId})`, JSON.stringify({ AllowMembersEditMembership: true }), { 'X-HTTP-Method': 'MERGE' });
    expect(openUp.status).toBe(403);
    const mine = await t.sp(MEMBER).web.currentUser.groups();
    expect(mine.map((g: { Title: string }) => g.Title)).toEqual(['Imaging Members']);
    const approverGroups = await t.sp(APPROVER).web.currentUser.groups();
    expect(approverGroups.map((g: { Title: string }) => g.Title)).toEqual(['Imaging Members', APPROVERS]);
  });

  it('an Owner resets inheritance and the list is writable by Members again', async () => {
    await t.sp().web.lists.add('Temporary', '', 100);
    const list = t.sp().web.lists.getByTitle('Temporary');
    await list.breakRoleInheritance(false);
    expect((await raw(MEMBER, 'GET', `web/lists/getByTitle('Temporary')/items`)).status).toBe(403);
    await list.resetRoleInheritance();
    expect((await raw(MEMBER, 'POST', `web/lists/getByTitle('Temporary')/items`, JSON.stringify({ Title: 'ok' }))).status).toBe(201);
  });
});
