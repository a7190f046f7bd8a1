import { JSDOM } from 'jsdom';
import type { BrowserContext, Page } from 'playwright-core';
import { openZip, readWord } from '../documents/write/officeReaders';
import { CONFLICT_TITLE, DEMO, SAVE_TIMEOUT, appText, commentsField, dutyName, openMapping, saveState, waitForDialog, waitForSaved } from './support/app';
import { contextAs, screenshot } from './support/browser';
import { browserForThisFile, localSiteForThisFile } from './support/lifecycle';

// The Word reader parses XML with the DOM's parser; this journey runs in Node, so jsdom supplies one.
Object.assign(globalThis, { DOMParser: new JSDOM('').window.DOMParser });

const DUTY = 'clean-safe-1';
const RECORDS = 'Duty Mapping Records';
const LATE = ' Typed while the approver signed off.';
const REFUSED = 'This mapping was signed off while you were editing, so your last changes were not saved.';

describe('sign-off journey', () => {
  const browser = browserForThisFile();
  const site = localSiteForThisFile();
  const contexts: BrowserContext[] = [];

  afterAll(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  /** The Owner's REST call, as a script would make it (not through the app). */
  async function asOwner(method: string, path: string, body?: string): Promise<Response> {
    const info = await fetch(`${site.siteUrl}/_api/contextinfo`, { method: 'POST', headers: { Accept: 'application/json' } });
    const digest = ((await info.json()) as { FormDigestValue: string }).FormDigestValue;
    return fetch(`${site.siteUrl}/_api/${path}`, {
      method,
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-RequestDigest': digest, 'X-Local-User': 'olivia.owen@imaging.local' },
      body
    });
  }

  async function open(role: 'owner' | 'member' | 'approver'): Promise<Page> {
    const context = await contextAs(browser, site.url, role);
    contexts.push(context);
    return openMapping(context, site, DEMO.generalXray.id);
  }

  async function editComment(page: Page, text: string): Promise<void> {
    const field = commentsField(page, DUTY);
    await field.click();
    await page.keyboard.press('End');
    await page.keyboard.type(text);
    await field.blur();
    await waitForSaved(page);
  }

  it('a Member marks ready, an approver signs off, the record is kept, the mapping turns read-only, an Owner reopens, History shows both edits', async () => {
    const added = await asOwner('POST', `web/sitegroups/getByName('Imaging duty mapping approvers')/users`, JSON.stringify({ LoginName: 'i:0#.f|membership|priya.patel@imaging.local' }));
    expect(added.status).toBe(201);

    const member = await open('member');
    await editComment(member, ' Checked by Marcus.');
    await member.getByRole('button', { name: 'Mark ready for sign-off' }).click();
    await member.getByText('Ready for sign-off.', { exact: true }).waitFor({ timeout: SAVE_TIMEOUT });
    expect(await member.getByRole('button', { name: 'Sign off…' }).count()).toBe(0);

    // The Member keeps typing while their saves cannot get through (the connection drops)...
    await member.route('**/_api/$batch', (route) => route.abort('internetdisconnected'));
    const lateField = commentsField(member, DUTY);
    await lateField.click();
    await member.keyboard.press('End');
    await member.keyboard.type(LATE);
    await lateField.blur();
    await saveState(member).filter({ hasText: /^Couldn't save/ }).waitFor({ timeout: SAVE_TIMEOUT });

    const approver = await open('approver');
    await editComment(approver, ' Agreed by Priya.');
    await approver.getByRole('button', { name: 'Sign off…' }).click();
    const signDialog = await waitForDialog(approver, 'Sign off this mapping');
    await signDialog.getByRole('textbox', { name: 'Sign-off note' }).fill('Agreed at the band 4 panel.');
    await signDialog.getByRole('button', { name: 'Sign off', exact: true }).click();
    await approver.getByText(/^Signed off by Priya Patel on \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}\./).waitFor({ timeout: SAVE_TIMEOUT });
    expect(await appText(approver)).toContain('Sign-off note: Agreed at the band 4 panel.');
    await screenshot(approver, 'signoff-01-signed-off', { fullPage: false });

    // The record is in the library with its columns, added by the approver.
    const rows = await asOwner(
      'GET',
      `web/lists/getByTitle('${RECORDS}')/items?$select=FileLeafRef,IdmRecordTeam,IdmRecordMappingId,IdmRecordFrameworkVersion,IdmRecordKind,IdmRecordSignedOffBy,Author/Title&$expand=Author&$filter=IdmRecordMappingId eq ${DEMO.generalXray.id}`
    );
    const records = ((await rows.json()) as { value: Array<Record<string, unknown>> }).value;
    const snapshot = records.find((row) => String(row.FileLeafRef).endsWith('.json'));
    expect(snapshot).toMatchObject({
      FileLeafRef: `Mapping ${DEMO.generalXray.id} sign-off 1.json`,
      IdmRecordTeam: DEMO.generalXray.team,
      IdmRecordMappingId: DEMO.generalXray.id,
      IdmRecordFrameworkVersion: 1,
      IdmRecordKind: 'Signed off',
      IdmRecordSignedOffBy: 'Priya Patel',
      Author: expect.objectContaining({ Title: 'Priya Patel' })
    });
    const file = await asOwner('GET', `web/getFileByServerRelativePath(decodedUrl='${encodeURIComponent(`/sites/imaging/${RECORDS}/${String(snapshot?.FileLeafRef)}`)}')/$value`);
    // Beside it, the Word document of the same sign-off, with the same columns.
    const documentRow = records.find((row) => String(row.FileLeafRef).endsWith('.docx'));
    expect(documentRow).toMatchObject({ FileLeafRef: `Mapping ${DEMO.generalXray.id} sign-off 1.docx`, IdmRecordKind: 'Signed off', IdmRecordSignedOffBy: 'Priya Patel' });
    const docxFile = await asOwner('GET', `web/getFileByServerRelativePath(decodedUrl='${encodeURIComponent(`/sites/imaging/${RECORDS}/${String(documentRow?.FileLeafRef)}`)}')/$value`);
    const docxBytes = new Uint8Array(await docxFile.arrayBuffer());
    // Word opens it: a package whose main part is a WordprocessingML document, every XML part well-formed, the team and the approver's edit in it.
    const contentTypes = await (await openZip(docxBytes)).file('[Content_Types].xml')?.async('string');
    expect(contentTypes).toContain('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml');
    const word = await readWord(docxBytes);
    const cells = word.tables.flatMap((table) => table.flatMap((row) => row.cells)).join('\n');
    expect(cells).toContain(DEMO.generalXray.team);
    expect(cells).toContain('Agreed by Priya.');
    const stored = (JSON.parse(await file.text()) as { payload: { note: string; snapshot: { entries: Array<{ dutyId: string; comments: string }> } } }).payload;
    expect(stored.note).toBe('Agreed at the band 4 panel.');
    expect(stored.snapshot.entries.find((entry) => entry.dutyId === DUTY)?.comments).toContain('Agreed by Priya.');

    expect(stored.snapshot.entries.find((entry) => entry.dutyId === DUTY)?.comments).not.toContain(LATE.trim());

    // ...and when the connection is back, their save reaches a signed-off mapping: refused, said plainly, kept in the browser.
    await member.unroute('**/_api/$batch');
    await member.evaluate(() => window.dispatchEvent(new Event('online')));
    await member.getByText(REFUSED).waitFor({ timeout: SAVE_TIMEOUT });
    await member.getByText(/^Signed off by Priya Patel on /).waitFor({ timeout: SAVE_TIMEOUT });
    expect(await commentsField(member, DUTY).isEditable()).toBe(false);
    await screenshot(member, 'signoff-03-late-save-refused', { fullPage: false });

    // A Member now sees it read-only.
    await member.reload();
    await member.getByText(/^Signed off by Priya Patel on /).waitFor({ timeout: SAVE_TIMEOUT });
    expect(await commentsField(member, DUTY).isEditable()).toBe(false);
    expect(await member.getByRole('button', { name: 'Reopen…' }).count()).toBe(0);
    await member.getByText(REFUSED).waitFor({ timeout: SAVE_TIMEOUT });

    // The Owner reopens with a reason; the reason is kept.
    const owner = await open('owner');
    await owner.getByRole('button', { name: 'Reopen…' }).click();
    const reopenDialog = await waitForDialog(owner, 'Reopen this mapping');
    await reopenDialog.getByRole('button', { name: 'Reopen', exact: true }).click();
    await reopenDialog.getByText('Say why the mapping is being reopened.').waitFor();
    await reopenDialog.getByRole('textbox', { name: 'Reason for reopening' }).fill('New job description from March.');
    await reopenDialog.getByRole('button', { name: 'Reopen', exact: true }).click();
    await owner.getByText(/^Reopened by Olivia Owen on .*: New job description from March\.$/).waitFor({ timeout: SAVE_TIMEOUT });
    expect(await commentsField(owner, DUTY).isEditable()).toBe(true);

    // History of the duty: both edits, with their authors.
    await owner.getByRole('button', { name: `History of ${dutyName(DUTY)}`, exact: true }).click();
    const panel = owner.getByRole('dialog', { name: 'Change history' });
    await panel.getByText(/^Priya Patel on /).waitFor({ timeout: SAVE_TIMEOUT });
    const text = await panel.innerText();
    expect(text).toMatch(/Marcus Mensah on \d{2}\/\d{2}\/\d{4}/);
    expect(text).toContain('Checked by Marcus.');
    expect(text).toContain('Agreed by Priya.');
    await screenshot(owner, 'signoff-02-history', { fullPage: false });

    // Reopened: the Member's refused text is offered back from the browser's drafts, to keep or drop.
    await member.reload();
    const offered = await waitForDialog(member, CONFLICT_TITLE);
    expect(await offered.innerText()).toContain(LATE.trim());
    await offered.getByRole('button', { name: 'Keep my version' }).click();
    await waitForSaved(member);
    expect(await commentsField(member, DUTY).inputValue()).toContain(LATE.trim());
  });
});
