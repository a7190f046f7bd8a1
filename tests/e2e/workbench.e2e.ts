import type { BrowserContext, Page } from 'playwright-core';
import { settled, teamField, waitForDialog } from './support/app';
import { contextAs, screenshot } from './support/browser';
import { browserForThisFile, localSiteForThisFile } from './support/lifecycle';
import { localOnly, workbenchReady } from './support/workbench';

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
});
