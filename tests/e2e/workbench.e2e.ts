import type { BrowserContext, Page, Worker } from 'playwright-core';
import { buildDocx, buildPdf, fixtureBlocks } from '../support/jdDocuments';
import { gridReady, settled, teamField, waitForDialog } from './support/app';
import { contextAs, screenshot } from './support/browser';
import { browserForThisFile, localSiteForThisFile } from './support/lifecycle';
import { localOnly, networkLog, teamsTab, workbenchReady } from './support/workbench';

/**
 * The SPFx workbench's property pane: the web part's own property pane
 * configuration, drawn by the workbench, with changes reported to the web part
 * the way SharePoint's pane reports them.
 */
describe('the SPFx workbench', () => {
  const site = localSiteForThisFile();
  const browser = browserForThisFile();
  let context: BrowserContext;

  beforeAll(async () => {
    context = await contextAs(browser, site.url, 'owner');
    await localOnly(context, site.url);
  });

  async function openWorkbench(): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${site.url}/workbench`);
    await workbenchReady(page);
    await settled(page);
    return page;
  }

  it('opens the web part’s property pane with its own settings and applies a changed default team', async () => {
    const page = await openWorkbench();
    const edit = page.getByRole('button', { name: 'Edit web part properties' });
    await edit.click();
    expect(await edit.getAttribute('aria-expanded')).toBe('true');
    const pane = page.getByRole('complementary', { name: 'Imaging duty mapping' });
    await pane.getByText('Choose what this web part opens with.').waitFor();
    expect(await pane.getByRole('group', { name: 'Settings' }).isVisible()).toBe(true);
    const compact = pane.getByRole('switch', { name: 'Compact density' });
    expect(await compact.isChecked()).toBe(false);

    await pane.getByRole('textbox', { name: 'Default team' }).fill('Vascular ultrasound');
    await screenshot(page, 'workbench-property-pane', { fullPage: false });
    await page.getByRole('button', { name: 'Start a new mapping' }).click();
    const dialog = await waitForDialog(page, 'Start a new mapping');
    expect(await teamField(dialog).inputValue()).toBe('Vascular ultrasound');
  });

  it('re-renders the web part with compact density when the toggle is switched on', async () => {
    const page = await openWorkbench();
    const heading = page.getByRole('heading', { level: 1, name: 'Imaging duty mapping' });
    const before = (await heading.boundingBox())?.y ?? 0;
    await page.getByRole('button', { name: 'Edit web part properties' }).click();
    await page.getByRole('switch', { name: 'Compact density' }).check();
    // Compact density halves the app's padding, so its title moves up.
    await page.waitForFunction((top) => {
      const title = document.querySelector('#workbench-canvas h1');
      return title !== null && title.getBoundingClientRect().top < top;
    }, before);
  });

  it('reads a .docx and a .pdf in the shipped bundle’s reader workers, each started from a blob: address, pdf.js only in its own', async () => {
    const page = await openWorkbench();
    const workers: Worker[] = [];
    page.on('worker', (worker) => workers.push(worker));
    const responses = networkLog(page);
    await page.getByRole('button', { name: 'Start a new mapping' }).click();
    const dialog = await waitForDialog(page, 'Start a new mapping');
    await teamField(dialog).fill('Workbench readers');
    await dialog.getByRole('button', { name: 'Create mapping' }).click();
    await gridReady(page);
    await page.getByRole('button', { name: 'Add JD and PS' }).click();
    const panel = page.getByRole('dialog', { name: 'Job description and person specification' });
    const input = (document: string): ReturnType<typeof panel.locator> => panel.locator(`input[type="file"][aria-label="Choose a .docx or .pdf file for the ${document}"]`);

    await input('Job description (JD)').setInputFiles({ name: 'JD.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from(await buildDocx(fixtureBlocks('general-xray-jd.txt'))) });
    await panel.getByText(/^JD\.docx: \d+ clauses read\.$/).waitFor();
    // A .docx starts the reader worker alone: pdf.js is not loaded for it.
    expect(workers.map((worker) => worker.url().slice(0, 5))).toEqual(['blob:']);

    await input('Person specification (PS)').setInputFiles({ name: 'PS.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await buildPdf(fixtureBlocks('ct-mri-ps.txt'))) });
    await panel.getByText(/^PS\.pdf: \d+ clauses read\.$/).waitFor();
    expect(workers.map((worker) => worker.url().slice(0, 5))).toEqual(['blob:', 'blob:']);
    const pdfjsIn = (target: Page | Worker): Promise<string> => target.evaluate(() => typeof (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker);
    // pdf.js ran in the PDF reader worker, and neither in the reader worker nor on the page (its fallback when no worker starts).
    expect(await pdfjsIn(workers[1])).toBe('object');
    expect(await pdfjsIn(workers[0])).toBe('undefined');
    expect(await pdfjsIn(page)).toBe('undefined');
    // The page loaded the client that hands jobs to the workers, but not the readers' code it would run without a worker.
    const chunks = responses.map((response) => /chunk\.([a-z-]+)_/.exec(response.url())?.[1]).filter((chunk) => chunk !== undefined);
    expect(chunks).toContain('jd-read');
    expect(chunks.filter((chunk) => chunk === 'jd-reader' || chunk === 'jd-pdf')).toEqual([]);
  });

  describe('as a Teams tab in the simulated Teams client', () => {
    const TEAM = 'Northgate Hospital — MRI';

    it('gets teams-js from SPFx, with the Teams locale, the team’s name for new mappings and live theme switches', async () => {
      const page = await context.newPage();
      await page.goto(`${site.url}/workbench/teams?theme=dark&locale=cy-GB&team=${encodeURIComponent(TEAM)}`);
      const tab = await teamsTab(page);
      await settled(tab);
      const app = tab.locator('#workbench-canvas [lang]').first();
      expect(await app.getAttribute('lang')).toBe('cy-GB');
      const background = (): Promise<string> => app.evaluate((element) => getComputedStyle(element).backgroundColor);
      const dark = await background();
      await screenshot(page, 'workbench-teams-dark', { fullPage: false });

      await tab.getByRole('button', { name: 'Start a new mapping' }).click();
      const dialog = await waitForDialog(tab, 'Start a new mapping');
      expect(await teamField(dialog).inputValue()).toBe(TEAM);
      await dialog.getByRole('button', { name: 'Cancel' }).click();

      await page.getByRole('button', { name: 'Default theme' }).click();
      await tab.waitForFunction((before) => {
        const element = document.querySelector('#workbench-canvas [lang]');
        return element !== null && getComputedStyle(element).backgroundColor !== before;
      }, dark);
    });
  });
});
