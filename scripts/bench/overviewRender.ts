/**
 * The overview's first render with 1,000+ rows in Debian's Chromium, from the
 * arrival of its data to the app's 'idm-overview-rendered' mark.
 */
import { contextAs, launchBrowser } from '../../tests/e2e/support/browser';
import { median, progress, round } from './stats';

export interface OverviewRenderFigures {
  /** Last API response before the table rendered to 'idm-overview-rendered'. */
  overviewMs: number;
  overviewRows: number;
  overviewRuns: number;
}

const RUNS = 5;
const TIMEOUT_MS = 60_000;

/**
 * Opens the app afresh (a new profile each time) `RUNS` times after one
 * warm-up, goes to the overview and reads the marks.
 *
 * @param url - The server's origin, serving the built local page.
 * @returns Median figures.
 */
export async function measureOverviewRender(url: string): Promise<OverviewRenderFigures> {
  const browser = await launchBrowser();
  const times: number[] = [];
  let rows = 0;
  try {
    for (let run = 0; run <= RUNS; run += 1) {
      const context = await contextAs(browser, url, 'member');
      try {
        const page = await context.newPage();
        await page.goto(`${url}/`);
        await page.getByRole('navigation', { name: 'Duty mapping views' }).getByRole('button', { name: 'Overview', exact: true }).click({ timeout: TIMEOUT_MS });
        await page.waitForFunction(() => performance.getEntriesByName('idm-overview-rendered').length > 0, undefined, { timeout: TIMEOUT_MS });
        const measured = await page.evaluate(() => {
          const rendered = performance.getEntriesByName('idm-overview-rendered')[0].startTime;
          const api = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
            .filter((e) => e.name.includes('/_api/') && e.responseEnd > 0 && e.responseEnd <= rendered)
            .map((e) => e.responseEnd);
          const status = Array.from(document.querySelectorAll('[role="status"]')).map((e) => e.textContent ?? '').find((text) => /^Showing \d+ of \d+ teams$/.test(text)) ?? '';
          return { ms: rendered - Math.max(...api), rows: Number(/of (\d+)/.exec(status)?.[1] ?? 0) };
        });
        if (run > 0) {
          times.push(measured.ms);
          rows = measured.rows;
        }
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  progress(`  overview render runs (ms): ${times.map((v) => round(v)).join(', ')}`);
  return { overviewMs: round(median(times)), overviewRows: rows, overviewRuns: RUNS };
}
