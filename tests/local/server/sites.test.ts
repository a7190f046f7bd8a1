/** @jest-environment node */
/**
 * Several site collections on one server, and the tenant app catalog's tenant properties, read
 * with real PnPjs over HTTP as SharePoint Online answers them (docs/sharepoint-rest-sites.md).
 */
import '@pnp/sp/site-groups/web';
import { EMAILS, claimsLogin } from '../../../local/server/users';
import { MEMBER, TestServer, httpError, pnp, startTestServer } from './helpers';

const STLUKES = '/sites/stlukes';
const VISITOR = claimsLogin(EMAILS.visitor);
let t: TestServer;

beforeAll(async () => {
  t = await startTestServer({ sites: [{ path: STLUKES, title: 'St Luke’s', roles: { [EMAILS.visitor]: 'none' } }] });
});

afterAll(async () => {
  await t.stop();
});

describe('site collections', () => {
  it('gives each site its own web, lists and groups', async () => {
    const other = pnp(t.server.siteUrlOf(STLUKES));
    await other.web.lists.add('Only on St Luke’s', '', 100);
    const [imagingLists, stLukesLists] = await Promise.all([t.sp().web.lists.select('Title')(), other.web.lists.select('Title')()]);
    expect(stLukesLists.map((l) => l.Title)).toContain('Only on St Luke’s');
    expect(imagingLists.map((l) => l.Title)).not.toContain('Only on St Luke’s');
    expect((await other.web.select('Title', 'ServerRelativeUrl')()).ServerRelativeUrl).toBe(STLUKES);
    expect((await other.web.siteGroups.select('Title')()).map((g) => g.Title)).toContain('St Luke’s Members');
  });

  it('refuses everything to someone left out of a site, with SharePoint’s 403', async () => {
    const failure = await httpError(pnp(t.server.siteUrlOf(STLUKES), VISITOR).web.lists());
    expect(failure.status).toBe(403);
    expect(JSON.stringify(failure.body)).toContain('System.UnauthorizedAccessException');
    // The same person still reads the site they belong to.
    await expect(pnp(t.server.siteUrl, VISITOR).web.lists()).resolves.toBeDefined();
  });

  it('answers 404 for a site collection it does not host', async () => {
    const r = await fetch(`${t.server.url}/sites/nowhere/_api/web`, { headers: { Accept: 'application/json' } });
    expect(r.status).toBe(404);
  });

  it('adds a site collection while running, through /_local/sites', async () => {
    const r = await fetch(`${t.server.url}/_local/sites`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ path: '/sites/ct-division', title: 'CT division' }) });
    expect(r.status).toBe(201);
    const web = await pnp(t.server.siteUrlOf('/sites/ct-division')).web.select('Title')();
    expect(web.Title).toBe('CT division');
    const refused = await fetch(`${t.server.url}/_local/sites`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ path: 'https://elsewhere/x', title: 'x' }) });
    expect(refused.status).toBe(400);
  });
});

