/**
 * First render of a 40-duty grid and the re-render after one keystroke, in
 * Debian's Chromium, read from the app's own User Timing marks: the card view
 * (`idm-grid-*` marks) and the table view (`idm-table-*` marks).
 */
import type { Browser, Page } from 'playwright-core';
import { contextAs, launchBrowser } from '../../tests/e2e/support/browser';
import { median, progress, round } from './stats';

export interface RenderFigures {
  /** Start of the grid's first render (or the mapping data's arrival) to 'idm-grid-rendered'. */
  firstMs: number;
  /** Where firstMs starts: the grid's own start mark, or the last API response before the render. */
  firstFrom: 'idm-grid-render-start' | 'mapping data arrived';
  /** Last API response before the grid rendered to 'idm-grid-rendered': everything React does with the data. */
  fromDataMs: number;
  /** 'idm-grid-edit-start' to the next 'idm-grid-edit-rendered'. */
  editMs: number;
  /** Table view: 'idm-table-render-start' to 'idm-table-rendered', the page loaded with the table chosen. */
  tableFirstMs: number;
  /** Table view: 'idm-grid-edit-start' (a keystroke in a cell's comments) to the next 'idm-table-edit-rendered'. */
  tableEditMs: number;
  runs: number;
}

/** The marks one view of the duties leaves. */
interface ViewMarks {
  renderStart: string;
  rendered: string;
  editRendered: string;
}

const CARD_MARKS: ViewMarks = { renderStart: 'idm-grid-render-start', rendered: 'idm-grid-rendered', editRendered: 'idm-grid-edit-rendered' };
const TABLE_MARKS: ViewMarks = { renderStart: 'idm-table-render-start', rendered: 'idm-table-rendered', editRendered: 'idm-table-edit-rendered' };

interface LoadMarks {
  renderStart?: number;
  rendered: number;
  dataArrived?: number;
}

const RUNS = 5;
const TIMEOUT_MS = 60_000;

/** Reads the marks after the view has rendered; API responses come from Resource Timing. */
async function loadMarks(page: Page, names: ViewMarks = CARD_MARKS): Promise<LoadMarks> {
  await page.waitForFunction((rendered) => performance.getEntriesByName(rendered).length > 0, names.rendered, { timeout: TIMEOUT_MS });
  return page.evaluate((marks): LoadMarks => {
    const rendered = performance.getEntriesByName(marks.rendered)[0].startTime;
    const starts = performance.getEntriesByName(marks.renderStart).filter((e) => e.startTime <= rendered);
    const api = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((e) => e.name.includes('/_api/') && e.responseEnd > 0 && e.responseEnd <= rendered)
      .map((e) => e.responseEnd);
    return {
      renderStart: starts.length > 0 ? starts[starts.length - 1].startTime : undefined,
      rendered,
      dataArrived: api.length > 0 ? Math.max(...api) : undefined
    };
  }, names);
}

/** The page's main-thread CPU time so far (Chromium's ThreadTime), in ms: steadier than wall time on a shared machine. */
async function threadMs(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const thread = metrics.find((m) => m.name === 'ThreadTime');
    if (thread === undefined) {
      throw new Error('Chromium reported no ThreadTime.');
    }
    return thread.value * 1000;
  } finally {
    await cdp.detach();
  }
}

/** Long enough for the keystroke's render, effects and paint, with nothing polling the page meanwhile. */
const SETTLE_MS = 500;

/**
 * Types one character into a duty's comments (a card's field, or a table cell opened with Enter).
 *
 * @returns Main-thread CPU ms from just before the key to half a second after it.
 */
async function typeOnce(page: Page, view: 'cards' | 'table'): Promise<number> {
  if (view === 'table') {
    // The first grid's second answer cell: Comments of its first duty.
    const cell = page.getByRole('grid').first().getByRole('row').nth(1).getByRole('gridcell').nth(2);
    await cell.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('textbox', { name: /^Comments: / }).first().waitFor({ timeout: TIMEOUT_MS });
  } else {
    await page.getByRole('textbox', { name: /^Comments: / }).first().click();
  }
  await page.waitForTimeout(SETTLE_MS);
  const before = await threadMs(page);
  await page.keyboard.type('x');
  await page.waitForTimeout(SETTLE_MS);
  return (await threadMs(page)) - before;
}

/** Types one character and waits for the view to commit it: the marks' time and the main thread's CPU time. */
async function editOnce(page: Page, view: 'cards' | 'table' = 'cards'): Promise<{ ms: number; cpuMs: number }> {
  const rendered = view === 'table' ? TABLE_MARKS.editRendered : CARD_MARKS.editRendered;
  const cpuMs = await typeOnce(page, view);
  const timing = async (): Promise<number | undefined> =>
    page.evaluate((done) => {
      const starts = performance.getEntriesByName('idm-grid-edit-start');
      if (starts.length === 0) {
        return undefined;
      }
      const start = starts[starts.length - 1].startTime;
      const found = performance.getEntriesByName(done).find((e) => e.startTime >= start);
      return found === undefined ? undefined : found.startTime - start;
    }, rendered);
  await page.waitForFunction(
    (done) => {
      const starts = performance.getEntriesByName('idm-grid-edit-start');
      const start = starts.length > 0 ? starts[starts.length - 1].startTime : Infinity;
      return performance.getEntriesByName(done).some((e) => e.startTime >= start);
    },
    rendered,
    { timeout: TIMEOUT_MS }
  );
  const ms = await timing();
  if (ms === undefined) {
    throw new Error('The edit marks were not found after the edit.');
  }
  return { ms, cpuMs };
}

