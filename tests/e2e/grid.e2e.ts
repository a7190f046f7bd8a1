import type { BrowserContext, Page } from 'playwright-core';
import {
  actionDueField,
  actionOwnerField,
  actionWhatField,
  choose,
  commentsField,
  foundInControl,
  gridReady,
  referenceField,
  saveState,
  settled,
  showMappingDetails,
  shownValue,
  statusControl,
  teamField,
  waitForDialog,
  waitForSaved
} from './support/app';
import { contextAs, screenshot } from './support/browser';
import { browserForThisFile, localSiteForThisFile } from './support/lifecycle';
import { entryBundleFile, localOnly, networkLog, shippedWebPart, workbenchReady } from './support/workbench';

const TEAM = 'Northgate Hospital — MRI';

/** What the owner fills in, duty by duty. */
const GAP = {
  dutyId: 'clean-safe-7',
  foundIn: 'Neither',
  reference: 'Not in JD 2024',
  status: 'Gap',
  comments: 'Radiographers change the coils now.\nOpportunity: APs on the evening list could do it after training.',
  what: 'Add MRI coil handling to the AP competency framework',
  owner: 'MRI superintendent',
  due: '30/09/2026'
};
const IN_PLACE = {
  dutyId: 'communicate-3',
  foundIn: 'JD and PS',
  reference: 'JD 4.2; PS Essential 3',
  status: 'In place',
  comments: 'APs answer reception queries and refer clinical ones to the duty radiographer.'
};
const NOT_APPLICABLE = { dutyId: 'perform-exams-8', status: 'Not applicable', comments: 'Training is led by the practice educator in this team.' };

/**
 * The main journey runs twice: on the local page (the React root mounted by
 * Vite) and on the SPFx workbench, where SharePoint's own loader and
 * ClientSideWebPartManager load the web part bundle out of the .sppkg, so a
 * change that breaks the shipped bundle fails here.
 */
const HOSTS = [
  { name: 'on the local page', path: '/', workbench: false },
  { name: 'on the SPFx workbench (the .sppkg’s bundle)', path: '/workbench', workbench: true }
] as const;

describe.each(HOSTS)('the duty grid $name', (host) => {
  const site = localSiteForThisFile();
  const browser = browserForThisFile();
  let context: BrowserContext;

  beforeAll(async () => {
    context = await contextAs(browser, site.url, 'owner');
    if (host.workbench) {
      await localOnly(context, site.url);
    }
  });

  it('lets an owner start a mapping for a team, fill duties, and find every answer again after a reload', async () => {
    const shot = (name: string): string => (host.workbench ? `workbench-${name}` : name);
    const page = await context.newPage();
    page.on('dialog', (dialog) => {
      throw new Error(`Unexpected browser dialog: ${dialog.message()}`);
    });
    const responses = networkLog(page);
    await page.goto(`${site.url}${host.path}`);
    if (host.workbench) {
      await workbenchReady(page);
    }
    await settled(page);
    await page.getByRole('heading', { name: 'Mappings on this site' }).waitFor();
    await page.getByText('Showing 2 of 2 mappings').waitFor();
    await screenshot(page, shot('grid-01-chooser'));

    await page.getByRole('button', { name: 'Start a new mapping' }).click();
    const newMapping = await waitForDialog(page, 'Start a new mapping');
    await teamField(newMapping).fill(TEAM);
    await screenshot(page, shot('grid-02-new-mapping-dialog'), { fullPage: false });
    await newMapping.getByRole('button', { name: 'Create mapping' }).click();

    await gridReady(page);
    await page.getByRole('heading', { name: `Mapping for ${TEAM}` }).waitFor();
    expect(await saveState(page).innerText()).toBe('All changes saved.');

    await fillDuties(page);
    await waitForSaved(page);
    await screenshot(page, shot('grid-03-filled-and-saved'));

    await page.reload();
    if (host.workbench) {
      await workbenchReady(page);
    }
    await settled(page);
    // A reload starts at the chooser; the new mapping is listed there and opens from its card.
    await page.getByText('Showing 3 of 3 mappings').waitFor();
    await page.getByRole('button', { name: `${TEAM}: open the mapping` }).click();
    await gridReady(page);
    await expectAnswers(page);
    expect(await page.getByRole('alert').count()).toBe(0);
    await screenshot(page, shot('grid-04-after-reload'));

    if (host.workbench) {
      // The web part ran from the bundle file the .sppkg names, served from its ClientSideAssets,
      // loaded by SPFx's sp-loader; the local page's Vite build was never fetched.
      const bundle = entryBundleFile(await shippedWebPart());
      const loaded = responses.filter((response) => new URL(response.url()).pathname === `/workbench/assets/${bundle}`);
      expect(loaded.map((response) => response.status())).toEqual([200, 200]);
      expect(responses.some((response) => /\/workbench\/runtime\/sp-loader-assembly_en-us\.js$/.test(response.url()))).toBe(true);
      expect(responses.filter((response) => new URL(response.url()).pathname.startsWith('/assets/'))).toEqual([]);
    }
  });
});

