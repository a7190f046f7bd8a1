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

/** Types one character into a duty's comments (a card's field, or a table cell opened with Enter). */
async function typeOnce(page: Page, view: 'cards' | 'table'): Promise<void> {
  if (view === 'table') {
    // The first grid's second answer cell: Comments of its first duty.
    const cell = page.getByRole('grid').first().getByRole('row').nth(1).getByRole('gridcell').nth(2);
    await cell.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('textbox', { name: /^Comments: / }).first().waitFor({ timeout: TIMEOUT_MS });
  } else {
    await page.getByRole('textbox', { name: /^Comments: / }).first().click();
  }
  await page.keyboard.type('x');
}

/** Types one character and waits for the view to commit it. */
async function editOnce(page: Page, view: 'cards' | 'table' = 'cards'): Promise<number> {
  const rendered = view === 'table' ? TABLE_MARKS.editRendered : CARD_MARKS.editRendered;
  await typeOnce(page, view);
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
  return ms;
}

/** The table view's first render and one keystroke, in a fresh profile with the table chosen. */
async function tableRun(browser: Browser, url: string, siteUrl: string, mappingId: number): Promise<{ firstMs: number; editMs: number }> {
  const context = await contextAs(browser, url, 'member', { width: 1366, height: 768 });
  try {
    // The person chose the table on an earlier visit (the app's own preference key, see src/app/mapping/views/preferences.ts).
    await context.addInitScript((key) => window.localStorage.setItem(key, 'table'), `idm-pref:v1:${siteUrl}:view`);
    const page = await context.newPage();
    await page.goto(`${url}/?mapping=${mappingId}`);
    const marks = await loadMarks(page, TABLE_MARKS);
    if (marks.renderStart === undefined) {
      throw new Error('The table view left no start mark.');
    }
    return { firstMs: marks.rendered - marks.renderStart, editMs: await editOnce(page, 'table') };
  } finally {
    await context.close();
  }
}

/**
 * Loads `${url}/?mapping=${id}` afresh (a new browser profile, so no cache and
 * no restored drafts) `RUNS` times after one warm-up load, as a Member.
 *
 * @param url - The server's origin, serving the built local page.
 * @param mappingId - A 40-duty mapping.
 * @returns Median figures.
 */
export async function measureRender(url: string, mappingId: number, siteUrl: string): Promise<RenderFigures> {
  const browser = await launchBrowser();
  const first: number[] = [];
  const fromData: number[] = [];
  const edits: number[] = [];
  const tableFirst: number[] = [];
  const tableEdits: number[] = [];
  let firstFrom: RenderFigures['firstFrom'] = 'idm-grid-render-start';
  try {
    for (let run = 0; run <= RUNS; run += 1) {
      const context = await contextAs(browser, url, 'member');
      try {
        const page = await context.newPage();
        await page.goto(`${url}/?mapping=${mappingId}`);
        const marks = await loadMarks(page);
        const editMs = await editOnce(page);
        const table = await tableRun(browser, url, siteUrl, mappingId);
        if (run === 0) {
          continue;
        }
        tableFirst.push(table.firstMs);
        tableEdits.push(table.editMs);
        if (marks.dataArrived === undefined) {
          throw new Error('No API response was seen before the grid rendered.');
        }
        if (marks.renderStart === undefined) {
          firstFrom = 'mapping data arrived';
        }
        first.push(marks.rendered - (marks.renderStart ?? marks.dataArrived));
        fromData.push(marks.rendered - marks.dataArrived);
        edits.push(editMs);
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  progress(`  first render runs (ms): ${first.map((v) => round(v)).join(', ')}; edit runs (ms): ${edits.map((v) => round(v)).join(', ')}`);
  progress(`  table first render runs (ms): ${tableFirst.map((v) => round(v)).join(', ')}; table edit runs (ms): ${tableEdits.map((v) => round(v)).join(', ')}`);
  return {
    firstMs: round(median(first)),
    firstFrom,
    fromDataMs: round(median(fromData)),
    editMs: round(median(edits)),
    tableFirstMs: round(median(tableFirst)),
    tableEditMs: round(median(tableEdits)),
    runs: RUNS
  };
}
