import type { BrowserContext, Page } from 'playwright-core';
import { DEMO, SAVE_TIMEOUT, commentsField, gridReady, openMapping, saveState, settled, waitForSaved } from './support/app';
import { contextAs, screenshot } from './support/browser';
import { browserForThisFile, localSiteForThisFile } from './support/lifecycle';
import { clearFaults, injectFault } from './support/localSite';

/**
 * Every save is one `$batch` request, which PnPjs tries 3 times (waiting out
 * Retry-After between tries) before the app sees the failure; the app then
 * retries on its own after Retry-After. 300 refusals outlast every journey here.
 */
const REFUSE_SAVES = { status: 503, retryAfter: 1, times: 300, pathContains: '$batch' } as const;

describe('saving when SharePoint refuses', () => {
  const site = localSiteForThisFile();
  const browser = browserForThisFile();
  let context: BrowserContext;

  beforeEach(async () => {
    context = await contextAs(browser, site.url, 'member');
  });

  afterEach(async () => {
    await clearFaults(site);
    await context?.close();
  });

  async function waitForCouldNotSave(page: Page): Promise<void> {
    await saveState(page)
      .filter({ hasText: /^Couldn't save – SharePoint is busy and asked us to slow down\./ })
      .waitFor({ timeout: SAVE_TIMEOUT });
  }

  it('says it couldn’t save, keeps the edit on screen, and saves it by itself once SharePoint answers again', async () => {
    const dutyId = 'manage-data-5';
    const text = 'Checked against the modality worklist by the AP before every scan (saved through an outage).';
    const page = await openMapping(context, site, DEMO.generalXray.id);
    await injectFault(site, REFUSE_SAVES);

    await commentsField(page, dutyId).fill(text);
    await waitForCouldNotSave(page);
    expect(await saveState(page).innerText()).toContain('Trying again in 1 second.');
    await page.getByRole('button', { name: 'Retry' }).waitFor();
    expect(await commentsField(page, dutyId).inputValue()).toBe(text);
    await screenshot(page, 'resilience-01-could-not-save', { fullPage: false });

    // It keeps trying while SharePoint refuses, and the edit stays put.
    await saveState(page).filter({ hasText: 'Saving…' }).waitFor({ timeout: SAVE_TIMEOUT });
    await waitForCouldNotSave(page);
    expect(await commentsField(page, dutyId).inputValue()).toBe(text);

    await clearFaults(site);
    await waitForSaved(page);
    await screenshot(page, 'resilience-02-saved-after-outage', { fullPage: false });

    await page.reload();
    await gridReady(page);
    expect(await commentsField(page, dutyId).inputValue()).toBe(text);
    expect(await page.getByText(/^Restored /).count()).toBe(0);
  });

  it('saves with the Retry button after a failure the app does not retry by itself', async () => {
    const dutyId = 'communicate-2';
    const text = 'APs phone the ward before sending a porter (saved with Retry).';
    const page = await openMapping(context, site, DEMO.generalXray.id);
    // A plain server error is not worth retrying automatically: only the person can decide to try again.
    await injectFault(site, { status: 500, retryAfter: 0, times: 1, pathContains: '$batch' });

    await commentsField(page, dutyId).fill(text);
    await saveState(page).filter({ hasText: /^Couldn't save – Something went wrong/ }).waitFor({ timeout: SAVE_TIMEOUT });
    expect(await commentsField(page, dutyId).inputValue()).toBe(text);
    const retry = page.getByRole('button', { name: 'Retry' });
    await retry.click();
    await waitForSaved(page);
    expect(await retry.count()).toBe(0);

    await page.reload();
    await gridReady(page);
    expect(await commentsField(page, dutyId).inputValue()).toBe(text);
  });

  it('restores an unsaved edit from this browser after a reload during the outage, then saves it', async () => {
    const dutyId = 'perform-exams-7';
    const text = 'APs complete the exam on CRIS; images checked on PACS before the patient leaves (restored after reload).';
    const page = await openMapping(context, site, DEMO.generalXray.id);
    await injectFault(site, REFUSE_SAVES);

    await commentsField(page, dutyId).fill(text);
    await waitForCouldNotSave(page);

    // Reloading while SharePoint still refuses: opening the mapping fails too, and says why.
    await page.reload();
    await settled(page);
    const failure = page.getByText(/^We couldn't (open this mapping|check your access to this site)\. SharePoint is busy/);
    await failure.waitFor({ timeout: SAVE_TIMEOUT });
    await screenshot(page, 'resilience-03-reload-during-outage', { fullPage: false });

    await clearFaults(site);
    await page.getByRole('button', { name: 'Retry' }).click();
    await gridReady(page);
    await page.getByText('Restored 1 unsaved change from this browser. It is being saved now.').waitFor();
    expect(await commentsField(page, dutyId).inputValue()).toBe(text);
    await waitForSaved(page);
    await screenshot(page, 'resilience-04-restored-and-saved', { fullPage: false });

    await page.reload();
    await gridReady(page);
    expect(await commentsField(page, dutyId).inputValue()).toBe(text);
    expect(await page.getByText(/^Restored /).count()).toBe(0);
  });
});
