import { readFileSync } from 'fs';
import { JSDOM } from 'jsdom';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEFAULT_FRAMEWORK } from '../../src/model';
import { demoDate } from '../../local/seed/demoDates';
import { readExcel } from '../documents/write/officeReaders';
import type { ExcelSheet } from '../documents/write/officeReaders';
import { openPath, settled } from './support/app';
import { seriousViolations } from './support/axe';
import { contextAs, screenshot } from './support/browser';
import { browserForThisFile, localSiteForThisFile } from './support/lifecycle';
import type { LocalSite } from './support/localSite';

// The independent .xlsx reader parses XML with the DOM's parser; this journey runs in Node, so jsdom supplies one.
Object.assign(globalThis, { DOMParser: new JSDOM('').window.DOMParser });

const COMMUNICATE = DEFAULT_FRAMEWORK.areas.find((area) => area.id === 'communicate')?.title ?? '';
const TEAMS_THEMES = ['default', 'dark', 'contrast'] as const;

/** Clicks "Export to Excel" and reads the downloaded workbook's only sheet. */
async function exportToExcel(page: Page): Promise<{ name: string; sheet: ExcelSheet }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }), page.getByRole('button', { name: 'Export to Excel' }).click()]);
  const { sheets } = await readExcel(new Uint8Array(readFileSync(await file.path())));
  expect(sheets).toHaveLength(1);
  return { name: file.suggestedFilename(), sheet: sheets[0] };
}

async function openScreen(page: Page, name: 'Overview' | 'Action tracker' | 'My actions'): Promise<void> {
  await page.getByRole('navigation', { name: 'Duty mapping views' }).getByRole('button', { name, exact: true }).click();
  await page.getByRole('heading', { level: 2, name, exact: true }).waitFor();
  await page.getByRole('status').filter({ hasText: /^Showing \d+ of \d+/ }).waitFor();
}

/** Fluent fades new rows in; axe must see them at full opacity, as a person does a moment later. */
async function animationsDone(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
}

async function expectNoSeriousViolations(page: Page, state: string): Promise<void> {
  await animationsDone(page);
  const violations = await seriousViolations(page);
  expect({ state, violations }).toEqual({ state, violations: [] });
}

