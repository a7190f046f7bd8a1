import type { BrowserContext, Page } from 'playwright-core';
import { appText, commentsField, gridReady, openPath, settled, showMappingDetails, teamField, waitForDialog, waitForSaved } from './support/app';
import { contextAs, screenshot } from './support/browser';
import { browserForThisFile, localSiteForThisFile } from './support/lifecycle';

const IMG = '<img src=x onerror="window.__xss=1">';
const TEAM = `MRI ${IMG} <b>bold</b>`;
const COMMENT = `Pasted from an email: ${IMG} and <b>bold</b> text.`;

async function expectNothingRan(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.locator('#root b', { hasText: /^bold$/ }).count()).toBe(0);
}

describe('markup typed into the app', () => {
  const site = localSiteForThisFile();
  const browser = browserForThisFile();
  let context: BrowserContext;

  beforeAll(async () => {
    context = await contextAs(browser, site.url, 'owner');
  });

  it('is saved and shown as the literal text typed, never run or rendered', async () => {
    const page = await openPath(context, site, '/');
    await page.getByRole('button', { name: 'Start a new mapping' }).click();
    const newMapping = await waitForDialog(page, 'Start a new mapping');
    await teamField(newMapping).fill(TEAM);
    await newMapping.getByRole('button', { name: 'Create mapping' }).click();
    await gridReady(page);

    await commentsField(page, 'clean-safe-3').fill(COMMENT);
    await waitForSaved(page);
    await expectNothingRan(page);

    await page.reload();
    await settled(page);
    // In the chooser, the team name is shown as typed.
    expect(await appText(page)).toContain(TEAM);
    await expectNothingRan(page);
    await page.getByRole('button', { name: `${TEAM}: open the mapping` }).click();
    await gridReady(page);

    await page.getByRole('heading', { name: `Mapping for ${TEAM}`, exact: true }).waitFor();
    await showMappingDetails(page);
    expect(await teamField(page).inputValue()).toBe(TEAM);
    expect(await commentsField(page, 'clean-safe-3').inputValue()).toBe(COMMENT);
    await expectNothingRan(page);
    await screenshot(page, 'markup-01-literal-text', { fullPage: false });
  });
});
