/**
 * @jest-environment node
 *
 * Sign-off, reopening, records and history through the real data layer, real
 * PnPjs and the local SharePoint server; forged writes are tried over raw HTTP.
 */
import '../../src/data/toolkit/pnp';
import { RECORDS_LIBRARY } from '../../src/data/schema';
import { localToday, reviewDueDate } from '../../src/model';
import { APPROVERS_GROUP } from '../../src/data/governance/groupName';
import type { SignOffInput } from '../../src/services/governance';
import { MEMBER, MEMBER_2, OWNER, VISITOR, expectAppError, siteForThisFile } from './helpers';
import { editEntries, newHeader } from './fixtures';

const site = siteForThisFile({ setUp: true });
const APPROVER = MEMBER_2;
const DOCX = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]);

async function digest(): Promise<string> {
  const r = await fetch(`${site.server.siteUrl}/_api/contextinfo`, { method: 'POST', headers: { Accept: 'application/json' } });
  return ((await r.json()) as { FormDigestValue: string }).FormDigestValue;
}

/** A request as any script could send it, bypassing the app. */
async function raw(user: string, method: string, path: string, body?: string, headers: Record<string, string> = {}): Promise<number> {
  const r = await fetch(`${site.server.siteUrl}/_api/${path}`, {
    method,
    headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-RequestDigest': await digest(), 'X-Local-User': user, ...headers },
    body
  });
  return r.status;
}

async function newMapping(team: string): Promise<number> {
  return site.services(MEMBER).mappings.createMapping({ header: newHeader(team) });
}

function signOffInput(mappingId: number, note = 'Agreed at the band 4 panel'): SignOffInput {
  return { mappingId, team: 'CT', frameworkTitle: 'SoR', frameworkVersion: 1, note, document: DOCX, snapshot: { mappingId } };
}

async function recordNames(): Promise<string[]> {
  const rows = await site.sp(OWNER).web.lists.getByTitle(RECORDS_LIBRARY.title).items.select('FileLeafRef')<Array<{ FileLeafRef: string }>>();
  return rows.map((row) => row.FileLeafRef).sort();
}

beforeAll(async () => {
  await site.sp(OWNER).web.siteGroups.getByName(APPROVERS_GROUP).users.add('i:0#.f|membership|priya.patel@imaging.local');
});