async function fillDuties(page: Page): Promise<void> {
  await choose(page, foundInControl(page, GAP.dutyId), GAP.foundIn);
  await referenceField(page, GAP.dutyId).fill(GAP.reference);
  await commentsField(page, GAP.dutyId).fill(GAP.comments);
  await choose(page, statusControl(page, GAP.dutyId), GAP.status);
  // A Gap asks what will be done about it, by whom and by when.
  await actionWhatField(page, GAP.dutyId).fill(GAP.what);
  await actionOwnerField(page, GAP.dutyId).fill(GAP.owner);
  await actionDueField(page, GAP.dutyId).fill(GAP.due);
  await actionDueField(page, GAP.dutyId).press('Tab');

  await choose(page, foundInControl(page, IN_PLACE.dutyId), IN_PLACE.foundIn);
  await referenceField(page, IN_PLACE.dutyId).fill(IN_PLACE.reference);
  await choose(page, statusControl(page, IN_PLACE.dutyId), IN_PLACE.status);
  await commentsField(page, IN_PLACE.dutyId).fill(IN_PLACE.comments);

  await choose(page, statusControl(page, NOT_APPLICABLE.dutyId), NOT_APPLICABLE.status);
  await commentsField(page, NOT_APPLICABLE.dutyId).fill(NOT_APPLICABLE.comments);
}

async function expectAnswers(page: Page): Promise<void> {
  expect(await shownValue(foundInControl(page, GAP.dutyId))).toBe(GAP.foundIn);
  expect(await referenceField(page, GAP.dutyId).inputValue()).toBe(GAP.reference);
  expect(await commentsField(page, GAP.dutyId).inputValue()).toBe(GAP.comments);
  expect(await shownValue(statusControl(page, GAP.dutyId))).toBe(GAP.status);
  expect(await actionWhatField(page, GAP.dutyId).inputValue()).toBe(GAP.what);
  expect(await actionOwnerField(page, GAP.dutyId).inputValue()).toBe(GAP.owner);
  expect(await actionDueField(page, GAP.dutyId).inputValue()).toBe(GAP.due);

  expect(await shownValue(foundInControl(page, IN_PLACE.dutyId))).toBe(IN_PLACE.foundIn);
  expect(await referenceField(page, IN_PLACE.dutyId).inputValue()).toBe(IN_PLACE.reference);
  expect(await shownValue(statusControl(page, IN_PLACE.dutyId))).toBe(IN_PLACE.status);
  expect(await commentsField(page, IN_PLACE.dutyId).inputValue()).toBe(IN_PLACE.comments);

  expect(await shownValue(statusControl(page, NOT_APPLICABLE.dutyId))).toBe(NOT_APPLICABLE.status);
  expect(await commentsField(page, NOT_APPLICABLE.dutyId).inputValue()).toBe(NOT_APPLICABLE.comments);
  // Not applicable needs no action.
  expect(await actionWhatField(page, NOT_APPLICABLE.dutyId).count()).toBe(0);

  // The summary counts what was saved; a returning person unfolds it with one click.
  await showMappingDetails(page);
  const summary = page.getByRole('list', { name: 'Status counts for the whole mapping' });
  expect(await summary.innerText()).toMatch(/In place:\s*1/);
  expect(await summary.innerText()).toMatch(/Gap:\s*1/);
  expect(await summary.innerText()).toMatch(/Not applicable:\s*1/);
}
