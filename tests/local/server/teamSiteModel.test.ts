/** @jest-environment node */
import '@pnp/sp/site-groups/web';
import { PermissionKind } from '@pnp/sp/security';
import { MEMBER, OWNER, TestServer, VISITOR, digestFor, httpError, startTestServer } from './helpers';

/**
 * The permission model of a Microsoft 365 group-connected team site, as SharePoint Online has it:
 * Owners Full Control, Members Edit, Visitors Read; permission levels made by REST; and what each
 * level lets a person delete or change.
 */
let t: TestServer;
const LIST = 'Model Entries';
const NO_DELETE = 'Contribute without delete (test)';
/** Contribute (432/1011028719) without DeleteListItems (0x8) and DeleteVersions (0x80). */
const NO_DELETE_MASK = { High: 432, Low: 1011028719 - 0x8 - 0x80 };
let itemId = 0;

async function raw(login: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: unknown }> {
  const digest = await digestFor(t.server.siteUrl);
  const r = await fetch(`${t.server.siteUrl}/_api/${path}`, {
    method,
    headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-RequestDigest': digest, 'X-Local-User': login, ...headers },
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  const text = await r.text();
  return { status: r.status, json: text === '' ? undefined : (JSON.parse(text) as unknown) };
}

beforeAll(async () => {
  t = await startTestServer();
  await t.sp().web.lists.add(LIST, '', 100, false, { EnableVersioning: true });
  const added = await t.sp().web.lists.getByTitle(LIST).items.add({ Title: 'v1' });
  itemId = added.Id as number;
  await t.sp().web.lists.getByTitle(LIST).items.getById(itemId).update({ Title: 'v2' });
});

afterAll(async () => {
  await t.stop();
});

describe('the team site groups', () => {
  it('gives Owners Full Control, Members Edit and Visitors Read on the web, with SharePoint Online ids and masks', async () => {
    const rows = await t.sp().web.roleAssignments.expand('Member', 'RoleDefinitionBindings')<
      Array<{ Member: { Title: string }; RoleDefinitionBindings: Array<{ Id: number; Name: string; RoleTypeKind: number; BasePermissions: { High: string; Low: string } }> }>
    >();
    const byGroup = Object.fromEntries(rows.map((r) => [r.Member.Title, r.RoleDefinitionBindings.map((d) => [d.Id, d.Name, d.RoleTypeKind, d.BasePermissions.High, d.BasePermissions.Low])]));
    expect(byGroup).toEqual({
      'Imaging Owners': [[1073741829, 'Full Control', 5, '2147483647', '4294967295']],
      'Imaging Visitors': [[1073741826, 'Read', 2, '176', '138612833']],
      'Imaging Members': [[1073741830, 'Edit', 6, '432', '1011030767']]
    });
  });

  it.each([
    [OWNER, { manageLists: true, managePermissions: true, deleteVersions: true }],
    [MEMBER, { manageLists: true, managePermissions: false, deleteVersions: true }],
    [VISITOR, { manageLists: false, managePermissions: false, deleteVersions: false }]
  ])('reports what %s may do on the web', async (login, expected) => {
    const web = t.sp(login).web;
    const mask = await web.getCurrentUserEffectivePermissions();
    expect({
      manageLists: web.hasPermissions(mask, PermissionKind.ManageLists),
      managePermissions: web.hasPermissions(mask, PermissionKind.ManagePermissions),
      deleteVersions: web.hasPermissions(mask, PermissionKind.DeleteVersions)
    }).toEqual(expected);
  });

  it('lets a Member do what Edit allows on an inheriting list: versioning off and on, a version deleted', async () => {
    const list = t.sp(MEMBER).web.lists.getByTitle(LIST);
    await list.update({ EnableVersioning: false });
    await list.update({ EnableVersioning: true });
    const versions = await list.items.getById(itemId).versions.select('VersionId')<Array<{ VersionId: number }>>();
    expect(versions.map((v) => v.VersionId)).toEqual([1024, 512]);
    await list.items.getById(itemId).versions.getById(512).delete();
    expect(await list.items.getById(itemId).versions.select('VersionId')()).toHaveLength(1);
  });

  it("refuses Members and Visitors the list's role assignments (Enumerate Permissions is Full Control's)", async () => {
    expect((await raw(MEMBER, 'GET', `web/lists/getbytitle('${LIST}')/roleassignments`)).status).toBe(403);
    expect((await raw(VISITOR, 'GET', 'web/roleassignments')).status).toBe(403);
    expect((await raw(OWNER, 'GET', 'web/roleassignments')).status).toBe(200);
  });
});

describe('permission levels made by REST', () => {
  let levelId = 0;

  it('creates one as SharePoint Online answers it (201, RoleTypeKind 0) and only for people who may manage permissions', async () => {
    const body = { Name: NO_DELETE, Description: 'Add and edit; no deleting', Order: 0, BasePermissions: { High: String(NO_DELETE_MASK.High), Low: String(NO_DELETE_MASK.Low) } };
    expect((await raw(MEMBER, 'POST', 'web/roledefinitions', body)).status).toBe(403);
    const created = await raw(OWNER, 'POST', 'web/roledefinitions', { ...body, RoleTypeKind: 5 });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ Name: NO_DELETE, RoleTypeKind: 0, Hidden: false, BasePermissions: { High: '432', Low: String(NO_DELETE_MASK.Low) } });
    levelId = (created.json as { Id: number }).Id;
    expect(levelId).toBeGreaterThanOrEqual(1073741974);
    expect((await raw(OWNER, 'POST', 'web/roledefinitions', body)).status).toBe(400);
  });

  it('refuses BasePermissions sent as JSON numbers, as SharePoint Online does', async () => {
    const reply = await raw(OWNER, 'POST', 'web/roledefinitions', { Name: 'Numbers', BasePermissions: { High: 0, Low: 2 } });
    expect(reply.status).toBe(400);
    expect(JSON.stringify(reply.json)).toContain('Edm.Int64');
  });

  it('finds it by name, by id, and with $filter on Name; PnPjs add works too', async () => {
    const web = t.sp().web;
    expect(await web.roleDefinitions.getByName(NO_DELETE).select('Id')()).toMatchObject({ Id: levelId });
    const filtered = await web.roleDefinitions.filter(`Name eq '${NO_DELETE}'`).select('Id')<Array<{ Id: number }>>();
    expect(filtered.map((d) => d.Id)).toEqual([levelId]);
    const added = await web.roleDefinitions.add('Via PnPjs', '', 0, { High: 0, Low: 2 });
    expect(added.data).toMatchObject({ Name: 'Via PnPjs', RoleTypeKind: 0 });
    await web.roleDefinitions.getById(added.data.Id as number).delete();
    expect((await httpError(web.roleDefinitions.getByName('Via PnPjs')())).status).toBe(404);
  });

  it('is enforced: a Member holding it on a list with its own permissions adds and edits but cannot delete anything', async () => {
    const web = t.sp().web;
    const owners = await web.associatedOwnerGroup();
    const members = await web.associatedMemberGroup();
    const list = web.lists.getByTitle(LIST);
    await list.breakRoleInheritance(false, true);
    await list.roleAssignments.add(owners.Id, 1073741829);
    await list.roleAssignments.add(members.Id, levelId);
    await list.roleAssignments.getById(6).delete();
    const member = t.sp(MEMBER).web.lists.getByTitle(LIST);
    const added = await member.items.add({ Title: 'By member' });
    await member.items.getById(added.Id as number).update({ Title: 'By member, edited' });
    const path = `web/lists/getbytitle('${LIST}')`;
    const denied = [
      await raw(MEMBER, 'POST', `${path}/items(${itemId})`, undefined, { 'X-HTTP-Method': 'DELETE', 'IF-MATCH': '*' }),
      await raw(MEMBER, 'DELETE', `${path}/items(${itemId})`, undefined, { 'IF-MATCH': '*' }),
      await raw(MEMBER, 'POST', `${path}/items(${itemId})/recycle`),
      await raw(MEMBER, 'POST', `${path}/items(${itemId})/versions(512)`, undefined, { 'X-HTTP-Method': 'DELETE' }),
      await raw(MEMBER, 'POST', `${path}/items(${itemId})/versions/deleteall`),
      await raw(MEMBER, 'POST', path, { EnableVersioning: false }, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' }),
      await raw(MEMBER, 'POST', path, undefined, { 'X-HTTP-Method': 'DELETE', 'IF-MATCH': '*' }),
      await raw(MEMBER, 'POST', `${path}/fields`, { Title: 'Sneaky', FieldTypeKind: 2 })
    ];
    expect(denied.map((r) => r.status)).toEqual([403, 403, 403, 403, 403, 403, 403, 403]);
    const mask = await member.getCurrentUserEffectivePermissions();
    expect(web.hasPermissions(mask, PermissionKind.EditListItems)).toBe(true);
    expect(web.hasPermissions(mask, PermissionKind.DeleteListItems)).toBe(false);
    expect(web.hasPermissions(mask, PermissionKind.DeleteVersions)).toBe(false);
    expect(await list.select('EnableVersioning')()).toMatchObject({ EnableVersioning: true });
    expect(await list.items.getById(itemId).select('Title')()).toMatchObject({ Title: 'v2' });
  });

  it('removes a principal from a list with its own permissions; the caller of breakRoleInheritance was given Full Control', async () => {
    const rows = await t.sp().web.lists.getByTitle(LIST).roleAssignments.select('PrincipalId')<Array<{ PrincipalId: number }>>();
    // The owner (6) was removed above; the groups stay.
    expect(rows.map((r) => r.PrincipalId).sort()).toEqual([3, 5]);
  });

  it('an Owner still deletes items and versions there', async () => {
    const list = t.sp().web.lists.getByTitle(LIST);
    const added = await list.items.add({ Title: 'Owner temp' });
    await list.items.getById(added.Id as number).recycle();
    expect((await httpError(list.items.getById(added.Id as number)())).status).toBe(404);
  });
});