describe('set-up', () => {
  test('turns versioning on, creates the approvers group and gives every list and the records library their own permissions', async () => {
    const web = site.sp(OWNER).web;
    const lists = await web.lists.select('Title', 'EnableVersioning', 'HasUniqueRoleAssignments', 'BaseTemplate')<Array<Record<string, unknown>>>();
    const byTitle = Object.fromEntries(lists.map((l) => [l.Title, l]));
    expect(byTitle['Duty Mappings']).toMatchObject({ EnableVersioning: true, HasUniqueRoleAssignments: true });
    expect(byTitle['Duty Mapping Entries']).toMatchObject({ EnableVersioning: true, HasUniqueRoleAssignments: true });
    expect(byTitle['Duty Mapping Frameworks']).toMatchObject({ HasUniqueRoleAssignments: true });
    expect(byTitle['Duty Mapping Settings']).toMatchObject({ HasUniqueRoleAssignments: true });
    expect(byTitle[RECORDS_LIBRARY.title]).toMatchObject({ HasUniqueRoleAssignments: true, BaseTemplate: 101 });
    await expect(web.siteGroups.getByName(APPROVERS_GROUP).select('Title')()).resolves.toMatchObject({ Title: APPROVERS_GROUP });
  });

  test('upgrades a site whose lists still inherit and keep no versions, and a second run changes nothing', async () => {
    const web = site.sp(OWNER).web;
    await web.lists.getByTitle('Duty Mappings').update({ EnableVersioning: false });
    await web.lists.getByTitle('Duty Mapping Frameworks').resetRoleInheritance();
    await web.lists.getByTitle('Duty Mapping Settings').resetRoleInheritance();
    // An Owner's site check notices, so Owners see "Update this site" until it is done; a Member's check
    // never reads permissions (it may be refused), so it sees only the versioning.
    const before = await site.services(OWNER).setup.checkSite();
    expect(before).toEqual({
      state: 'needsUpdate',
      approversManagedBy: 'Olivia Owen',
      steps: [
        { id: 'versioning', task: 'keepVersions', state: 'pending' },
        { id: 'permissions:frameworks', task: 'ownersOnly', listTitle: 'Duty Mapping Frameworks', state: 'pending' },
        { id: 'permissions:settings', task: 'ownersOnly', listTitle: 'Duty Mapping Settings', state: 'pending' }
      ]
    });
    await expect(site.services(MEMBER).setup.checkSite()).resolves.toEqual({ state: 'needsUpdate', steps: [{ id: 'versioning', task: 'keepVersions', state: 'pending' }] });
    const steps: Array<{ id: string; state: string }> = [];
    await site.services(OWNER).setup.run((all) => steps.splice(0, steps.length, ...all));
    const state = Object.fromEntries(steps.map((s) => [s.id, s.state]));
    expect(state).toMatchObject({ versioning: 'done', approvers: 'skipped', 'permissions:frameworks': 'done', 'permissions:settings': 'done', 'permissions:records': 'skipped' });
    await expect(site.services(MEMBER).setup.checkSite()).resolves.toEqual({ state: 'ready' });
    await expect(site.services(OWNER).setup.checkSite()).resolves.toEqual({ state: 'ready', approversManagedBy: 'Olivia Owen' });
    await site.services(OWNER).setup.run((all) => steps.splice(0, steps.length, ...all));
    expect(steps.filter((s) => s.state === 'done').map((s) => s.id)).toEqual(['inspect']);
  });
});

