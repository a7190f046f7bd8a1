import type { BrowserContext } from 'playwright-core';
import { DEMO } from './support/app';
import { browserForThisFile, localSiteForThisFile } from './support/lifecycle';
import { seriousViolations } from './support/axe';
import { TEAMS_THEMES, WIDTHS, expectFits, open, screens } from './support/widths';

// Each screen is opened afresh at each width, in the browser and in a Teams tab.
jest.setTimeout(600_000);

describe('every screen fits the window: no sideways scrolling of the page', () => {
  const site = localSiteForThisFile({ department: true });
  const browser = browserForThisFile();
  const contexts: BrowserContext[] = [];
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close().catch(() => undefined)));
  });

  for (const width of WIDTHS) {
    it(`at ${width} px, in the browser and in a Teams tab`, async () => {
      for (const screen of screens(DEMO.generalXray.id)) {
        await expectFits(browser, site, screen, width, false, contexts, `widths-${width}-${screen.name.replace(/\W+/g, '-')}`);
        await expectFits(browser, site, screen, width, true, contexts);
      }
    });
  }

  it('at 320 px the overview still gives every figure of a team: one card per team, no table', async () => {
    const page = await open(browser, site, screens(DEMO.generalXray.id)[3], 320, false, contexts);
    expect(await page.getByRole('grid').count()).toBe(0);
    const card = page.getByRole('listitem').filter({ hasText: 'Royal Infirmary — General X-ray' }).first();
    const text = await card.innerText();
    for (const figure of ['Coverage', 'Open actions', 'Overdue actions', 'Review due', /In place \d+ · Partly \d+ · Gaps \d+ · \d+%/]) {
      expect(text).toMatch(figure);
    }
  });

  for (const theme of TEAMS_THEMES) {
    it(`has no serious or critical axe violation (all of axe's rules) on any screen in the Teams ${theme} theme`, async () => {
      for (const screen of screens(DEMO.generalXray.id)) {
        const page = await open(browser, site, screen, 1366, true, contexts, theme);
        // Fluent fades new rows in; axe must see them at full opacity, as a person does a moment later.
        await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
        const violations = await seriousViolations(page);
        expect({ screen: screen.name, theme, violations }).toEqual({ screen: screen.name, theme, violations: [] });
        await page.context().close();
      }
    });
  }
});