describe('tenant properties (storage entities)', () => {
  const KEY = 'ImagingDutyMappingSites';

  it('answers a key that is not set with odata.null, from any site', async () => {
    const r = await fetch(`${t.server.siteUrl}/_api/web/GetStorageEntity('NotSet')`, { headers: { Accept: 'application/json;odata=nometadata' } });
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ 'odata.null': true });
  });

  it('is set on the app catalog by its owner and read from every site', async () => {
    const value = JSON.stringify([t.server.siteUrl, t.server.siteUrlOf(STLUKES)]);
    await pnp(t.server.appCatalogUrl).web.setStorageEntity(KEY, value, 'Department sites', 'Set by the demo');
    for (const site of [t.server.siteUrl, t.server.siteUrlOf(STLUKES), t.server.appCatalogUrl]) {
      const entity = await pnp(site, MEMBER).web.getStorageEntity(KEY);
      expect(entity).toEqual(expect.objectContaining({ Value: value, Description: 'Department sites', Comment: 'Set by the demo' }));
    }
    const bare = await fetch(`${t.server.siteUrl}/_api/web/GetStorageEntity('${KEY}')`, { headers: { Accept: 'application/json;odata=nometadata' } });
    expect(await bare.json()).toEqual({ Comment: 'Set by the demo', Description: 'Department sites', Value: value });
    const verbose = await fetch(`${t.server.siteUrl}/_api/web/GetStorageEntity('${KEY}')`, { headers: { Accept: 'application/json;odata=verbose' } });
    expect(await verbose.json()).toEqual({
      d: { __metadata: { type: 'Microsoft.SharePoint.ClientSideComponent.StorageEntity' }, Comment: 'Set by the demo', Description: 'Department sites', Value: value }
    });
  });

  it('refuses to set a property anywhere but the app catalog, or by anyone but its owners', async () => {
    expect((await httpError(pnp(t.server.siteUrl).web.setStorageEntity('Elsewhere', 'x'))).status).toBe(403);
    expect((await httpError(pnp(t.server.appCatalogUrl, MEMBER).web.setStorageEntity('ByAMember', 'x'))).status).toBe(403);
    const after = await fetch(`${t.server.siteUrl}/_api/web/GetStorageEntity('ByAMember')`, { headers: { Accept: 'application/json;odata=nometadata' } });
    expect(await after.json()).toEqual({ 'odata.null': true });
  });

  it('removes a property', async () => {
    await pnp(t.server.appCatalogUrl).web.setStorageEntity('Temporary', 'x');
    await pnp(t.server.appCatalogUrl).web.removeStorageEntity('Temporary');
    const after = await fetch(`${t.server.siteUrl}/_api/web/GetStorageEntity('Temporary')`, { headers: { Accept: 'application/json;odata=nometadata' } });
    expect(await after.json()).toEqual({ 'odata.null': true });
  });

  it('tells where the tenant app catalog is', async () => {
    const r = await fetch(`${t.server.siteUrl}/_api/SP_TenantSettings_Current`, { headers: { Accept: 'application/json;odata=nometadata' } });
    expect(await r.json()).toEqual({ CorporateCatalogUrl: t.server.appCatalogUrl });
  });

});

describe('a person who has left (last: it changes the directory for the rest of this file)', () => {
  const LEAVER = claimsLogin(EMAILS.assistantPractitioner);

  it('resolves them before they leave, and on no site afterwards, as SharePoint Online answers', async () => {
    const stLukes = pnp(t.server.siteUrlOf(STLUKES));
    expect((await t.sp().web.siteUsers.getByLoginName(LEAVER).select('Title')()).Title).toBe("Daniel O'Brien");
    t.server.markLeft(EMAILS.assistantPractitioner);
    for (const sp of [t.sp(), stLukes]) {
      // Gone from the site's user list (so from the people picker's search too).
      expect((await sp.web.siteUsers.select('LoginName')()).map((u) => u.LoginName)).not.toContain(LEAVER);
      expect((await sp.web.siteUsers.filter(`LoginName eq '${LEAVER}'`).select('LoginName')())).toEqual([]);
      const byLogin = await httpError(sp.web.siteUsers.getByLoginName(LEAVER)());
      expect(byLogin.status).toBe(404);
      expect(JSON.stringify(byLogin.body)).toContain('User cannot be found.');
      // web/GetUserById answers 500 for a user it cannot find (pnpcore's recorded GetUserMissingTest).
      expect((await httpError(sp.web.getUserById(10)())).status).toBe(500);
      // ensureuser cannot bring them back: 400, "The specified user … could not be found."
      const ensured = await httpError(sp.web.ensureUser(LEAVER));
      expect(ensured.status).toBe(400);
      expect(JSON.stringify(ensured.body)).toContain(`The specified user ${LEAVER} could not be found.`);
    }
    // Nor can they sign in to any site.
    expect((await httpError(pnp(t.server.siteUrl, LEAVER).web.lists())).status).toBe(403);
    // Everyone else is as before.
    expect((await t.sp().web.siteUsers.getByLoginName(claimsLogin(EMAILS.secondMember)).select('Title')()).Title).toBe('Priya Patel');
  });
});