describe('the manager’s overview and action tracker on the demo department', () => {
  const site: LocalSite = localSiteForThisFile({ department: true });
  const browser: Browser = browserForThisFile();
  const contexts: BrowserContext[] = [];
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
  });
  async function as(role: 'owner' | 'member' | 'visitor'): Promise<BrowserContext> {
    const context = await contextAs(browser, site.url, role);
    contexts.push(context);
    return context;
  }

  it('filters teams with a gap in Communicate, opens a cell and lands on that area of that team’s mapping', async () => {
    const page = await openPath(await as('visitor'), site, '/');
    await openScreen(page, 'Overview');
    await page.getByText('Showing 9 of 9 teams').waitFor();
    await page.getByRole('combobox', { name: /^Has a gap in/ }).click();
    await page.getByRole('option', { name: COMMUNICATE }).click();
    const status = await page.getByRole('status').filter({ hasText: /^Showing \d+ of 9 teams$/ }).innerText();
    const shown = Number(/Showing (\d+)/.exec(status)?.[1]);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(9);
    await screenshot(page, 'overview-01-gap-in-communicate');

    // The Excel export holds exactly the teams shown, each with a gap in Communicate, then the totals.
    const shownTeams = await page.getByRole('grid').getByRole('link', { name: /^(?!.*Open this area)/ }).allInnerTexts();
    const { name, sheet } = await exportToExcel(page);
    expect(name).toMatch(/^Overview – duty mapping – \d{4}-\d{2}-\d{2}\.xlsx$/);
    const [header, ...rows] = sheet.rows;
    const gaps = header.indexOf(`${COMMUNICATE}: gaps`);
    expect(header.slice(0, 2)).toEqual(['Team', 'Framework']);
    expect(rows).toHaveLength(shown + 1);
    expect(rows.slice(0, shown).map((row) => row[0])).toEqual(shownTeams);
    for (const row of rows.slice(0, shown)) {
      expect(Number(row[gaps])).toBeGreaterThan(0);
      expect(row[1]).toMatch(/^Assistant Practitioner \(indicative AfC Band 4\), version \d+$/);
    }
    expect(rows[shown][0]).toBe(`Totals (${shown} teams)`);

    // Any team shown has a gap there: open the first one's Communicate cell.
    // Label in name: the link's name starts with the figures it shows, then says which area of whose mapping it opens.
    const cell = page.getByRole('link', { name: new RegExp(`^In place \\d+ · Partly \\d+ · Gaps [1-9]\\d* · \\d+% in ${COMMUNICATE}\\. Open this area of .*'s mapping$`) }).first();
    const team = /Open this area of (.*)'s mapping$/.exec((await cell.getAttribute('aria-label')) ?? '')?.[1] ?? '';
    expect(await cell.getAttribute('href')).toContain('area=communicate');
    await cell.click();
    await settled(page);
    const heading = page.locator('#idm-area-communicate');
    await heading.waitFor();
    expect(await heading.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.getByRole('heading', { name: `Mapping for ${team}` }).waitFor();
    await screenshot(page, 'overview-02-landed-on-area', { fullPage: false });
  });

  it('moves between cells with the keyboard and sorts a column', async () => {
    const page = await openPath(await as('visitor'), site, '/');
    await openScreen(page, 'Overview');
    await page.getByLabel('Overdue actions, select to sort').click();
    await page.getByLabel('Overdue actions, select to sort').click();
    const firstRow = page.getByRole('row').nth(1);
    expect(await firstRow.innerText()).toMatch(/\d+ overdue/);
    await firstRow.focus();
    await page.keyboard.press('ArrowDown');
    const rowIndex = (): Promise<string | null | undefined> => page.evaluate(() => document.activeElement?.closest('[role="row"]')?.getAttribute('aria-rowindex'));
    const before = Number(await rowIndex());
    await page.keyboard.press('ArrowDown');
    expect(Number(await rowIndex())).toBe(before + 1);
  });

  it('shows what changed since last year on a yearly review, and filters the grid to it', async () => {
    const page = await openPath(await as('visitor'), site, '/');
    await openScreen(page, 'Overview');
    await page.getByRole('link', { name: 'Royal Infirmary — CT', exact: true }).click();
    // The demo's dates move with the day it is seeded (local/seed/demoDates.ts): last year's CT mapping was written as 11 February 2025.
    const [year, month, day] = demoDate('2025-02-11').split('-');
    const panel = page.getByRole('region', { name: `Since the previous mapping (completed ${day}/${month}/${year})` });
    await panel.waitFor();
    const summary = await panel.getByText(/^Duties with a different status:/).innerText();
    const changed = Number(/status: (\d+)/.exec(summary)?.[1]);
    expect(changed).toBeGreaterThan(0);
    await panel.getByRole('switch', { name: 'Show only duties that changed' }).click();
    await page.getByText(`Showing ${changed} of 24 duties`).waitFor();
    await screenshot(page, 'changes-01-since-last-year', { fullPage: false });
  });

  it('filters the action tracker to overdue actions', async () => {
    const page = await openPath(await as('visitor'), site, '/');
    await openScreen(page, 'Action tracker');
    const all = Number(/of (\d+)/.exec(await page.getByRole('status').filter({ hasText: /^Showing/ }).innerText())?.[1]);
    await page.getByRole('checkbox', { name: 'Overdue', exact: true }).check({ force: true });
    const status = await page.getByRole('status').filter({ hasText: /^Showing \d+ of/ }).innerText();
    const overdue = Number(/Showing (\d+)/.exec(status)?.[1]);
    expect(overdue).toBeGreaterThan(0);
    expect(overdue).toBeLessThan(all);
    const rows = page.getByRole('row');
    const visible = Math.min(await rows.count(), overdue + 1);
    for (let i = 1; i < visible; i += 1) {
      expect(await rows.nth(i).innerText()).toContain('Overdue');
    }
    await screenshot(page, 'actions-01-overdue');

    const { name, sheet } = await exportToExcel(page);
    expect(name).toMatch(/^Action tracker – duty mapping – \d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(sheet.rows[0]).toEqual(['Team', 'Area', 'Duty', 'Status', 'Action', 'Owner', 'Due date', 'Overdue']);
    expect(sheet.rows.slice(1)).toHaveLength(overdue);
    expect(new Set(sheet.rows.slice(1).map((row) => row[7]))).toEqual(new Set(['Overdue']));

    // A row opens its duty: the mapping opens with that duty's status in focus.
    const [team, , duty] = sheet.rows[1];
    await page.getByRole('link', { name: `${duty}, in ${team}'s mapping` }).first().click();
    await page.getByRole('heading', { name: `Mapping for ${team}` }).waitFor();
    await page.waitForFunction((text) => (document.activeElement?.getAttribute('aria-label') ?? '').startsWith(`Status: ${text.slice(0, 40)}`), duty);
    await page.getByRole('button', { name: 'Back to the action tracker' }).click();
    await page.getByRole('heading', { level: 2, name: 'Action tracker', exact: true }).waitFor();
  });

  it('shows My actions in the Teams personal app: only the signed-in member’s', async () => {
    const page = await openPath(await as('member'), site, '/?host=teams&view=personal');
    await openScreen(page, 'My actions');
    const rows = page.getByRole('row');
    expect(await rows.count()).toBeGreaterThan(1);
    for (let i = 1; i < (await rows.count()); i += 1) {
      expect(await rows.nth(i).innerText()).toContain('Marcus Mensah');
    }
    await screenshot(page, 'actions-02-my-actions-teams');
  });

  for (const theme of TEAMS_THEMES) {
    it(`has no serious accessibility violations on both screens in the Teams ${theme} theme`, async () => {
      const page = await openPath(await as('owner'), site, `/?host=teams&theme=${theme}`);
      await openScreen(page, 'Overview');
      await expectNoSeriousViolations(page, `overview, Teams ${theme}`);
      await screenshot(page, `overview-teams-${theme}`, { fullPage: false });
      await openScreen(page, 'Action tracker');
      await expectNoSeriousViolations(page, `action tracker, Teams ${theme}`);
    });
  }
});
