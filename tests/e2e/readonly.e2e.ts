import type { BrowserContext } from 'playwright-core';
import { DEMO, SAVE_TIMEOUT, appText, commentsField, foundInControl, openMapping, openPath, referenceField, saveState, statusControl, teamField } from './support/app';
import { contextAs, screenshot } from './support/browser';
import { browserForThisFile, localSiteForThisFile } from './support/lifecycle';
import { injectFault } from './support/localSite';

const READ_ONLY_NOTICE =
  'You can view this mapping but not change it, because you have read-only access to this site. Ask a site owner for edit access.';

describe('who may do what', () => {
  const browser = browserForThisFile();
  const contexts: BrowserContext[] = [];

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  describe('on a site that is set up', () => {
    const site = localSiteForThisFile();

    it('shows a Visitor the grid read-only, saying why, with nothing to change or save', async () => {
      const context = await contextAs(browser, site.url, 'visitor');
      contexts.push(context);

      const chooser = await openPath(context, site, '/');
      await chooser.getByText(READ_ONLY_NOTICE).waitFor();
      await chooser.getByRole('heading', { name: 'Mappings on this site' }).waitFor();
      expect(await chooser.getByRole('button', { name: 'Start a new mapping' }).count()).toBe(0);
      await chooser.close();

      const page = await openMapping(context, site, DEMO.generalXray.id);
      await page.getByText(READ_ONLY_NOTICE).waitFor();
      await screenshot(page, 'readonly-01-visitor-grid', { fullPage: false });
      await statusControl(page, 'clean-safe-1').scrollIntoViewIfNeeded();
      await screenshot(page, 'readonly-01b-visitor-duty', { fullPage: false });
      // The demo's answers are there to read.
      expect(await referenceField(page, 'clean-safe-1').inputValue()).toBe('JD 3.1; PS Essential 4');

      for (const dropdown of [statusControl(page, 'clean-safe-1'), foundInControl(page, 'clean-safe-1')]) {
        expect(await dropdown.getAttribute('aria-disabled')).toBe('true');
      }
      for (const field of [commentsField(page, 'clean-safe-1'), referenceField(page, 'clean-safe-1'), teamField(page)]) {
        expect(await field.isEditable()).toBe(false);
      }
      // Nothing is being saved, so there is no save state, and no way to add people.
      expect(await saveState(page).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Add' }).count()).toBe(0);
      // The people who completed it are listed as text, with nothing to remove.
      expect(await page.getByRole('button', { name: /^Remove / }).count()).toBe(0);
      expect(await appText(page)).toContain('Marcus Mensah, Priya Patel');

      // Trying anyway changes nothing.
      const comments = commentsField(page, 'clean-safe-1');
      const before = await comments.inputValue();
      await comments.click();
      await page.keyboard.type('Visitor was here');
      expect(await comments.inputValue()).toBe(before);
      // A forced click does not wait for the page to stop moving, so bring the control into view first
      // (once, under load, the click landed while the page was still settling and missed the viewport).
      await statusControl(page, 'clean-safe-1').scrollIntoViewIfNeeded();
      await statusControl(page, 'clean-safe-1').click({ force: true });
      expect(await page.getByRole('listbox').count()).toBe(0);
    });
  });

  describe('on a site that is not set up', () => {
    const site = localSiteForThisFile({ seed: false });

    it('tells a Member to ask a site owner, and offers no set-up', async () => {
      const context = await contextAs(browser, site.url, 'member');
      contexts.push(context);
      const page = await openPath(context, site, '/');

      await page.getByRole('heading', { name: 'Set up duty mapping on this site' }).waitFor();
      expect(await appText(page)).toContain('only a site owner can set it up. Ask a site owner to open this page and choose "Set up this site".');
      expect(await page.getByRole('button', { name: 'Set up this site' }).count()).toBe(0);
      await screenshot(page, 'readonly-02-member-ask-owner');
    });

    it('lets an Owner set the site up, showing each step, and lands in the empty chooser', async () => {
      const context = await contextAs(browser, site.url, 'owner');
      contexts.push(context);
      const page = await openPath(context, site, '/');

      await page.getByRole('heading', { name: 'Set up duty mapping on this site' }).waitFor();
      expect(await appText(page)).toContain('it does not change or remove anything that is already here');
      await screenshot(page, 'readonly-03-owner-setup-offered');

      // Keep every state of the progress list the owner sees (it goes once set-up is done).
      await page.evaluate(() => {
        const seen: string[] = [];
        (window as unknown as { idmSetupSeen: string[] }).idmSetupSeen = seen;
        new MutationObserver(() => {
          const list = document.querySelector('ol[aria-label="Set-up progress"]') as HTMLElement | null;
          if (list && seen[seen.length - 1] !== list.innerText) {
            seen.push(list.innerText);
          }
        }).observe(document.body, { subtree: true, childList: true, characterData: true });
      });
      // SharePoint asks the first step to wait a moment, so its progress can be seen (and photographed).
      await injectFault(site, { status: 503, retryAfter: 2, times: 1, pathContains: '$batch' });
      await page.getByRole('button', { name: 'Set up this site' }).click();

      const progress = page.getByRole('list', { name: 'Set-up progress' });
      await progress.getByText('Check what this site already has – in progress').waitFor();
      expect(await progress.innerText()).toMatch(/Create the ".+" list – waiting/);
      expect(await page.getByRole('button', { name: 'Set up this site' }).isDisabled()).toBe(true);
      await screenshot(page, 'readonly-04-owner-setup-in-progress');

      await page.getByText('This site is now set up for duty mapping.').waitFor({ timeout: SAVE_TIMEOUT });
      await page.getByRole('heading', { name: 'Mappings on this site' }).waitFor();
      await page
        .getByText("There are no mappings on this site yet. Start a new mapping to map your team's job descriptions and person specifications.")
        .waitFor();
      await page.getByRole('button', { name: 'Start a new mapping' }).waitFor();
      await screenshot(page, 'readonly-05-owner-setup-done');

      const seen = await page.evaluate(() => (window as unknown as { idmSetupSeen: string[] }).idmSetupSeen);
      const last = seen[seen.length - 1]
        .replace(/[\uE000-\uF8FF]/g, '')
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '');
      expect(seen.length).toBeGreaterThan(3);
      expect(last.length).toBeGreaterThan(5);
      // Every step ended done (or was already there); none failed or was left waiting.
      for (const line of last) {
        expect(line).toMatch(/ – (done|already there)$/);
      }
      expect(last).toContain('Add the default duty framework – done');
      // [jdimport] the JD/PS library's own permissions; [governance] the records library's before it
      expect(last).toContain('Let Members add documents to "Duty Mapping Documents" and Visitors only read them – done');
      expect(last).toContain('Let only site owners and approvers add records to "Duty Mapping Records" – done');
    });
  });
});