/** One page load's figures: a view's first render, one keystroke, and the API requests of opening. */
export interface LoadFigures {
  /** The view's start mark (or the data's arrival) to its rendered mark. */
  firstMs: number;
  /** The last API response before the render to the rendered mark. */
  fromDataMs: number;
  /** Navigation start to the rendered mark: everything the page does before the duties are there. */
  navigationMs: number;
  /** A keystroke in a duty's comments to the view's next commit. */
  editMs: number;
  /** Main-thread CPU time of that keystroke (its event, render, effects, layout and paint; ThreadTime over a quiet half second). */
  editCpuMs: number;
  /** API requests answered before the view rendered. */
  requestsToRender: number;
  /** API requests of opening, once the network has been quiet for half a second. */
  requestsToIdle: number;
  startMark: boolean;
}

const IDLE_TIMEOUT_MS = 15_000;

/** Counts the page's API requests so far (Resource Timing). */
function apiRequests(page: Page): Promise<number> {
  return page.evaluate(() => (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => e.name.includes('/_api/')).length);
}

/**
 * Opens a mapping in a fresh profile (no cache, no restored drafts) as a
 * Member, with the card view or (where the build has one) the table view
 * chosen, and measures its first render, the API requests of opening and one
 * keystroke.
 *
 * @param browser - Chromium.
 * @param url - The server's origin, serving the built local page.
 * @param siteUrl - The site (the view preference is kept per site).
 * @param mappingId - A 40-duty mapping.
 * @param view - Cards or table.
 * @returns That load's figures.
 */
export async function loadOnce(browser: Browser, url: string, siteUrl: string, mappingId: number, view: 'cards' | 'table'): Promise<LoadFigures> {
  const context = await contextAs(browser, url, 'member', { width: 1366, height: 768 });
  try {
    // The person chose the view on an earlier visit (the app's own preference key, see src/app/mapping/views/preferences.ts).
    await context.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [`idm-pref:v1:${siteUrl}:view`, view === 'table' ? 'table' : 'cards'] as const);
    const page = await context.newPage();
    await page.goto(`${url}/?mapping=${mappingId}`);
    const names = view === 'table' ? TABLE_MARKS : CARD_MARKS;
    const marks = await loadMarks(page, names);
    if (marks.dataArrived === undefined) {
      throw new Error('No API response was seen before the duties rendered.');
    }
    const requestsToRender = await page.evaluate(
      (rendered) => (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => e.name.includes('/_api/') && e.responseEnd > 0 && e.responseEnd <= rendered).length,
      marks.rendered
    );
    await page.waitForLoadState('networkidle', { timeout: IDLE_TIMEOUT_MS }).catch(() => undefined);
    const requestsToIdle = await apiRequests(page);
    const edit = await editOnce(page, view);
    return {
      firstMs: marks.rendered - (marks.renderStart ?? marks.dataArrived),
      fromDataMs: marks.rendered - marks.dataArrived,
      navigationMs: marks.rendered,
      editMs: edit.ms,
      editCpuMs: edit.cpuMs,
      requestsToRender,
      requestsToIdle,
      startMark: marks.renderStart !== undefined
    };
  } finally {
    await context.close();
  }
}

/**
 * Loads `${url}/?mapping=${id}` afresh `RUNS` times after one warm-up load,
 * as a Member, in the card view and in the table view.
 *
 * @param url - The server's origin, serving the built local page.
 * @param mappingId - A 40-duty mapping.
 * @param siteUrl - The site.
 * @returns Median figures.
 */
export async function measureRender(url: string, mappingId: number, siteUrl: string): Promise<RenderFigures> {
  const browser = await launchBrowser();
  const cards: LoadFigures[] = [];
  const tables: LoadFigures[] = [];
  try {
    for (let run = 0; run <= RUNS; run += 1) {
      const card = await loadOnce(browser, url, siteUrl, mappingId, 'cards');
      const table = await loadOnce(browser, url, siteUrl, mappingId, 'table');
      if (run === 0) {
        continue;
      }
      if (!table.startMark) {
        throw new Error('The table view left no start mark.');
      }
      cards.push(card);
      tables.push(table);
    }
  } finally {
    await browser.close();
  }
  const list = (values: LoadFigures[], pick: (f: LoadFigures) => number): string => values.map((v) => round(pick(v))).join(', ');
  progress(`  first render runs (ms): ${list(cards, (f) => f.firstMs)}; edit runs (ms): ${list(cards, (f) => f.editMs)}`);
  progress(`  table first render runs (ms): ${list(tables, (f) => f.firstMs)}; table edit runs (ms): ${list(tables, (f) => f.editMs)}`);
  const med = (values: LoadFigures[], pick: (f: LoadFigures) => number): number => round(median(values.map(pick)));
  return {
    firstMs: med(cards, (f) => f.firstMs),
    firstFrom: cards.every((f) => f.startMark) ? 'idm-grid-render-start' : 'mapping data arrived',
    fromDataMs: med(cards, (f) => f.fromDataMs),
    editMs: med(cards, (f) => f.editMs),
    tableFirstMs: med(tables, (f) => f.firstMs),
    tableEditMs: med(tables, (f) => f.editMs),
    runs: RUNS
  };
}
