import { mkdirSync } from 'fs';
import { join } from 'path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { EMAILS } from '../../../local/server/users';

/** Debian's Chromium; Playwright cannot download its own browsers on this network. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const SCREENSHOT_DIR = join(__dirname, '..', '..', '..', 'test-results', 'screenshots');

export const USERS = {
  owner: EMAILS.owner,
  member: EMAILS.member,
  visitor: EMAILS.visitor,
  // [governance] a Member whom the sign-off journey adds to the approvers group
  approver: EMAILS.secondMember
} as const;

export type Role = keyof typeof USERS;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run'
    ]
  });
}

/** A fresh browser profile signed in (through the local server's cookie) as one of the test users. */
export async function contextAs(browser: Browser, baseUrl: string, role: Role, viewport = { width: 1280, height: 900 }): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport, locale: 'en-GB', timezoneId: 'Europe/London' });
  await context.addCookies([{ name: 'local-user', value: encodeURIComponent(USERS[role]), url: baseUrl }]);
  return context;
}

/** Opens the app and waits until it has finished loading (no spinner left). */
export async function openApp(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  page.on('dialog', (dialog) => {
    throw new Error(`Unexpected browser dialog: ${dialog.message()}`);
  });
  await page.goto(url);
  return page;
}

/** Saves a screenshot as test-results/screenshots/<name>.png: the whole page, or (for dialogs) just the viewport. */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: options.fullPage ?? true });
}
