import type { BrowserContext, Page } from 'playwright-core';
import {
  actionDueField,
  actionOwnerField,
  actionWhatField,
  choose,
  commentsField,
  foundInControl,
  gridReady,
  openPath,
  referenceField,
  saveState,
  settled,
  shownValue,
  statusControl,
  teamField,
  waitForDialog,
  waitForSaved
} from './support/app';
import { contextAs, screenshot } from './support/browser';
import { browserForThisFile, localSiteForThisFile } from './support/lifecycle';

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

describe('the duty grid', () => {
  const site = localSiteForThisFile();
  const browser = browserForThisFile();
  let context: BrowserContext;

  beforeAll(async () => {
    context = await contextAs(browser, site.url, 'owner');
  });

  it('lets an owner start a mapping for a team, fill duties, and find every answer again after a reload', async () => {
    const page = await openPath(context, site, '/');
    await page.getByRole('heading', { name: 'Mappings on this site' }).waitFor();
    await page.getByText('Showing 2 of 2 mappings').waitFor();
    await screenshot(page, 'grid-01-chooser');

    await page.getByRole('button', { name: 'Start a new mapping' }).click();
    const newMapping = await waitForDialog(page, 'Start a new mapping');
    await teamField(newMapping).fill(TEAM);
    await screenshot(page, 'grid-02-new-mapping-dialog', { fullPage: false });
    await newMapping.getByRole('button', { name: 'Create mapping' }).click();

    await gridReady(page);
    await page.getByRole('heading', { name: `Mapping for ${TEAM}` }).waitFor();
    expect(await saveState(page).innerText()).toBe('All changes saved.');

    await fillDuties(page);
    await waitForSaved(page);
    await screenshot(page, 'grid-03-filled-and-saved');

    await page.reload();
    await settled(page);
    // A reload starts at the chooser; the new mapping is listed there and opens from its card.
    await page.getByText('Showing 3 of 3 mappings').waitFor();
    await page.getByRole('button', { name: `Open the mapping for ${TEAM}` }).click();
    await gridReady(page);
    await expectAnswers(page);
    expect(await page.getByRole('alert').count()).toBe(0);
    await screenshot(page, 'grid-04-after-reload');
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

  // The summary counts what was saved.
  const summary = page.getByRole('list', { name: 'Status counts for the whole mapping' });
  expect(await summary.innerText()).toMatch(/In place:\s*1/);
  expect(await summary.innerText()).toMatch(/Gap:\s*1/);
  expect(await summary.innerText()).toMatch(/Not applicable:\s*1/);
}
