import type { BrowserContext, Page } from 'playwright-core';
import { DEMO, clash, dutyName, gridReady, openMapping, openPath, saveState, statusControl, waitForDialog } from './support/app';
import { seriousViolations } from './support/axe';
import { contextAs, screenshot } from './support/browser';
import { browserForThisFile, localSiteForThisFile } from './support/lifecycle';
import type { Role } from './support/browser';
import type { LocalSite } from './support/localSite';

type TeamsTheme = 'default' | 'dark' | 'contrast';
const TEAMS_THEMES: readonly TeamsTheme[] = ['default', 'dark', 'contrast'];

/** Axe's serious and critical WCAG 2.x A/AA violations, named by the state they were found in so a failure says where. */
async function expectNoSeriousViolations(page: Page, state: string): Promise<void> {
  const violations = await seriousViolations(page);
  expect({ state, violations }).toEqual({ state, violations: [] });
}

interface Colours {
  body: string;
  root: string;
  text: string;
}

/** The page's background (body and the app's themed root) and the title's text colour, as computed. */
function colours(page: Page): Promise<Colours> {
  return page.evaluate(() => {
    const root = document.querySelector('#root > div') as HTMLElement;
    const title = document.querySelector('#root h1') as HTMLElement;
    return { body: getComputedStyle(document.body).backgroundColor, root: getComputedStyle(root).backgroundColor, text: getComputedStyle(title).color };
  });
}

