import type { BrowserContext, Locator, Page } from 'playwright-core';
import { JSDOM } from 'jsdom';
import { readExcel, readWord } from '../documents/write/officeReaders';
import { DEMO, openMapping, waitForSaved } from './support/app';
import { contextAs, screenshot } from './support/browser';
import { downloadExport } from './support/downloads';
import { browserForThisFile, localSiteForThisFile } from './support/lifecycle';

// The office readers parse XML with the DOM's parser; this journey runs in Node, so jsdom supplies one.
Object.assign(globalThis, { DOMParser: new JSDOM('').window.DOMParser });

const FIRST_AREA = 'Maintain a clean and safe environment';
/** clean-safe-2, not yet reviewed in the demo's CT mapping. */
const SCOPE_DUTY = 'Working to scope of practice for which trained';

function areaGrid(page: Page, area: string): Locator {
  return page.getByRole('grid', { name: `Duties in ${area}` });
}

function row(page: Page, area: string, dutyStart: string): Locator {
  return areaGrid(page, area).getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${dutyStart}`) }) });
}

/** The status cell of a row: the last cell. */
function statusCell(page: Page, area: string, dutyStart: string): Locator {
  return row(page, area, dutyStart).getByRole('gridcell').last();
}

/** Presses Tab until the focused element matches, as a keyboard user would; fails after `limit` presses. */
async function tabUntil(page: Page, matches: () => Promise<boolean>, limit = 60): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await matches()) {
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`Focus did not reach the target in ${limit} presses of Tab.`);
}

function focusedIs(locator: Locator): () => Promise<boolean> {
  return () => locator.evaluate((element) => element === document.activeElement).catch(() => false);
}

describe('the table view', () => {
  const site = localSiteForThisFile();
  const browser = browserForThisFile();
  let context: BrowserContext;

  beforeAll(async () => {
    context = await contextAs(browser, site.url, 'owner', { width: 1366, height: 768 });
  });

  afterAll(async () => {
    await context.close();
  });

  it('switches to the table, edits a status with the keyboard only, and finds it again after a reload', async () => {
    const page = await openMapping(context, site, DEMO.ct.id);

    // Choose the table with the keyboard: Tab to the view choice, then the arrow key (a radio group).
    await tabUntil(page, focusedIs(page.getByRole('radio', { name: 'Cards' })));
    await page.keyboard.press('ArrowRight');
    await areaGrid(page, FIRST_AREA).waitFor();
    // At 1366 × 768 an area's five columns fit without scrolling sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
    expect(await areaGrid(page, FIRST_AREA).getByRole('columnheader').allInnerTexts()).toEqual([
      'Area: a) typical role and responsibility, b) QSI standard',
      'Typical responsibilities and duties',
      'Map to either JD/PS',
      'Comments',
      'Status'
    ]);

    // Tab enters the first grid once, at its first duty; the arrow keys do the rest.
    await tabUntil(page, () => page.evaluate(() => document.activeElement?.getAttribute('role') === 'rowheader'));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    const cell = statusCell(page, FIRST_AREA, SCOPE_DUTY);
    expect(await focusedIs(cell)()).toBe(true);
    expect(await cell.innerText()).toContain('Not yet reviewed');
    await page.keyboard.press('Enter');
    const status = page.getByRole('combobox', { name: /^Status: Working to scope of practice/ });
    expect(await focusedIs(status)()).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('listbox').waitFor();
    // Fluent moves the focus into the open list a frame after it appears; a key pressed before that is lost
    // (it was, once, on a loaded machine), so wait for the focus as a person waits to see the highlight.
    await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'option');
    await page.keyboard.press('ArrowDown');
    // The second choice, In place (the cell's text is checked below).
    await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'option' && document.activeElement.getAttribute('aria-posinset') === '2');
    await page.keyboard.press('Enter');
    await page.getByRole('listbox').waitFor({ state: 'detached' });
    await page.keyboard.press('Escape');
    expect(await focusedIs(cell)()).toBe(true);
    expect(await cell.innerText()).toContain('In place');
    await waitForSaved(page);
    await screenshot(page, 'table-01-status-edited', { fullPage: false });

    await page.reload();
    await areaGrid(page, FIRST_AREA).waitFor();
    expect(await statusCell(page, FIRST_AREA, SCOPE_DUTY).innerText()).toContain('In place');
    // Label in name: the area link is named by what it shows, the area and then its progress.
    await page.getByRole('navigation', { name: 'Jump to an area' }).getByRole('button', { name: `${FIRST_AREA} 3 of 7 reviewed, no gaps` }).waitFor();

    // The edit leaves the app with the mapping: the Word form's row and the workbook's row both say In place.
    const word = await readWord((await downloadExport(page, 'Word document (.docx)')).bytes);
    const wordRow = word.tables.flatMap((table) => table).find((r) => r.cells.some((cell) => cell.startsWith(SCOPE_DUTY)));
    expect(wordRow?.cells).toContain('In place');
    const { sheets } = await readExcel((await downloadExport(page, 'Excel workbook (.xlsx)')).bytes);
    const excelRow = sheets[0].rows.find((r) => String(r[2]).startsWith(SCOPE_DUTY));
    expect(excelRow?.[6]).toBe('In place');

    // Who changed it is one click away in the table too: the duty's History lists the edit with its author.
    await row(page, FIRST_AREA, SCOPE_DUTY).getByRole('button', { name: /^History of / }).click();
    const history = page.getByRole('dialog').filter({ hasText: 'Change history' });
    await history.getByText(/Status: Not yet reviewed → In place/).waitFor();
    expect(await history.innerText()).toContain('Olivia Owen');
  });

  it('prints the form: header table, five-column area tables, provenance notes and action plan, without buttons, on landscape A4', async () => {
    const page = await openMapping(context, site, DEMO.generalXray.id);
    await areaGrid(page, FIRST_AREA).waitFor();
    await page.evaluate(() => {
      // The real dialog would block the page; count the calls instead.
      const counted = window as unknown as { printCalls: number };
      counted.printCalls = 0;
      window.print = () => {
        counted.printCalls += 1;
      };
    });
    await page.getByRole('button', { name: 'Print' }).click();
    expect(await page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(1);

    await page.emulateMedia({ media: 'print' });
    const printed = page.locator('#idm-print-root');
    await printed.waitFor();
    expect(await page.getByRole('button').filter({ visible: true }).count()).toBe(0);
    expect(await page.getByRole('navigation').filter({ visible: true }).count()).toBe(0);
    expect(await page.getByText('Show duties as').isVisible()).toBe(false);

    const heading = printed.getByRole('heading', { level: 1 });
    expect(await heading.innerText()).toMatch(/^Mapping current Job descriptions and Person Specifications/);
    expect(await printed.innerText()).toContain('Against Developing career pathways for diagnostic imaging support worker roles');
    const details = printed.getByRole('table', { name: 'Mapping details' });
    expect(await details.getByRole('rowheader').allInnerTexts()).toEqual(['Team', 'Notes', 'Completed by (name all involved)', 'Date completed']);
    expect(await details.innerText()).toContain(DEMO.generalXray.team);

    const areaTables = printed.getByRole('region').filter({ has: page.getByRole('columnheader', { name: 'Map to either JD/PS' }) });
    expect(await areaTables.count()).toBe(4);
    for (const table of await areaTables.all()) {
      expect(await table.getByRole('columnheader').count()).toBe(5);
    }
    expect(await printed.getByRole('listitem').filter({ hasText: /^MRI scanner$/ }).count()).toBe(1);
    expect(await printed.innerText()).toContain('March 2025: The Society of Radiographers provides this document');
    const plan = printed.getByRole('region', { name: 'Action plan' });
    expect(await plan.getByRole('columnheader').allInnerTexts()).toEqual(['Area', 'Duty', 'Status', 'Action', 'Owner', 'Due']);
    expect(await plan.innerText()).toContain('Agree an AP-led induction package for imaging support workers with the practice educator');

    const layout = await printed.evaluate((root) => {
      const thead = root.querySelector('thead') as HTMLElement;
      const bodyRow = root.querySelector('tbody tr') as HTMLElement;
      return { thead: getComputedStyle(thead).display, rowBreak: getComputedStyle(bodyRow).breakInside };
    });
    expect(layout).toEqual({ thead: 'table-header-group', rowBreak: 'avoid' });
    await screenshot(page, 'table-02-print-preview');

    // The PDF the browser makes is landscape A4 (842 × 595 points), as the print stylesheet asks.
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf);
    expect(box && [Math.round(Number(box[1])), Math.round(Number(box[2]))]).toEqual([842, 595]);
  });
});
