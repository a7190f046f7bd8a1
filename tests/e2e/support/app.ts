import type { BrowserContext, Frame, Locator, Page } from 'playwright-core';
import { truncate } from '../../../src/wording/format';
import { findDuty } from '../../../src/model';
import { DEFAULT_FRAMEWORK } from '../../../src/model';
import { openApp } from './browser';
import type { LocalSite } from './localSite';

/** The demo seed's mappings, in the order seedDemo.ts creates them. */
export const DEMO = {
  generalXray: { id: 1, team: 'Royal Infirmary — General X-ray' },
  ct: { id: 2, team: 'St Luke’s Hospital — CT' }
} as const;

/** Waits long enough for a save that PnPjs retries, without hiding a hang. */
export const SAVE_TIMEOUT = 30000;

/**
 * A duty's name as the grid's controls use it ("Status: <this>"): its text,
 * shortened as the app shortens it for accessible names.
 */
export function dutyName(dutyId: string): string {
  const found = findDuty(DEFAULT_FRAMEWORK, dutyId);
  if (!found) {
    throw new Error(`No duty ${dutyId} in the default framework.`);
  }
  return truncate(found.duty.text);
}

/** Opens the app at a path (e.g. `/?mapping=1`) and waits for the chooser or grid to finish loading. */
export async function openPath(context: BrowserContext, site: LocalSite, path: string, timeout = SAVE_TIMEOUT): Promise<Page> {
  const page = await openApp(context, `${site.url}${path}`);
  await settled(page, timeout);
  return page;
}

/** Opens a mapping by deep link and waits for its grid. */
export async function openMapping(context: BrowserContext, site: LocalSite, mappingId: number, extra = ''): Promise<Page> {
  const page = await openApp(context, `${site.url}/?mapping=${mappingId}${extra}`);
  await gridReady(page);
  return page;
}

/** Waits until no loading spinner is left ("Checking your access…", "Loading mappings…", "Opening the mapping…"). */
export async function settled(page: Page | Frame, timeout = SAVE_TIMEOUT): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Imaging duty mapping' }).waitFor({ timeout });
  await page.waitForFunction(
    // #root on the local page; the web part's element on the SPFx workbench.
    () => !/Checking your access|Loading mappings|Opening the mapping/.test((document.querySelector('#root, #workbench-canvas') as HTMLElement | null)?.innerText ?? ''),
    undefined,
    { timeout }
  );
}

/**
 * Waits for the duties: the first duty's status control (cards) or the first area's grid (table view)
 * is there, and the sign-off state has been read (its request done, so a fault a test injects next
 * meets the request the test means).
 */
export async function gridReady(page: Page): Promise<void> {
  await statusControl(page, 'clean-safe-1')
    .or(page.getByRole('grid').first())
    .waitFor({ timeout: SAVE_TIMEOUT });
  await page.locator('section[aria-busy="true"]').first().waitFor({ state: 'detached', timeout: SAVE_TIMEOUT });
}

/**
 * A returning person finds the mapping's details, summary and introduction folded (the work comes
 * first); this unfolds them when they are folded, as a person would with one click.
 */
export async function showMappingDetails(page: Page): Promise<void> {
  const show = page.getByRole('button', { name: 'Show the details, summary and introduction' });
  if ((await show.count()) > 0) {
    await show.click();
  }
  await page.getByRole('button', { name: 'Hide the details, summary and introduction' }).waitFor();
}

export function statusControl(page: Page, dutyId: string): Locator {
  return page.getByRole('combobox', { name: `Status: ${dutyName(dutyId)}`, exact: true });
}

export function foundInControl(page: Page, dutyId: string): Locator {
  return page.getByRole('combobox', { name: `Found in: ${dutyName(dutyId)}`, exact: true });
}

export function referenceField(page: Page, dutyId: string): Locator {
  return page.getByRole('textbox', { name: `JD/PS reference: ${dutyName(dutyId)}`, exact: true });
}