/** WCAG contrast ratio of two computed `rgb(...)` colours. */
function contrastRatio(a: string, b: string): number {
  const luminance = (colour: string): number => {
    const [r, g, bl] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((part) => {
      const channel = Number(part) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/**
 * How an element draws focus: its outline, box shadow and the ::after border
 * Fluent uses for its focus ring. Runs in the page.
 */
function focusIndicator(element: Element): { outline: string; boxShadow: string; after: string } {
  const own = getComputedStyle(element);
  const after = getComputedStyle(element, '::after');
  return {
    outline: own.outlineStyle === 'none' || own.outlineWidth === '0px' ? 'none' : `${own.outlineStyle} ${own.outlineWidth} ${own.outlineColor}`,
    boxShadow: own.boxShadow,
    after: after.content === 'none' ? 'none' : `${after.borderTopStyle} ${after.borderTopWidth} ${after.borderTopColor}`
  };
}

describe('accessibility', () => {
  const site = localSiteForThisFile();
  const emptySite = localSiteForThisFile({ seed: false });
  const browser = browserForThisFile();
  const contexts: BrowserContext[] = [];

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  async function as(role: Role, on: LocalSite = site, viewport?: { width: number; height: number }): Promise<BrowserContext> {
    const context = await contextAs(browser, on.url, role, viewport);
    contexts.push(context);
    return context;
  }

  it('has no serious violations in the chooser, a mapping, or the new-mapping dialog', async () => {
    const context = await as('owner');
    const page = await openPath(context, site, '/');
    await page.getByText('Showing 2 of 2 mappings').waitFor();
    await expectNoSeriousViolations(page, 'chooser');

    await page.getByRole('button', { name: 'Start a new mapping' }).click();
    await waitForDialog(page, 'Start a new mapping');
    await expectNoSeriousViolations(page, 'new-mapping dialog');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: `${DEMO.generalXray.team}: open the mapping` }).click();
    await gridReady(page);
    await expectNoSeriousViolations(page, 'grid');
  });

  it('has no serious violations on the set-up screen (Owner) or the ask-an-owner screen (Member)', async () => {
    const owner = await openPath(await as('owner', emptySite), emptySite, '/');
    await owner.getByRole('button', { name: 'Set up this site' }).waitFor();
    await expectNoSeriousViolations(owner, 'set-up screen');

    const member = await openPath(await as('member', emptySite), emptySite, '/');
    await member.getByRole('heading', { name: 'Set up duty mapping on this site' }).waitFor();
    await expectNoSeriousViolations(member, 'ask an owner');
  });

  it('has no serious violations in the read-only grid a Visitor sees, in every theme', async () => {
    const context = await as('visitor');
    for (const theme of ['default', 'dark', 'contrast']) {
      const page = await openMapping(context, site, DEMO.generalXray.id, `&theme=${theme}`);
      await page.getByText(/^You can view this mapping but not change it/).waitFor();
      await expectNoSeriousViolations(page, `read-only grid, ${theme} theme`);
      await page.close();
    }
  });

  it('has no serious violations in the conflict dialog', async () => {
    const { second, conflict } = await clash(site, await as('owner'), await as('member'), DEMO.ct.id, 'communicate-3', {
      first: 'Reception answers most queries.',
      second: 'APs answer queries about their own lists.'
    });
    await expectNoSeriousViolations(second, 'conflict dialog');
    await conflict.getByRole('button', { name: 'Merge the two' }).click();
    await conflict.getByRole('textbox', { name: 'Comments (both versions, edit as needed)' }).waitFor();
    await expectNoSeriousViolations(second, 'conflict dialog, merging');
    await conflict.getByRole('button', { name: 'Save the merged version' }).click();
    await conflict.waitFor({ state: 'detached' });
  });

  describe('in Microsoft Teams', () => {
    for (const theme of TEAMS_THEMES) {
      it(`has no serious violations in the ${theme} theme, chooser and grid`, async () => {
        const context = await as('owner');
        const chooser = await openPath(context, site, `/?host=teams&theme=${theme}`);
        await chooser.getByText('Showing 2 of 2 mappings').waitFor();
        await expectNoSeriousViolations(chooser, `Teams ${theme} chooser`);
        await screenshot(chooser, `a11y-teams-${theme}-chooser`);

        const grid = await openPath(context, site, `/?host=teams&theme=${theme}&subEntityId=mapping:${DEMO.generalXray.id}`);
        await gridReady(grid);
        await expectNoSeriousViolations(grid, `Teams ${theme} grid`);
        await screenshot(grid, `a11y-teams-${theme}-grid`, { fullPage: false });
      });
    }

    for (const theme of TEAMS_THEMES) {
      it(`has no serious violations in the table view in the ${theme} theme, browsing and editing a cell`, async () => {
        const context = await as('owner', site, { width: 1366, height: 768 });
        const page = await openPath(context, site, `/?host=teams&theme=${theme}&subEntityId=mapping:${DEMO.generalXray.id}`);
        await gridReady(page);
        await page.getByText('Table', { exact: true }).click();
        const grid = page.getByRole('grid', { name: 'Duties in Maintain a clean and safe environment' });
        await grid.waitFor();
        await expectNoSeriousViolations(page, `Teams ${theme} table view`);
        await screenshot(page, `a11y-teams-${theme}-table`, { fullPage: false });

        const status = grid.getByRole('row').nth(1).getByRole('gridcell').last();
        await status.focus();
        await page.keyboard.press('Enter');
        await page.getByRole('combobox', { name: /^Status: / }).waitFor();
        await expectNoSeriousViolations(page, `Teams ${theme} table view, editing a status`);
        await page.keyboard.press('Escape');
      });
    }

    async function themeColours(theme: TeamsTheme): Promise<Colours> {
      const page = await openPath(await as('owner'), site, `/?host=teams&theme=${theme}`);
      await page.getByText('Showing 2 of 2 mappings').waitFor();
      return colours(page);
    }

    it('gives dark and high contrast their own background, with readable text', async () => {
      const light = await themeColours('default');
      const dark = await themeColours('dark');
      const contrast = await themeColours('contrast');
      for (const themed of [dark, contrast]) {
        expect(themed.body).not.toBe(light.body);
        expect(themed.root).not.toBe(light.root);
      }
      expect(dark.root).not.toBe(contrast.root);
      for (const theme of [light, dark, contrast]) {
        // The app's own body text on its own background (axe checks every other text too).
        expect(theme.body).toBe(theme.root);
        expect(contrastRatio(theme.text, theme.root)).toBeGreaterThanOrEqual(7);
      }
    });

    it('follows a live theme switch from Teams', async () => {
      const contrast = await themeColours('contrast');
      const page = await openPath(await as('owner'), site, `/?host=teams&theme=default&subEntityId=mapping:${DEMO.generalXray.id}`);
      await gridReady(page);
      const before = await colours(page);
      await page.evaluate(() => (window as unknown as { idmSetTeamsTheme: (theme: string) => void }).idmSetTeamsTheme('contrast'));
      await page.waitForFunction((previous) => getComputedStyle(document.querySelector('#root > div') as HTMLElement).backgroundColor !== previous, before.root);
      const after = await colours(page);
      expect(after.body).not.toBe(before.body);
      expect(after).toEqual(contrast);
      // The grid is still there, and still accessible, after the switch.
      await statusControl(page, 'clean-safe-1').waitFor();
      await expectNoSeriousViolations(page, 'Teams grid after a live switch to contrast');
      await screenshot(page, 'a11y-teams-live-switch-to-contrast', { fullPage: false });
    });
  });

  it('fits a 320 px wide screen without scrolling sideways', async () => {
    const context = await as('owner', site, { width: 320, height: 800 });
    const chooser = await openPath(context, site, '/');
    await chooser.getByText('Showing 2 of 2 mappings').waitFor();
    expect(await chooser.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(321);
    await screenshot(chooser, 'a11y-320px-chooser');

    const grid = await openMapping(context, site, DEMO.generalXray.id);
    expect(await grid.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(321);
    await expectNoSeriousViolations(grid, 'grid at 320 px');
    await screenshot(grid, 'a11y-320px-grid', { fullPage: false });
  });

  it('lets a keyboard user Tab to the first duty’s status, with focus visible', async () => {
    const page = await openMapping(await as('owner'), site, DEMO.generalXray.id);
    const target = `Status: ${dutyName('clean-safe-1')}`;
    let presses = 0;
    const focusedName = (): Promise<string | null> => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);
    while ((await focusedName()) !== target && presses < 150) {
      await page.keyboard.press('Tab');
      presses += 1;
    }
    expect(await focusedName()).toBe(target);
    // Moving through the fields (the empty date pickers included) changes nothing, so there is nothing to save.
    expect(await saveState(page).innerText()).toBe('All changes saved.');

    const focused = await page.locator(':focus').evaluate(focusIndicator);
    expect(focused.outline !== 'none' || focused.boxShadow !== 'none' || /^solid [1-9]/.test(focused.after)).toBe(true);
    await screenshot(page, 'a11y-keyboard-focus-on-status', { fullPage: false });

    // The indicator is the focus's own: it goes when focus moves on.
    await page.keyboard.press('Tab');
    const name = await focusedName();
    expect(name).not.toBe(target);
    const unfocused = await statusControl(page, 'clean-safe-1').evaluate(focusIndicator);
    expect(unfocused).not.toEqual(focused);
  });

  it('offers keyboard users a skip link past the details to the duties', async () => {
    const page = await openMapping(await as('owner'), site, DEMO.generalXray.id);
    const skip = page.getByRole('link', { name: 'Skip to duties' });
    let presses = 0;
    while (!(await skip.evaluate((element) => element === document.activeElement)) && presses < 10) {
      await page.keyboard.press('Tab');
      presses += 1;
    }
    expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
    expect((await skip.boundingBox())?.width ?? 0).toBeGreaterThan(10);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('idm-grid');
  });
});
