import type { BrowserContext, Page } from 'playwright-core';
import { DEMO, openMapping } from './support/app';
import { contextAs, screenshot } from './support/browser';
import { browserForThisFile, localSiteForThisFile } from './support/lifecycle';

/** A trust laptop. */
const SCREEN = { width: 1366, height: 900 };

interface Placement {
  top: number;
  bottom: number;
  innerHeight: number;
}

/** Where the first duty's status control (the work) sits in the window, before any scrolling. */
async function firstDuty(page: Page): Promise<Placement> {
  const control = page.getByRole('combobox', { name: /^Status: / }).or(page.getByRole('grid').first().getByRole('row').nth(1)).first();
  await control.waitFor();
  return page.evaluate(() => window.scrollY).then(async (scrollY) => {
    expect(scrollY).toBe(0);
    const box = await control.boundingBox();
    if (box === null) {
      throw new Error('The first duty has no box.');
    }
    return { top: box.y, bottom: box.y + box.height, innerHeight: await page.evaluate(() => window.innerHeight) };
  });
}

describe('work first: a returning person finds the first duty on the first screen', () => {
  const site = localSiteForThisFile();
  const browser = browserForThisFile();
  let context: BrowserContext;
  beforeAll(async () => {
    context = await contextAs(browser, site.url, 'member', SCREEN);
  });
  afterAll(async () => {
    await context.close();
  });

  for (const view of ['cards', 'table'] as const) {
    it(`in the ${view} view at 1,366 × 900, with the area bar still in reach after scrolling`, async () => {
      await context.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [`idm-pref:v1:${site.siteUrl}:view`, view] as const);
      // The first visit shows the introduction, details and summary open; the next one is a returning person's.
      const first = await openMapping(context, site, DEMO.generalXray.id);
      await first.close();
      const page = await openMapping(context, site, DEMO.generalXray.id);
      const placement = await firstDuty(page);
      await screenshot(page, `work-first-${view}`, { fullPage: false });
      expect(placement.bottom).toBeLessThanOrEqual(placement.innerHeight);
      // What was folded is one click away.
      const about = page.getByRole('button', { name: 'Show the details, summary and introduction' });
      expect(await about.getAttribute('aria-expanded')).toBe('false');
      await about.click();
      await page.getByRole('textbox', { name: /^Team( \*)?$/ }).waitFor();
      // The area bar stays in reach while working down the duties.
      await page.mouse.wheel(0, 3000);
      await page.waitForFunction(() => window.scrollY > 1000);
      const bar = await page.getByRole('navigation', { name: 'Jump to an area' }).boundingBox();
      expect(bar).not.toBeNull();
      expect(bar?.y ?? -1).toBeGreaterThanOrEqual(0);
      expect((bar?.y ?? Infinity) + (bar?.height ?? 0)).toBeLessThanOrEqual(placement.innerHeight);
      await page.close();
    });
  }
});
