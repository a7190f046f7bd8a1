import { join } from 'path';
import type { BrowserContext, Frame, Page, Response } from 'playwright-core';
import { findSppkg, readSppkg, resourceFiles, type ShippedWebPart } from '../../../local/workbench/sppkg';
import { PROJECT_ROOT } from './localSite';

/** The web part as the ship build packed it (scripts/ensure-sppkg.ts builds it before the journeys). */
export async function shippedWebPart(): Promise<ShippedWebPart> {
  const path = findSppkg(join(PROJECT_ROOT, 'sharepoint', 'solution'));
  if (path === undefined) {
    throw new Error('No .sppkg in sharepoint/solution: npm run test:e2e builds it first (scripts/ensure-sppkg.ts).');
  }
  return readSppkg(path);
}

/** The bundle file the .sppkg's component manifest names as the web part's entry module. */
export function entryBundleFile(webPart: ShippedWebPart): string {
  const { entryModuleId, scriptResources } = webPart.manifest.loaderConfig;
  const files = scriptResources[entryModuleId] !== undefined ? resourceFiles(scriptResources[entryModuleId]) : [];
  if (files.length !== 1) {
    throw new Error(`The .sppkg's manifest should name one file for its entry module ${entryModuleId}; it names ${files.length}.`);
  }
  return files[0];
}

/**
 * Keeps the workbench hermetic as CI is: SharePoint pages fetch fonts and
 * icons from Microsoft's CDN, which is not reachable here, so any request
 * leaving the local site is refused at once instead of waiting for DNS.
 */
export async function localOnly(context: BrowserContext, siteUrl: string): Promise<void> {
  const origin = new URL(siteUrl).origin;
  await context.route((url) => url.origin !== origin && url.protocol !== 'blob:' && url.protocol !== 'data:', (route) => route.abort());
}

/** Every response the page receives from now on, in order. */
export function networkLog(page: Page): Response[] {
  const log: Response[] = [];
  page.on('response', (response) => log.push(response));
  return log;
}

/** Waits until SPFx has loaded and rendered the web part on the workbench (or failed to). */
export async function workbenchReady(page: Page | Frame): Promise<void> {
  await page.waitForFunction(() => document.documentElement.getAttribute('data-workbench') !== null, undefined, { timeout: 60000 });
  const state = await page.evaluate(() => document.documentElement.getAttribute('data-workbench'));
  if (state !== 'ready') {
    throw new Error(`SPFx did not start the web part on the workbench: ${await page.locator('body').innerText()}`);
  }
}

/** The tab frame of the simulated Teams client (/workbench/teams), once SPFx has rendered the web part in it. */
export async function teamsTab(page: Page): Promise<Frame> {
  await page.locator('iframe[name="embedded-page-container"]').waitFor();
  const frame = page.frame({ name: 'embedded-page-container' });
  if (frame === null) {
    throw new Error('The simulated Teams client has no tab frame.');
  }
  await workbenchReady(frame);
  return frame;
}
