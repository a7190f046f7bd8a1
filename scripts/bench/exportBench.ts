/**
 * Word and Excel export of a 40-duty mapping in Debian's Chromium, timed by
 * the app's own User Timing marks around making the file (loading the writer
 * chunk, laying out and zipping), after one warm-up export of each so the
 * chunks are cached as they would be on a second export.
 */
import { statSync } from 'fs';
import type { Page } from 'playwright-core';
import { contextAs, launchBrowser } from '../../tests/e2e/support/browser';
import type { AppServices } from '../../src/services/types';
import { median, progress, round } from './stats';

/** Median milliseconds to make the file, and its size; reported as export.docx.ms, export.docx.bytes, … */
export interface ExportFigures {
  docx: { ms: number; bytes: number };
  xlsx: { ms: number; bytes: number };
  runs: number;
}

const RUNS = 5;
const TIMEOUT_MS = 60_000;
const MENU_ITEMS = { docx: 'Word document (.docx)', xlsx: 'Excel workbook (.xlsx)' } as const;

/**
 * Fills every entry as a team that has finished would: status, where found,
 * reference, a two-sentence comment and actions on gaps.
 *
 * @param services - A Member's services.
 * @param mappingId - A 40-duty mapping.
 */
export async function fillMapping(services: AppServices, mappingId: number): Promise<void> {
  const opened = await services.mappings.openMapping(mappingId);
  const statuses = ['inPlace', 'partlyInPlace', 'gap', 'notApplicable'] as const;
  const entries = opened.mapping.entries.map((entry, i) => {
    const status = statuses[i % statuses.length];
    return {
      entry: {
        ...entry,
        status,
        foundIn: i % 3 === 0 ? ('jdAndPs' as const) : ('jd' as const),
        reference: `JD ${i + 1}.2; PS Essential ${(i % 6) + 1}`,
        comments: `Assistant practitioners on the day rota do this; nights are covered by the radiographer in charge. Opportunity to extend to the weekend team once competencies are signed off (duty ${i + 1}).`,
        action: status === 'gap' || status === 'partlyInPlace' ? { what: `Agree training and sign-off for duty ${i + 1}`, owner: 'AP lead', dueDate: '2026-03-31' } : undefined
      },
      etag: opened.entryEtags[entry.dutyId]
    };
  });
  await services.mappings.saveChanges(mappingId, { entries });
}

async function exportOnce(page: Page, format: keyof typeof MENU_ITEMS): Promise<{ ms: number; bytes: number }> {
  await page.evaluate(() => performance.clearMarks());
  await page.getByRole('button', { name: 'Download this mapping as a file' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: TIMEOUT_MS }),
    page.getByRole('menuitem', { name: MENU_ITEMS[format] }).click()
  ]);
  const path = await download.path();
  const ms = await page.evaluate((name) => {
    const start = performance.getEntriesByName(`idm-export-${name}-start`)[0];
    const done = performance.getEntriesByName(`idm-export-${name}-written`)[0];
    return start && done ? done.startTime - start.startTime : Number.NaN;
  }, format);
  if (!Number.isFinite(ms)) {
    throw new Error(`The ${format} export marks were not found.`);
  }
  return { ms, bytes: statSync(path).size };
}

/**
 * Exports a filled 40-duty mapping as Word and Excel, `RUNS` times each after a warm-up.
 *
 * @param url - The server's origin, serving the built local page.
 * @param mappingId - A filled 40-duty mapping.
 * @returns Median milliseconds and the files' sizes.
 */
export async function measureExports(url: string, mappingId: number): Promise<ExportFigures> {
  const browser = await launchBrowser();
  const times = { docx: [] as number[], xlsx: [] as number[] };
  const bytes = { docx: 0, xlsx: 0 };
  try {
    const context = await contextAs(browser, url, 'member');
    try {
      const page = await context.newPage();
      await page.goto(`${url}/?mapping=${mappingId}`);
      await page.getByRole('button', { name: 'Download this mapping as a file' }).waitFor({ timeout: TIMEOUT_MS });
      for (let run = 0; run <= RUNS; run += 1) {
        for (const format of ['docx', 'xlsx'] as const) {
          const result = await exportOnce(page, format);
          bytes[format] = result.bytes;
          if (run > 0) {
            times[format].push(result.ms);
          }
        }
      }
    } finally {
      await context.close();
    }
  } finally {
    await browser.close();
  }
  progress(`  docx runs (ms): ${times.docx.map((v) => round(v)).join(', ')}; xlsx runs (ms): ${times.xlsx.map((v) => round(v)).join(', ')}`);
  return {
    docx: { ms: round(median(times.docx)), bytes: bytes.docx },
    xlsx: { ms: round(median(times.xlsx)), bytes: bytes.xlsx },
    runs: RUNS
  };
}
