import type { BrowserContext } from 'playwright-core';
import { DEMO, SAVE_TIMEOUT, appText, commentsField, openMapping, openPath, saveState, statusControl, waitForSaved } from './support/app';
import { contextAs, screenshot } from './support/browser';
import { browserForThisFile, localSiteForThisFile } from './support/lifecycle';

/**
 * A Member of a Teams team's site holds Edit there (Manage Lists included), as SharePoint Online
 * gives them and as the local server now models: the app still shows them no Owner controls, and
 * editing works on lists Members can add to and edit but not delete from.
 */
describe('a Member with Edit on the site', () => {
  const browser = browserForThisFile();
  const contexts: BrowserContext[] = [];

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  describe('on a fresh site', () => {
    const site = localSiteForThisFile({ seed: false });

    it('is not offered set-up, is asked to find a site owner, and nothing is created', async () => {
      const context = await contextAs(browser, site.url, 'member');
      contexts.push(context);
      const page = await openPath(context, site, '/');
      await page.getByRole('heading', { name: 'Set up duty mapping on this site' }).waitFor();
      expect(await appText(page)).toContain('Ask a site owner');
      expect(await page.getByRole('button', { name: 'Set up this site' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Update this site' }).count()).toBe(0);
      await screenshot(page, 'member-01-fresh-site');
      const lists = await fetch(`${site.siteUrl}/_api/web/lists?$select=Title`, { headers: { Accept: 'application/json' } });
      const titles = ((await lists.json()) as { value: Array<{ Title: string }> }).value.map((list) => list.Title);
      expect(titles.filter((title) => title.startsWith('Duty Mapping'))).toEqual([]);
    });
  });

  describe('on a site an Owner set up', () => {
    const site = localSiteForThisFile();

    it('sees no Owner controls, and edits and saves a mapping', async () => {
      const context = await contextAs(browser, site.url, 'member');
      contexts.push(context);
      const chooser = await openPath(context, site, '/');
      await chooser.getByRole('heading', { name: 'Mappings on this site' }).waitFor();
      await chooser.getByRole('button', { name: 'Start a new mapping' }).waitFor();
      for (const ownerOnly of ['Manage frameworks', 'Update this site', 'Set up this site']) {
        expect([ownerOnly, await chooser.getByRole('button', { name: ownerOnly }).count()]).toEqual([ownerOnly, 0]);
      }
      await chooser.close();

      const page = await openMapping(context, site, DEMO.generalXray.id);
      await statusControl(page, 'clean-safe-1').waitFor();
      expect(await page.getByRole('button', { name: 'Reopen…' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Sign off…' }).count()).toBe(0);
      expect(await page.getByText(/owns that group/).count()).toBe(0);

      const comments = commentsField(page, 'clean-safe-1');
      await comments.fill('Checked by a Member holding Edit');
      await waitForSaved(page, SAVE_TIMEOUT);
      await screenshot(page, 'member-02-edited', { fullPage: false });
      expect(await saveState(page).textContent()).toMatch(/^Saved at/);

      // The change is stored: a fresh page shows it.
      const again = await openMapping(context, site, DEMO.generalXray.id);
      await commentsField(again, 'clean-safe-1').waitFor();
      expect(await commentsField(again, 'clean-safe-1').inputValue()).toBe('Checked by a Member holding Edit');
    });
  });
});
