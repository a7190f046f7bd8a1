/**
 * The Teams personal app over two hospitals' department sites (issue 25): a Member who completed
 * mappings and owns actions on both sees them all, each with its site, and a well-formed reminder
 * link; a Member whose tenant names no sites sees what the administrator must set.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { openPath } from './support/app';
import { contextAs, screenshot } from './support/browser';
import { browserForThisFile, localSiteForThisFile } from './support/lifecycle';
import { ST_LUKES_PATH } from './support/localSite';
import type { LocalSite } from './support/localSite';

const PERSONAL = '/?host=teams&view=personal';

async function openScreen(page: Page, name: 'My actions' | 'Action tracker'): Promise<void> {
  await page.getByRole('navigation', { name: 'Duty mapping views' }).getByRole('button', { name, exact: true }).click();
  await page.getByRole('heading', { level: 2, name, exact: true }).waitFor();
  await page.getByRole('status').filter({ hasText: /^Showing \d+ of \d+/ }).waitFor();
}

describe('the Teams personal app across the department sites', () => {
  const site: LocalSite = localSiteForThisFile({ sites: true });
  const browser: Browser = browserForThisFile();
  const contexts: BrowserContext[] = [];
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
  });

  it('lists a Member’s mappings and actions on both hospitals’ sites, with reminders', async () => {
    const context = await contextAs(browser, site.url, 'approver');
    contexts.push(context);
    site.resetRequestCount();
    const page = await openPath(context, site, PERSONAL);
    const list = page.getByRole('list', { name: 'Mappings' });
    await list.waitFor();
    await page.waitForLoadState('networkidle');
    // The first screen: the property with the person (on the site the app runs on, here the Royal
    // Infirmary's), then one request per listed site.
    const firstScreen = [site.requestCount('/sites/imaging'), site.requestCount(ST_LUKES_PATH)];
    const mappings = await list.getByRole('heading', { level: 3 }).allInnerTexts();
    expect(mappings.some((team) => team.startsWith('Royal Infirmary'))).toBe(true);
    expect(mappings.some((team) => team.startsWith('St Luke’s Hospital'))).toBe(true);
    expect(await list.getByText('stlukes').count()).toBeGreaterThan(0);
    await screenshot(page, 'sites-01-my-mappings');
    expect(firstScreen).toEqual([2, 1]);

    site.resetRequestCount();
    await openScreen(page, 'My actions');
    await page.waitForLoadState('networkidle');
    // One $batch per site for the rows; then each site's check for owners who have left.
    expect([site.requestCount('/sites/imaging'), site.requestCount(ST_LUKES_PATH)]).toEqual([2, 2]);
    const rows = page.getByRole('row');
    const texts = await rows.allInnerTexts();
    const body = texts.slice(1);
    expect(body.length).toBeGreaterThan(1);
    expect(body.every((row) => row.includes('Priya Patel'))).toBe(true);
    expect(body.some((row) => row.includes('imaging'))).toBe(true);
    expect(body.some((row) => row.includes('stlukes'))).toBe(true);

    const remind = page.getByRole('link', { name: /^Remind in Teams: Priya Patel, about/ }).first();
    const href = (await remind.getAttribute('href')) ?? '';
    const url = new URL(href);
    expect(`${url.origin}${url.pathname}`).toBe('https://teams.microsoft.com/l/chat/0/0');
    expect(url.searchParams.get('users')).toBe('priya.patel@imaging.local');
    expect(url.searchParams.get('message')).toMatch(/^Hello Priya, a reminder from the .+ duty mapping: the action “.+” for “.+” is yours, due .+\.$/);
    const mail = (await page.getByRole('link', { name: /^E-mail: Priya Patel, about/ }).first().getAttribute('href')) ?? '';
    expect(mail).toMatch(/^mailto:priya\.patel%40imaging\.local\?subject=.+&body=.+/);
    await screenshot(page, 'sites-02-my-actions');
  });

  it('keeps an owner who has left with a plain note on the tracker, and offers no reminder to them', async () => {
    const context = await contextAs(browser, site.url, 'owner');
    contexts.push(context);
    const page = await openPath(context, site, '/');
    await openScreen(page, 'Action tracker');
    // Sam Okafor (the demo's former MRI superintendent) is no longer on the Royal Infirmary's site.
    await page.getByText(/Not found on their site any more \(they may have left\): Sam Okafor\./).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Sam Okafor' }).first();
    expect(await row.innerText()).toContain('No longer on this site');
    expect(await row.innerText()).toContain('No reminder: the owner is no longer on the site');
    expect(await page.getByRole('link', { name: /^Remind in Teams: Sam Okafor/ }).count()).toBe(0);
    expect(await page.getByRole('link', { name: /^Remind in Teams: / }).count()).toBeGreaterThan(0);
    await screenshot(page, 'sites-04-owner-left');
  });
});

describe('the Teams personal app where no department sites are named', () => {
  const site: LocalSite = localSiteForThisFile({ seed: false });
  const browser: Browser = browserForThisFile();

  it('shows a Member what the administrator must set, and offers nothing to set up', async () => {
    const context = await contextAs(browser, site.url, 'member');
    const page = await openPath(context, site, PERSONAL);
    await page.getByRole('heading', { name: 'Your administrator needs to name the department sites' }).waitFor();
    expect(await page.getByText(/Set-SPOStorageEntity .*ImagingDutyMappingSites/).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Set up this site' }).count()).toBe(0);
    await screenshot(page, 'sites-03-admin-instructions');
    await context.close();
  });
});
