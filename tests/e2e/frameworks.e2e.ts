import type { BrowserContext, Page } from 'playwright-core';
import { DEFAULT_FRAMEWORK } from '../../src/model';
import { EMAILS } from '../../local/server/users';
import { DEMO, SAVE_TIMEOUT, appText, gridReady, openMapping, openPath, referenceField } from './support/app';
import { seriousViolations } from './support/axe';
import { contextAs, screenshot } from './support/browser';
import { browserForThisFile, localSiteForThisFile } from './support/lifecycle';

const NEW_DUTY = 'Check the spill kit is complete at the start of each shift';
const REWORDED = 'Maintain accurate and secure records of every examination';
const firstArea = DEFAULT_FRAMEWORK.areas[0];
const secondArea = DEFAULT_FRAMEWORK.areas[1];

async function expectNoSeriousViolations(page: Page, state: string): Promise<void> {
  const violations = await seriousViolations(page);
  expect({ state, violations }).toEqual({ state, violations: [] });
}

async function manageFrameworks(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Manage frameworks' }).click();
  await page.getByRole('heading', { name: 'Frameworks', level: 2 }).waitFor();
}

describe('frameworks: editing, publishing, moving mappings, several frameworks', () => {
  const browser = browserForThisFile();
  const site = localSiteForThisFile();
  const contexts: BrowserContext[] = [];

  afterAll(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  it('an Owner adds a duty and rewords another, publishes version 2 with a note, and sees the comparison', async () => {
    const context = await contextAs(browser, site.url, 'owner');
    contexts.push(context);
    const page = await openPath(context, site, '/');
    await manageFrameworks(page);
    await page.getByRole('button', { name: 'Edit and publish a new version' }).click();
    await page.getByRole('heading', { name: /^Editing / }).waitFor();

    const area1 = page.getByRole('region', { name: `Area 1: ${firstArea.title}` });
    await area1.getByRole('button', { name: 'Add a duty' }).click();
    const added = area1.getByRole('textbox', { name: `Duty ${firstArea.duties.length + 1}`, exact: true });
    // The new, blank duty has focus and its problem is shown beside it; publishing waits.
    expect(await added.evaluate((element) => element === document.activeElement)).toBe(true);
    await area1.getByText(`Area 1, duty ${firstArea.duties.length + 1}: the text is blank; every item needs wording.`).waitFor();
    expect(await page.getByRole('button', { name: 'Publish version 2' }).isDisabled()).toBe(true);
    await page.keyboard.type(NEW_DUTY);

    const area2 = page.getByRole('region', { name: `Area 2: ${secondArea.title}` });
    const reworded = area2.getByRole('textbox', { name: 'Duty 1', exact: true });
    await reworded.fill(REWORDED);
    await page.getByText('No problems: ready to publish.').waitFor();
    await expectNoSeriousViolations(page, 'framework editor');

    await page.getByRole('button', { name: 'Show preview' }).click();
    await page.getByRole('heading', { name: firstArea.title }).first().waitFor();
    await screenshot(page, 'frameworks-01-editor-with-preview');

    await page.getByRole('textbox', { name: 'Change note (what changed and why)' }).fill('Added the spill kit check; clearer wording for records');
    await page.getByRole('button', { name: 'Publish version 2' }).click();
    await page.getByText('Version 2 is published.', { exact: false }).waitFor({ timeout: SAVE_TIMEOUT });

    const versions = page.getByRole('table', { name: /^Versions of / });
    expect(await versions.getByRole('row').nth(1).innerText()).toMatch(/2\s+Olivia Owen\s+\d\d\/\d\d\/\d{4} \d\d:\d\d\s+Added the spill kit check/);
    await page.getByRole('button', { name: 'Compare versions' }).click();
    const comparison = page.getByRole('region', { name: 'Compare two versions' });
    await comparison.getByText(`${firstArea.title}: ${NEW_DUTY}`).waitFor();
    const text = await comparison.innerText();
    expect(text).toContain('Duties added (1)');
    expect(text).toContain('Duties reworded (1)');
    expect(text).toContain(`"${secondArea.duties[0].text}" became "${REWORDED}"`);
    expect(text).not.toContain('Duties removed');
    await expectNoSeriousViolations(page, 'framework list with comparison');
    await screenshot(page, 'frameworks-02-versions-and-comparison');
  });

  it('an existing mapping stays on version 1 until moved, then keeps every entry and shows the new duty as Not yet reviewed', async () => {
    const context = await contextAs(browser, site.url, 'member');
    contexts.push(context);
    const page = await openMapping(context, site, DEMO.generalXray.id);
    const banner = page.getByText('A newer version of this framework exists: version 2 (this mapping uses version 1).');
    await banner.waitFor();
    // Still version 1: the old wording, no new duty.
    expect(await appText(page)).toContain(secondArea.duties[0].text);
    expect(await page.getByRole('combobox', { name: `Status: ${NEW_DUTY}` }).count()).toBe(0);
    const reference = await referenceField(page, 'clean-safe-1').inputValue();
    expect(reference).toBe('JD 3.1; PS Essential 4');

    await page.getByRole('button', { name: 'See what changes' }).click();
    const dialog = page.getByRole('dialog', { name: 'Move this mapping to version 2' });
    await dialog.getByText(`${firstArea.title}: ${NEW_DUTY}`).waitFor();
    const plan = await dialog.innerText();
    expect(plan).toContain('New duties, which arrive as Not yet reviewed (1)');
    expect(plan).toContain('Reworded duties, which keep their entries (1)');
    expect(plan).toMatch(/no longer has \(0\)/);
    await screenshot(page, 'frameworks-03-move-preview', { fullPage: false });
    await dialog.getByRole('button', { name: 'Move to version 2' }).click();

    await gridReady(page);
    await page.getByRole('combobox', { name: `Status: ${NEW_DUTY}` }).waitFor({ timeout: SAVE_TIMEOUT });
    expect(await page.getByRole('combobox', { name: `Status: ${NEW_DUTY}` }).innerText()).toContain('Not yet reviewed');
    expect(await banner.count()).toBe(0);
    expect(await referenceField(page, 'clean-safe-1').inputValue()).toBe(reference);
    expect(await appText(page)).toContain(REWORDED);
  });

  it('an Owner creates a second framework from a copy, and a new mapping uses it', async () => {
    const context = await contextAs(browser, site.url, 'owner');
    contexts.push(context);
    const page = await openPath(context, site, '/');
    await manageFrameworks(page);
    await page.getByRole('button', { name: 'Start a new framework from a copy' }).click();
    const naming = page.getByRole('dialog', { name: 'Start a new framework' });
    await naming.getByRole('textbox', { name: 'Title of the new framework' }).fill('Mapping roles and responsibilities of senior clinical support workers');
    await naming.getByRole('textbox', { name: 'Role' }).fill('Senior clinical support worker');
    await naming.getByRole('textbox', { name: 'Band' }).fill('Band 3');
    await naming.getByRole('button', { name: 'Start editing' }).click();
    await page.getByRole('heading', { name: 'New framework: Senior clinical support worker (Band 3)' }).waitFor();
    await page.getByRole('button', { name: 'Publish version 1' }).click();
    await page.getByText('Version 1 is published.', { exact: false }).waitFor({ timeout: SAVE_TIMEOUT });
    await page.getByRole('heading', { name: 'Senior clinical support worker (Band 3)', level: 3 }).waitFor();

    await page.getByRole('button', { name: 'Back to mappings' }).click();
    await page.getByRole('button', { name: 'Start a new mapping' }).click();
    const dialog = page.getByRole('dialog', { name: 'Start a new mapping' });
    // Fluent draws the radio's label over the input: choose it as a person does, by its label. The choice is React
    // state: wait for the radio to report it. Under load a click during the dialog's opening was lost (seen in a full
    // run, passing alone), so a person's second click is allowed for.
    const band3 = dialog.getByRole('radio', { name: 'Senior clinical support worker (Band 3)', checked: true });
    for (let attempt = 1; attempt <= 3 && !(await band3.isVisible()); attempt++) {
      await dialog.getByText('Senior clinical support worker (Band 3)', { exact: true }).click();
      await band3.waitFor({ timeout: 5000 }).catch(() => undefined);
    }
    await band3.waitFor({ timeout: 5000 });
    expect(await dialog.getByRole('radio', { name: 'Senior clinical support worker (Band 3)' }).isChecked()).toBe(true);
    await dialog.getByRole('textbox', { name: 'Team' }).fill('Band 3 pilot team');
    await screenshot(page, 'frameworks-04-new-mapping-asks-framework', { fullPage: false });
    await dialog.getByRole('button', { name: 'Create mapping' }).click();
    await page.getByRole('heading', { name: 'Mapping for Band 3 pilot team' }).waitFor({ timeout: SAVE_TIMEOUT });
    await page.getByRole('heading', { name: 'Mapping roles and responsibilities of senior clinical support workers' }).waitFor();

    await page.getByRole('button', { name: 'Back to mappings' }).first().click();
    const card = page.getByRole('article', { name: 'Band 3 pilot team' });
    await card.getByText('Senior clinical support worker (Band 3), version 1').waitFor();

    // The overview tells the two frameworks apart by role and band; the new team is under its own framework only.
    await page.getByRole('navigation', { name: 'Duty mapping views' }).getByRole('button', { name: 'Overview', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Overview', exact: true }).waitFor();
    await page.getByRole('combobox', { name: /^Framework/ }).click();
    const options = await page.getByRole('option').allInnerTexts();
    expect(options).toContainEqual(expect.stringMatching(/^Assistant Practitioner \(indicative AfC Band 4\) \(version [\d, ]+\)$/));
    await page.getByRole('option', { name: 'Senior clinical support worker (Band 3) (version 1)', exact: true }).click();
    await page.getByText('Showing 1 of 1 teams').waitFor();
    await page.getByRole('link', { name: 'Band 3 pilot team', exact: true }).waitFor();
  });

  it('a Member sees no framework editor', async () => {
    const context = await contextAs(browser, site.url, 'member');
    contexts.push(context);
    const page = await openPath(context, site, '/');
    await page.getByRole('heading', { name: 'Mappings on this site' }).waitFor();
    expect(await page.getByRole('button', { name: 'Manage frameworks' }).count()).toBe(0);

    // Hiding the button is not the guard: SharePoint refuses a Member's own REST write to the Frameworks list,
    // because set-up gave the list its own permissions (Members and Visitors read).
    const info = await fetch(`${site.siteUrl}/_api/contextinfo`, { method: 'POST', headers: { Accept: 'application/json' } });
    const digest = ((await info.json()) as { FormDigestValue: string }).FormDigestValue;
    const write = await fetch(`${site.siteUrl}/_api/web/lists/getByTitle('Duty Mapping Frameworks')/items`, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-RequestDigest': digest, 'X-Local-User': EMAILS.member },
      body: JSON.stringify({ Title: 'Written around the app' })
    });
    expect(write.status).toBe(403);
  });
});
