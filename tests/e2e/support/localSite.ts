import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { seedDemoSite, seedDemoSites } from '../../../local/seed/seedDemo';

export const ST_LUKES_PATH = '/sites/stlukes';
import { startLocalSharePoint } from '../../../local/server/server';

/**
 * Where `scripts/build-local-page.ts` puts the page (local/buildPage.ts's PAGE_OUT_DIR).
 * Not imported from there: that module loads Vite, an ES module Jest cannot require.
 */
const PAGE_OUT_DIR = join(__dirname, '..', '..', '..', '.local-build', 'page');
/** The project root: the SPFx workbench serves sharepoint/solution/*.sppkg and node_modules from here. */
export const PROJECT_ROOT = join(__dirname, '..', '..', '..');

export interface LocalSite {
  url: string;
  siteUrl: string;
  /** Requests to the sites' REST APIs since the last reset (contextinfo excluded); with a path, that site's only. */
  requestCount(sitePath?: string): number;
  resetRequestCount(): void;
  close(): Promise<void>;
}

/**
 * What `npm start` runs, on an ephemeral port with its own data folder: the
 * built local page served by the local SharePoint server, seeded with the demo
 * site unless `seed` is false (then the site has no lists); `department` adds the wider department `npm start` shows.
 */
export async function startLocalSite(options: { seed?: boolean; department?: boolean; listViewThreshold?: number; sites?: boolean } = {}): Promise<LocalSite> {
  const dataDir = mkdtempSync(join(tmpdir(), 'idm-e2e-'));
  // `sites`: npm start's two hospitals, St Luke's on its own site and the tenant property naming both.
  const extra = options.sites ? [{ path: ST_LUKES_PATH, title: 'St Luke’s Imaging' }] : [];
  const server = await startLocalSharePoint({ port: 0, dataDir, staticDir: PAGE_OUT_DIR, workbenchRoot: PROJECT_ROOT, listViewThreshold: options.listViewThreshold, sites: extra });
  if (options.sites) {
    await seedDemoSites({ royalInfirmary: server.siteUrl, stLukes: server.siteUrlOf(ST_LUKES_PATH), appCatalog: server.appCatalogUrl });
  } else if (options.seed !== false) {
    await seedDemoSite(server.siteUrl, { department: options.department === true });
  }
  return {
    url: server.url,
    siteUrl: server.siteUrl,
    requestCount: (sitePath?: string) => server.requestCount(sitePath),
    resetRequestCount: () => server.resetRequestCount(),
    close: async () => {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  };
}

/**
 * Makes the server fail the next matching requests: 429/503/504 as SharePoint
 * throttling would, 500 as an unexpected server error.
 */
export async function injectFault(site: LocalSite, fault: { status: 429 | 500 | 503 | 504; retryAfter: number; times: number; pathContains?: string }): Promise<void> {
  const response = await fetch(`${site.url}/_local/faults`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(fault)
  });
  if (!response.ok) {
    throw new Error(`Could not inject a fault: ${response.status}`);
  }
}

export async function clearFaults(site: LocalSite): Promise<void> {
  await fetch(`${site.url}/_local/faults`, { method: 'DELETE' });
}