export function commentsField(page: Page, dutyId: string): Locator {
  return page.getByRole('textbox', { name: `Comments: ${dutyName(dutyId)}`, exact: true });
}

export function actionWhatField(page: Page, dutyId: string): Locator {
  return page.getByRole('textbox', { name: `Action: ${dutyName(dutyId)}`, exact: true });
}

export function actionOwnerField(page: Page, dutyId: string): Locator {
  return page.getByRole('textbox', { name: `Action owner: ${dutyName(dutyId)}`, exact: true });
}

export function actionDueField(page: Page, dutyId: string): Locator {
  return page.getByRole('combobox', { name: `Action due date: ${dutyName(dutyId)}`, exact: true });
}

/** The mapping's (or new mapping's) Team field; its name carries the required marker, "Team *". */
export function teamField(scope: Page | Locator): Locator {
  return scope.getByRole('textbox', { name: /^Team( \*)?$/ });
}

/** Picks an option of one of the grid's dropdowns, as a mouse user would. */
export async function choose(page: Page, dropdown: Locator, option: string): Promise<void> {
  await dropdown.click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await page.getByRole('listbox').waitFor({ state: 'detached' });
}

/** What a dropdown shows as chosen, without its icon (a private-use glyph of Fluent's icon font). */
export async function shownValue(dropdown: Locator): Promise<string> {
  return (await dropdown.innerText()).replace(/[\uE000-\uF8FF]/g, '').trim();
}

/** The mapping's save-state region ("Saved at 14:05", "Couldn't save – …"). */
export function saveState(page: Page): Locator {
  return page.getByRole('status', { name: 'Save state' });
}

/** Waits until the save state says everything is saved ("Saved at HH:MM", nothing unsaved). */
export async function waitForSaved(page: Page, timeout = SAVE_TIMEOUT): Promise<void> {
  await saveState(page)
    .filter({ hasText: /^Saved at \d{2}:\d{2}$/ })
    .waitFor({ timeout });
}

/**
 * A Fluent dialog, blocking (alertdialog) or not, found by its title. Its role
 * element is a zero-height wrapper (the content is fixed-positioned), so wait
 * for it with {@link waitForDialog}, not `waitFor()`.
 */
export function dialog(page: Page | Frame, title: string): Locator {
  return page.getByRole('dialog', { name: title, exact: true }).or(page.getByRole('alertdialog', { name: title, exact: true }));
}

/** Waits until a dialog's title is on screen; returns the dialog. */
export async function waitForDialog(page: Page | Frame, title: string, timeout = SAVE_TIMEOUT): Promise<Locator> {
  const found = dialog(page, title);
  await found.getByText(title, { exact: true }).waitFor({ timeout });
  return found;
}

/** The visible text of the app (not the local user bar). */
export async function appText(page: Page): Promise<string> {
  return page.locator('#root').innerText();
}

export const CONFLICT_TITLE = 'Someone else changed this duty';

/** Two people on one mapping, the second facing the conflict dialog. */
export interface Clash {
  first: Page;
  second: Page;
  conflict: Locator;
}

/**
 * Both open the mapping; the first saves a comment on the duty; the second,
 * whose copy is now out of date, then writes a different comment on it and
 * gets the conflict dialog.
 */
export async function clash(
  site: LocalSite,
  firstContext: BrowserContext,
  secondContext: BrowserContext,
  mappingId: number,
  dutyId: string,
  texts: { first: string; second: string }
): Promise<Clash> {
  const first = await openMapping(firstContext, site, mappingId);
  const second = await openMapping(secondContext, site, mappingId);
  await commentsField(first, dutyId).fill(texts.first);
  await waitForSaved(first);
  await commentsField(second, dutyId).fill(texts.second);
  const conflict = await waitForDialog(second, CONFLICT_TITLE);
  return { first, second, conflict };
}
