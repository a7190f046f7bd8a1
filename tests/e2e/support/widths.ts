/** Opening every screen at a width and measuring whether the page scrolls sideways (issue 22). */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { openPath, settled } from './app';
import { contextAs, screenshot } from './browser';
import type { Role } from './browser';
import type { LocalSite } from './localSite';

/** A phone held upright (WCAG 1.4.10's 320 CSS pixels), a small laptop, and a trust laptop. */
export const WIDTHS = [320, 1024, 1366] as const;
const HEIGHT = 900;

interface Screen {
  name: string;
  role: Role;
  /** Where the screen opens, on the local page. */
  path: string;
  /** The duties' view, where the screen is a mapping. */
  view?: 'cards' | 'table';
  /** What the screen shows once it is ready. */
  ready(page: Page): Promise<void>;
}

async function viaNav(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Duty mapping views' }).getByRole('button', { name, exact: true }).click();
  await page.getByRole('heading', { level: 2, name, exact: true }).waitFor();
  await page.getByRole('status').filter({ hasText: /^Showing \d+ of \d+/ }).waitFor();
}

/** The first duty's status (cards) or the first area's grid (table), in any framework. */
async function dutiesReady(page: Page): Promise<void> {
  await page.getByRole('combobox', { name: /^Status: / }).or(page.getByRole('grid')).first().waitFor({ timeout: 60_000 });
}

export function screens(mappingId: number): Screen[] {
  return [
    { name: 'mappings', role: 'member', path: '/', ready: (page) => page.getByRole('status').filter({ hasText: /^Showing \d+ of \d+/ }).first().waitFor() },
    { name: 'mapping (cards)', role: 'member', path: `/?mapping=${mappingId}`, view: 'cards', ready: dutiesReady },
    { name: 'mapping (table)', role: 'member', path: `/?mapping=${mappingId}`, view: 'table', ready: dutiesReady },
    { name: 'overview', role: 'visitor', path: '/', ready: (page) => viaNav(page, 'Overview') },
    { name: 'action tracker', role: 'visitor', path: '/', ready: (page) => viaNav(page, 'Action tracker') },
    {
      name: 'frameworks',
      role: 'owner',
      path: '/',
      ready: async (page) => {
        await page.getByRole('button', { name: 'Manage frameworks' }).click();
        await page.getByRole('heading', { name: 'Frameworks', level: 2 }).waitFor();
      }
    },
    { name: 'my actions (Teams personal app)', role: 'member', path: '/?host=teams&view=personal', ready: (page) => viaNav(page, 'My actions') }
  ];
}

interface Overflow {
  scrollWidth: number;
  innerWidth: number;
  /** The widest elements sticking out of the window, to say what to fix. */
  culprits: string[];
}

/** The page's own width against the window's (the document scrolling sideways is what people must never have to do). */
function overflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const scroller = document.scrollingElement ?? document.documentElement;
    const culprits: string[] = [];
    if (scroller.scrollWidth > window.innerWidth) {
      for (const element of Array.from(document.querySelectorAll('body *'))) {
        const box = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        if (box.right > window.innerWidth + 1 && style.position !== 'fixed' && culprits.length < 5) {
          culprits.push(`${element.tagName.toLowerCase()}.${(element.className || '').toString().split(' ')[0]} right=${Math.round(box.right)}`);
        }
      }
    }
    return { scrollWidth: scroller.scrollWidth, innerWidth: window.innerWidth, culprits };
  });
}

/** The same screen in a Teams tab: a mapping is deep-linked through the tab's sub-entity id there. */
function inTeams(path: string, theme?: TeamsTheme): string {
  const mapping = /[?&]mapping=(\d+)/.exec(path);
  const teams = mapping ? `/?host=teams&subEntityId=mapping:${mapping[1]}` : `${path}${path.includes('?') ? '&' : '?'}host=teams`;
  return theme === undefined ? teams : `${teams}&theme=${theme}`;
}

/** Teams' three themes. */
export const TEAMS_THEMES = ['default', 'dark', 'contrast'] as const;
export type TeamsTheme = (typeof TEAMS_THEMES)[number];

/** How long a screen may take to load (a site of 1,000 teams on a loaded two-core machine takes longer than the demo). */
export interface Patience {
  timeout?: number;
}

export async function open(browser: Browser, site: LocalSite, screen: Screen, width: number, teams: boolean, contexts: BrowserContext[], theme?: TeamsTheme, patience: Patience = {}): Promise<Page> {
  const context = await contextAs(browser, site.url, screen.role, { width, height: HEIGHT });
  contexts.push(context);
  if (patience.timeout !== undefined) {
    context.setDefaultTimeout(patience.timeout);
  }
  if (screen.view !== undefined) {
    await context.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [`idm-pref:v1:${site.siteUrl}:view`, screen.view] as const);
  }
  const path = !teams ? screen.path : screen.path.includes('host=') ? `${screen.path}${theme === undefined ? '' : `&theme=${theme}`}` : inTeams(screen.path, theme);
  const page = await openPath(context, site, path, patience.timeout);
  await screen.ready(page);
  await settled(page, patience.timeout);
  return page;
}

/**
 * Opens the screen at the width, expects the page not to scroll sideways, then runs `usable` (what people
 * must still be able to do there) before closing it.
 */
export async function expectFits(
  browser: Browser,
  site: LocalSite,
  screen: Screen,
  width: number,
  teams: boolean,
  contexts: BrowserContext[],
  shot?: string,
  options: Patience & { usable?: (page: Page) => Promise<void> } = {}
): Promise<void> {
  const page = await open(browser, site, screen, width, teams, contexts, undefined, options);
  const measured = await overflow(page);
  if (shot !== undefined) {
    await screenshot(page, shot, { fullPage: false });
  }
  expect({ screen: screen.name, width, teams, ...measured }).toEqual({ screen: screen.name, width, teams, scrollWidth: measured.innerWidth, innerWidth: measured.innerWidth, culprits: [] });
  if (options.usable !== undefined) {
    await options.usable(page);
  }
  await page.context().close();
}

