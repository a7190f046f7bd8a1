import { readFileSync } from 'fs';
import type { Page } from 'playwright-core';

/** A file the browser downloaded: the name it suggested and the bytes. */
export interface DownloadedFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * Chooses an item of the mapping's download menu and returns the file the browser saved,
 * as a person would find it in their Downloads folder.
 */
export async function downloadExport(page: Page, item: string): Promise<DownloadedFile> {
  await page.getByRole('button', { name: 'Download this mapping as a file' }).click();
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }), page.getByRole('menuitem', { name: item }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: new Uint8Array(readFileSync(path)) };
}