describe('what SharePoint refuses, tried over raw HTTP', () => {
  test('a Member cannot add, change or delete a framework version', async () => {
    const list = `web/lists/getByTitle('Duty Mapping Frameworks')`;
    expect(await raw(MEMBER, 'POST', `${list}/items`, JSON.stringify({ Title: 'Forged' }))).toBe(403);
    expect(await raw(MEMBER, 'POST', `${list}/items(1)`, JSON.stringify({ Title: 'Forged' }), { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' })).toBe(403);
    expect(await raw(MEMBER, 'POST', `${list}/items(1)`, undefined, { 'X-HTTP-Method': 'DELETE', 'IF-MATCH': '*' })).toBe(403);
    expect(await raw(MEMBER, 'GET', `${list}/items`)).toBe(200);
  });

  test("a Member cannot change the app's settings (the review period); an Owner can", async () => {
    const list = `web/lists/getByTitle('Duty Mapping Settings')`;
    const setting = JSON.stringify({ Title: 'reviewPeriodMonths', IdmSettingValue: '1' });
    expect(await raw(MEMBER, 'POST', `${list}/items`, setting)).toBe(403);
    expect(await raw(VISITOR, 'POST', `${list}/items`, setting)).toBe(403);
    expect(await raw(MEMBER, 'GET', `${list}/items`)).toBe(200);
    expect(await raw(OWNER, 'POST', `${list}/items`, JSON.stringify({ Title: 'unusedSetting', IdmSettingValue: 'x' }))).toBe(201);
  });

  test('a Member cannot add a record, and cannot make themselves an approver', async () => {
    const upload = `web/lists/getByTitle('${RECORDS_LIBRARY.title}')/rootFolder/files/addUsingPath(decodedurl='Mapping 1 sign-off 1.json')`;
    expect(await raw(MEMBER, 'POST', upload, '{"forged":true}')).toBe(403);
    expect(await raw(VISITOR, 'POST', upload, '{"forged":true}')).toBe(403);
    expect(await raw(MEMBER, 'POST', `web/sitegroups/getByName('${APPROVERS_GROUP}')/users`, JSON.stringify({ LoginName: MEMBER }))).toBe(403);
    await expect(site.services(MEMBER).governance.canSignOff()).resolves.toBe(false);
    await expect(site.services(APPROVER).governance.canSignOff()).resolves.toBe(true);
    await expect(site.services(OWNER).governance.canSignOff()).resolves.toBe(true);
  });

  test('a Visitor or a Member cannot sign off through the app either: SharePoint refuses the record', async () => {
    const id = await newMapping('Visitor try');
    for (const user of [VISITOR, MEMBER]) {
      await expectAppError(site.services(user).governance.signOff(signOffInput(id)), 'forbidden');
    }
    await expect(site.services(OWNER).governance.read(id)).resolves.toMatchObject({ state: 'draft', records: [] });
  });
});

describe('lifecycle', () => {
  test('a Member marks ready, an approver signs off within 4 requests, an Owner reopens with a reason', async () => {
    const id = await newMapping('CT');
    await site.services(MEMBER).governance.setReady(id, true);
    await expect(site.services(VISITOR).governance.read(id)).resolves.toMatchObject({ state: 'ready' });

    const approver = site.services(APPROVER);
    await approver.people.currentUser();
    site.server.resetRequestCount();
    const record = await approver.governance.signOff(signOffInput(id));
    expect(site.server.requestCount()).toBeLessThanOrEqual(4);
    expect(record.reviewDue).toBe(new Date(Date.UTC(new Date().getUTCFullYear() + 1, new Date().getUTCMonth(), new Date().getUTCDate())).toISOString().slice(0, 10));

    const state = await site.services(MEMBER).governance.read(id);
    expect(state).toMatchObject({ state: 'signedOff', signedOff: { by: 'Priya Patel', note: 'Agreed at the band 4 panel' } });
    expect(state.signedOff?.documentUrl).toBe(`/sites/imaging/${RECORDS_LIBRARY.title}/Mapping ${id} sign-off 1.docx`);
    const fields = await site.sp(OWNER).web.getFileByServerRelativePath(state.signedOff?.fileUrl ?? '').listItemAllFields.select('IdmRecordTeam', 'IdmRecordMappingId', 'IdmRecordFrameworkVersion', 'IdmRecordSignedOffBy')();
    expect(fields).toMatchObject({ IdmRecordTeam: 'CT', IdmRecordMappingId: id, IdmRecordFrameworkVersion: 1, IdmRecordSignedOffBy: 'Priya Patel' });
    const docx = new Uint8Array(await site.sp(VISITOR).web.getFileByServerRelativePath(state.signedOff?.documentUrl ?? '').getBuffer());
    expect(docx).toEqual(DOCX);

    // A Member cannot reopen: the reopening is a record too.
    await expectAppError(site.services(MEMBER).governance.reopen(id, 'I want to edit'), 'forbidden');
    await site.services(OWNER).people.currentUser();
    await site.services(OWNER).governance.reopen(id, 'New JD from March');
    const reopened = await site.services(MEMBER).governance.read(id);
    expect(reopened).toMatchObject({ state: 'draft', reopened: { by: 'Olivia Owen', note: 'New JD from March' } });

    // Signing off again adds new files, numbered on from every record of the mapping; nothing is overwritten.
    await approver.governance.signOff(signOffInput(id, 'Second panel'));
    const names = (await recordNames()).filter((name) => name.startsWith(`Mapping ${id} `));
    expect(names).toEqual([`Mapping ${id} reopened 2.json`, `Mapping ${id} sign-off 1.docx`, `Mapping ${id} sign-off 1.json`, `Mapping ${id} sign-off 3.docx`, `Mapping ${id} sign-off 3.json`]);
  });

  test("the review date is the site's review period after the day of sign-off (Settings list) and feeds the overview", async () => {
    const id = await newMapping('Fluoroscopy');
    const settings = site.sp(OWNER).web.lists.getByTitle('Duty Mapping Settings');
    const item = (await settings.items.add({ Title: 'reviewPeriodMonths', IdmSettingValue: '18' })) as { Id: number };
    const approver = site.services(APPROVER);
    const record = await approver.governance.signOff(signOffInput(id));
    expect(record.reviewDue).toBe(reviewDueDate(localToday(), 18));
    await expect(site.services(MEMBER).governance.read(id)).resolves.toMatchObject({ signedOff: { reviewDue: reviewDueDate(localToday(), 18) } });
    await settings.items.getById(item.Id).delete();
    // The overview shows the date set at sign-off, in the same one request; a reopened mapping is no longer signed off.
    const overviewRow = async (): Promise<unknown> => (await site.services(VISITOR).overview.loadOverview()).mappings.find((m) => m.id === id);
    await expect(overviewRow()).resolves.toMatchObject({ signedOffReviewDue: reviewDueDate(localToday(), 18) });
    await site.services(OWNER).people.currentUser();
    await site.services(OWNER).governance.reopen(id, 'Changed rota');
    await expect(overviewRow()).resolves.not.toHaveProperty('signedOffReviewDue');
  });

  test('two approvers signing off at once: one succeeds, the other gets a conflict, one record', async () => {
    const id = await newMapping('MRI');
    const results = await Promise.allSettled([site.services(APPROVER).governance.signOff(signOffInput(id)), site.services(OWNER).governance.signOff(signOffInput(id))]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const failed = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(failed.reason).toMatchObject({ kind: 'conflict' });
    expect((await recordNames()).filter((name) => name.startsWith(`Mapping ${id} `))).toEqual([`Mapping ${id} sign-off 1.docx`, `Mapping ${id} sign-off 1.json`]);
  });

  test('a record upload that fails leaves the mapping not signed off, says so, and leaves no half record', async () => {
    const id = await newMapping('Ultrasound');
    await site.fault({ status: 503, retryAfter: 0, times: 10, pathContains: '.json' });
    await expectAppError(site.services(APPROVER).governance.signOff(signOffInput(id)), 'throttled');
    await fetch(`${site.server.url}/_local/faults`, { method: 'DELETE' });
    await expect(site.services(MEMBER).governance.read(id)).resolves.toMatchObject({ state: 'draft', records: [] });
    // The Word document already uploaded stays (approvers may not delete records) with its columns
    // cleared: a file without columns counts for nothing, and the next sign-off takes the next number.
    expect((await recordNames()).filter((name) => name.startsWith(`Mapping ${id} `))).toEqual([`Mapping ${id} sign-off 1.docx`]);
    await site.services(APPROVER).governance.signOff(signOffInput(id));
    await expect(site.services(MEMBER).governance.read(id)).resolves.toMatchObject({ state: 'signedOff', signedOff: { number: 2 } });
  });
});

describe('history', () => {
  test("a duty's history lists each field change with who made it, in one request", async () => {
    const id = await newMapping('Nuclear medicine');
    const member = site.services(MEMBER);
    const opened = await member.mappings.openMapping(id);
    const [change] = editEntries(opened, 1, 'member');
    await member.mappings.saveChanges(id, { entries: [change] });
    const owner = site.services(OWNER);
    const again = await owner.mappings.openMapping(id);
    const entry = again.mapping.entries.find((e) => e.dutyId === change.entry.dutyId);
    if (!entry) {
      throw new Error('entry missing');
    }
    await owner.mappings.saveChanges(id, { entries: [{ entry: { ...entry, status: 'gap', comments: `${entry.comments} and more` }, etag: again.entryEtags[entry.dutyId] }] });
    site.server.resetRequestCount();
    const history = await owner.governance.dutyHistory(id, entry.dutyId);
    expect(site.server.requestCount()).toBe(1);
    expect(history.map((h) => h.by)).toEqual(['Olivia Owen', 'Marcus Mensah', 'Marcus Mensah']);
    expect(history[0].changes).toEqual(
      expect.arrayContaining([
        { field: 'status', from: change.entry.status, to: 'gap' },
        { field: 'comments', from: change.entry.comments, to: `${change.entry.comments} and more` }
      ])
    );
  });
});
