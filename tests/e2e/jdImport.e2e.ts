import type { BrowserContext, Locator, Page } from 'playwright-core';
import { buildDocx, buildPdf, fixtureBlocks } from '../support/jdDocuments';
import { DEMO, foundInControl, gridReady, openPath, referenceField, settled, shownValue, teamField, waitForDialog, waitForSaved } from './support/app';
import { seriousViolations } from './support/axe';
import { USERS, contextAs, screenshot } from './support/browser';
import { browserForThisFile, localSiteForThisFile } from './support/lifecycle';

const TEAM = 'Eastfield General Hospital — General X-ray';
const PANEL = 'Job description and person specification';
const INTRO_START = /^Add this team's job description/;

/** The hidden file input a slot's "Choose a file" button opens. */
function fileInput(panel: Locator, document: 'Job description (JD)' | 'Person specification (PS)'): Locator {
  return panel.locator(`input[type="file"][aria-label="Choose a .docx or .pdf file for the ${document}"]`);
}

/** Presses Tab until the focused element's accessible label is `label`, as a keyboard user would. */
async function tabTo(page: Page, label: string, limit = 80): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    // A button's name is its aria-label, or its text without the icon font's private-use glyph.
    const focused = await page.evaluate(
      () => document.activeElement?.getAttribute('aria-label') ?? (document.activeElement?.textContent ?? '').replace(/[\uE000-\uF8FF]/g, '')
    );
    if (focused.trim() === label) {
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tabbing never reached "${label}".`);
}

describe('adding the JD and PS to a mapping', () => {
  const site = localSiteForThisFile();
  const browser = browserForThisFile();
  let context: BrowserContext;

  beforeAll(async () => {
    context = await contextAs(browser, site.url, 'member');
  });

  it('reads a .docx JD and a .pdf PS, accepts two suggestions with the keyboard, and keeps them after a reload', async () => {
    const page = await openPath(context, site, '/');
    await page.getByRole('button', { name: 'Start a new mapping' }).click();
    const newMapping = await waitForDialog(page, 'Start a new mapping');
    await teamField(newMapping).fill(TEAM);
    await newMapping.getByRole('button', { name: 'Create mapping' }).click();
    await gridReady(page);

    await page.getByRole('button', { name: 'Add JD and PS' }).focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('dialog', { name: PANEL });
    await panel.getByText(INTRO_START).waitFor();

    const jd = Buffer.from(await buildDocx(fixtureBlocks('general-xray-jd.txt')));
    const ps = Buffer.from(await buildPdf(fixtureBlocks('general-xray-ps.txt')));
    await fileInput(panel, 'Job description (JD)').setInputFiles({ name: 'AP JD 2026.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: jd });
    await fileInput(panel, 'Person specification (PS)').setInputFiles({ name: 'AP PS 2026.pdf', mimeType: 'application/pdf', buffer: ps });
    await panel.getByText(/^AP JD 2026\.docx: \d+ clauses read\.$/).waitFor();
    await panel.getByText(/^AP PS 2026\.pdf: \d+ clauses read\.$/).waitFor();
    await panel.getByText('Duty 1 of 24').waitFor();
    await screenshot(page, 'jdimport-01-suggestions');
    expect(await seriousViolations(page)).toEqual([]);

    // Duty 1 (safety in controlled areas): accept JD 3.2.
    await tabTo(page, 'Accept JD 3.2');
    await page.keyboard.press('Enter');
    await panel.getByRole('status').getByText('Accepted JD 3.2: found in and reference updated for this duty.').waitFor();
    // Duty 2: move on without accepting anything.
    await tabTo(page, 'Next duty');
    await page.keyboard.press('Enter');
    await panel.getByText('Duty 2 of 24').waitFor();
    await tabTo(page, 'Next duty');
    await page.keyboard.press('Enter');
    // Duty 3 (hygiene and spills): focus is on the duty; the first suggestion's Accept is the next stop.
    await panel.getByText('Duty 3 of 24').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Accept JD 3.4');
    await page.keyboard.press('Enter');
    await panel.getByText('Now: found in JD; reference JD 3.4').waitFor();
    await screenshot(page, 'jdimport-02-accepted');

    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    expect(await referenceField(page, 'clean-safe-1').inputValue()).toBe('JD 3.2');
    await waitForSaved(page);

    await page.reload();
    await settled(page);
    await page.getByRole('button', { name: `${TEAM}: open the mapping` }).click();
    await gridReady(page);
    expect(await shownValue(foundInControl(page, 'clean-safe-1'))).toBe('JD');
    expect(await referenceField(page, 'clean-safe-1').inputValue()).toBe('JD 3.2');
    expect(await shownValue(foundInControl(page, 'clean-safe-3'))).toBe('JD');
    expect(await referenceField(page, 'clean-safe-3').inputValue()).toBe('JD 3.4');
    // Nothing else was filled in.
    expect(await referenceField(page, 'clean-safe-2').inputValue()).toBe('');

    // The JD and PS were stored with the mapping: opening the panel again reads them from the site, no upload needed.
    await page.getByRole('button', { name: 'Add JD and PS' }).click();
    const reopened = page.getByRole('dialog', { name: PANEL });
    await reopened.getByText(/^AP JD 2026\.docx: \d+ clauses read\.$/).waitFor();
    await reopened.getByText(/^AP PS 2026\.pdf: \d+ clauses read\.$/).waitFor();
    await reopened.getByText(/^Stored for the team: AP JD 2026\.docx, version 1\.0, added by Marcus Mensah on \d{2}\/\d{2}\/\d{4}\.$/).waitFor();
    await reopened.getByText(/^Stored for the team: AP PS 2026\.pdf, version 1\.0, added by Marcus Mensah on /).waitFor();
    await reopened.getByText('Duty 1 of 24').waitFor();
    await screenshot(page, 'jdimport-03-stored');
    expect(await seriousViolations(page)).toEqual([]);

    // Replace the JD: a new version of the same file in the library, which keeps the first.
    const newer = Buffer.from(await buildDocx(fixtureBlocks('ct-mri-jd.txt')));
    await reopened.getByRole('button', { name: 'Replace with another file: the stored Job description (JD), with a .docx or .pdf file' }).waitFor();
    await fileInput(reopened, 'Job description (JD)').setInputFiles({ name: 'AP JD 2027.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: newer });
    await reopened.getByText(/^Stored for the team: AP JD 2027\.docx, version 2\.0, added by Marcus Mensah on /).waitFor();
    const rest = async (path: string): Promise<Response> =>
      fetch(`${site.siteUrl}/_api/${path}`, { headers: { Accept: 'application/json;odata=nometadata', 'X-Local-User': USERS.owner } });
    const items = (await (await rest(`web/lists/getByTitle('Duty Mapping Documents')/items?$select=FileRef,Title&$filter=Title eq 'AP JD 2027.docx'`)).json()) as { value: Array<{ FileRef: string }> };
    expect(items.value).toHaveLength(1);
    const file = `web/GetFileByServerRelativePath(decodedurl='${items.value[0].FileRef}')`;
    const versions = (await (await rest(`${file}/versions`)).json()) as { value: Array<{ VersionLabel: string; Size: number }> };
    expect(versions.value.map((v) => [v.VersionLabel, v.Size])).toEqual([['1.0', jd.byteLength]]);
    expect(Buffer.from(await (await rest(`${file}/versions(512)/$value`)).arrayBuffer()).equals(jd)).toBe(true);
  });

  it('in the Teams tab (dark theme): says what to do instead when a file cannot be read, and keeps the other document', async () => {
    const page = await openPath(context, site, `/?host=teams&theme=dark&subEntityId=mapping:${DEMO.generalXray.id}`);
    await gridReady(page);
    await page.getByRole('button', { name: 'Add JD and PS' }).click();
    const panel = page.getByRole('dialog', { name: PANEL });
    await panel.getByText(INTRO_START).waitFor();
    await fileInput(panel, 'Person specification (PS)').setInputFiles({ name: 'PS.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await buildPdf(fixtureBlocks('ct-mri-ps.txt'))) });
    await panel.getByText(/^PS\.pdf: \d+ clauses read\.$/).waitFor();
    await fileInput(panel, 'Job description (JD)').setInputFiles({ name: 'Old JD.doc', mimeType: 'application/msword', buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) });
    await panel.getByText('Old JD.doc: This is an older Word file (.doc). Open it in Word and save it as .docx, or paste its text.').waitFor();
    await panel.getByText(/^PS\.pdf: \d+ clauses read\.$/).waitFor();

    await panel.getByRole('button', { name: 'Paste text instead' }).first().click();
    await panel.getByLabel('Text of the Job description (JD)').fill('Main duties\n1. Clean and change the <b>MRI coils</b> between sessions.');
    await panel.getByRole('button', { name: 'Use this text' }).click();
    await panel.getByText('Pasted text: 1 clause read.').waitFor();
    // Duty 7 is about MRI coils: the pasted clause is suggested, its markup shown as the text it is.
    for (let duty = 1; duty < 7; duty += 1) {
      await panel.getByRole('button', { name: 'Next duty' }).click();
    }
    await panel.getByText('Duty 7 of 24').waitFor();
    const suggestion = panel.getByRole('listitem').filter({ hasText: 'Clean and change the <b>MRI coils</b> between sessions.' });
    await suggestion.waitFor();
    expect(await suggestion.locator('b').count()).toBe(0);
    expect(await suggestion.locator('mark').allInnerTexts()).toEqual(expect.arrayContaining(['MRI', 'coils']));
    await screenshot(page, 'jdimport-04-teams-dark');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
