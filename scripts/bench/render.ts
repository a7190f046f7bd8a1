/**
 * First render of a 40-duty grid and the re-render after one keystroke, in
 * Debian's Chromium, read from the app's own User Timing marks.
 */
import type { Page } from 'playwright-core';
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
  runs: number;
}

interface LoadMarks {
  renderStart?: number;
  rendered: number;
  dataArrived?: number;
}

const RUNS = 5;
const TIMEOUT_MS = 60_000;

/** Reads the marks after the grid has rendered; API responses come from Resource Timing. */
async function loadMarks(page: Page): Promise<LoadMarks> {
  await page.waitForFunction(() => performance.getEntriesByName('idm-grid-rendered').length > 0, undefined, { timeout: TIMEOUT_MS });
  return page.evaluate((): LoadMarks => {
    const rendered = performance.getEntriesByName('idm-grid-rendered')[0].startTime;
    const starts = performance.getEntriesByName('idm-grid-render-start').filter((e) => e.startTime <= rendered);
    const api = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((e) => e.name.includes('/_api/') && e.responseEnd > 0 && e.responseEnd <= rendered)
      .map((e) => e.responseEnd);
    return {
      renderStart: starts.length > 0 ? starts[starts.length - 1].startTime : undefined,
      rendered,
      dataArrived: api.length > 0 ? Math.max(...api) : undefined
    };
  });
}

/** Types one character into a duty's comments and waits for the grid to commit it. */
async function editOnce(page: Page): Promise<number> {
  const field = page.getByRole('textbox', { name: /^Comments: / }).first();
  await field.click();
  await page.keyboard.type('x');
  const timing = async (): Promise<number | undefined> =>
    page.evaluate(() => {
      const starts = performance.getEntriesByName('idm-grid-edit-start');
      if (starts.length === 0) {
        return undefined;
      }
      const start = starts[starts.length - 1].startTime;
      const done = performance.getEntriesByName('idm-grid-edit-rendered').find((e) => e.startTime >= start);
      return done === undefined ? undefined : done.startTime - start;
    });
  await page.waitForFunction(
    () => {
      const starts = performance.getEntriesByName('idm-grid-edit-start');
      const start = starts.length > 0 ? starts[starts.length - 1].startTime : Infinity;
      return performance.getEntriesByName('idm-grid-edit-rendered').some((e) => e.startTime >= start);
    },
    undefined,
    { timeout: TIMEOUT_MS }
  );
  const ms = await timing();
  if (ms === undefined) {
    throw new Error('The edit marks were not found after the edit.');
  }
  return ms;
}

/**
 * Loads `${url}/?mapping=${id}` afresh (a new browser profile, so no cache and
 * no restored drafts) `RUNS` times after one warm-up load, as a Member.
 *
 * @param url - The server's origin, serving the built local page.
 * @param mappingId - A 40-duty mapping.
 * @returns Median figures.
 */
export async function measureRender(url: string, mappingId: number): Promise<RenderFigures> {
  const browser = await launchBrowser();
  const first: number[] = [];
  const fromData: number[] = [];
  const edits: number[] = [];
  let firstFrom: RenderFigures['firstFrom'] = 'idm-grid-render-start';
  try {
    for (let run = 0; run <= RUNS; run += 1) {
      const context = await contextAs(browser, url, 'member');
      try {
        const page = await context.newPage();
        await page.goto(`${url}/?mapping=${mappingId}`);
        const marks = await loadMarks(page);
        const editMs = await editOnce(page);
        if (run === 0) {
          continue;
        }
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
  return { firstMs: round(median(first)), firstFrom, fromDataMs: round(median(fromData)), editMs: round(median(edits)), runs: RUNS };
}
