import type { BrowserContext, Page } from 'playwright-core';
import { DEMO, SAVE_TIMEOUT, openMapping, openPath, waitForDialog } from './support/app';
import { contextAs, screenshot } from './support/browser';
import { browserForThisFile, localSiteForThisFile } from './support/lifecycle';

const RECORDS = 'Duty Mapping Records';
const PRIYA = 'i:0#.f|membership|priya.patel@imaging.local';

/**
 * Records that hold, as people see them: an approver's MERGE of an Owner's
 * record is shown as a changed record, never as a reopening; a Member's REST
 * change (and an Owner's REST delete) of a signed-off mapping's entries shows
 * on the mapping, with each change, and on the overview.
 */
describe('records that hold', () => {
  const browser = browserForThisFile();
  const site = localSiteForThisFile();
  const contexts: BrowserContext[] = [];

  afterAll(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  /** A REST call as a script would make it, bypassing the app. */
  async function rest(user: string, method: string, path: string, body?: string, headers: Record<string, string> = {}): Promise<Response> {
    const info = await fetch(`${site.siteUrl}/_api/contextinfo`, { method: 'POST', headers: { Accept: 'application/json' } });
    const digest = ((await info.json()) as { FormDigestValue: string }).FormDigestValue;
    return fetch(`${site.siteUrl}/_api/${path}`, {
      method,
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-RequestDigest': digest, 'X-Local-User': user, ...headers },
      body
    });
  }

  async function as(role: 'owner' | 'member' | 'approver'): Promise<BrowserContext> {
    const context = await contextAs(browser, site.url, role);
    contexts.push(context);
    return context;
  }

  async function signOff(page: Page): Promise<void> {
    await page.getByRole('button', { name: 'Sign off…' }).click();
    const dialog = await waitForDialog(page, 'Sign off this mapping');
    await dialog.getByRole('textbox', { name: 'Sign-off note' }).fill('Agreed at panel.');
    await dialog.getByRole('button', { name: 'Sign off', exact: true }).click();
    await page.getByText(/^Signed off by Olivia Owen on /).waitFor({ timeout: SAVE_TIMEOUT });
    await page.getByText(/^Record intact/).waitFor({ timeout: SAVE_TIMEOUT });
  }

  it("shows an approver's MERGE of an Owner's record as a changed record, not as a reopening", async () => {
    expect((await rest('olivia.owen@imaging.local', 'POST', `web/sitegroups/getByName('Imaging duty mapping approvers')/users`, JSON.stringify({ LoginName: PRIYA }))).status).toBe(201);
    const owner = await openMapping(await as('owner'), site, DEMO.generalXray.id);
    await signOff(owner);
    const record = `web/getFileByServerRelativePath(decodedurl='${encodeURIComponent(`/sites/imaging/${RECORDS}/Mapping ${DEMO.generalXray.id} sign-off 1.json`)}')/listItemAllFields`;
    const merged = await rest('priya.patel@imaging.local', 'POST', record, JSON.stringify({ IdmRecordKind: 'Reopened', IdmRecordNote: 'Figures wrong' }), { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' });
    expect(merged.status).toBe(204);

    await owner.reload();
    await owner.getByText('The sign-off of this mapping needs checking.').waitFor({ timeout: SAVE_TIMEOUT });
    await owner.getByText(/^This record was changed after it was made, by Priya Patel on \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}; the original is kept in its version history\.$/).waitFor();
    expect(await owner.getByText(/^Reopened by/).count()).toBe(0);
    await screenshot(owner, 'records-01-changed-record', { fullPage: false });
  });

  it("shows a Member's REST change and a REST delete of a signed-off mapping's entries on the mapping, with each change, and on the overview", async () => {
    const owner = await openMapping(await as('owner'), site, DEMO.ct.id);
    await signOff(owner);
    const entries = (
      (await (await rest('marcus.mensah@imaging.local', 'GET', `web/lists/getByTitle('Duty Mapping Entries')/items?$filter=IdmMappingId eq ${DEMO.ct.id}&$orderby=ID&$select=ID,IdmComments`)).json()) as {
        value: Array<{ ID: number; IdmComments: string | null }>;
      }
    ).value;
    const changed = await rest('marcus.mensah@imaging.local', 'POST', `web/lists/getByTitle('Duty Mapping Entries')/items(${entries[0].ID})`, JSON.stringify({ IdmComments: 'Changed by REST' }), {
      'X-HTTP-Method': 'MERGE',
      'IF-MATCH': '*'
    });
    expect(changed.status).toBe(204);
    // Members may not delete entries (their level has no Delete Items); an Owner's script deletes one.
    const deleted = await rest('olivia.owen@imaging.local', 'POST', `web/lists/getByTitle('Duty Mapping Entries')/items(${entries[1].ID})`, undefined, { 'X-HTTP-Method': 'DELETE', 'IF-MATCH': '*' });
    expect(deleted.status).toBe(200);

    const member = await openMapping(await as('member'), site, DEMO.ct.id);
    await member.getByText(/^Changed after sign-off: 2 duties, by Marcus Mensah\.$/).waitFor({ timeout: SAVE_TIMEOUT });
    const list = member.getByRole('list', { name: 'Changes since sign-off' });
    const text = await list.innerText();
    expect(text).toContain('Changed by REST');
    expect(text).toMatch(/deleted after sign-off/);
    await member.getByText(/^Signed off by Olivia Owen on /).waitFor();
    await screenshot(member, 'records-02-changed-after-sign-off', { fullPage: false });

    const overview = await openPath(await as('member'), site, '/');
    await overview.getByRole('navigation', { name: 'Duty mapping views' }).getByRole('button', { name: 'Overview', exact: true }).click();
    await overview.getByText('Changed after sign-off').first().waitFor({ timeout: SAVE_TIMEOUT });
    await screenshot(overview, 'records-03-overview-flag', { fullPage: false });
  });
});
