/**
 * CLI: `tsx local/server/main.ts`. Environment: PORT (default 4321; 0 = any free port),
 * DATA_DIR (default `.local-sharepoint/`), LIST_VIEW_THRESHOLD (default 5000), STATIC_DIR,
 * SITE_PATH, LOG=1. Prints one line with the site URL once listening (tests wait for it).
 */
import { startLocalSharePoint } from './server';
import { intEnv } from './intEnv';
import { stopOnSignal } from './stopOnSignal';

async function main(): Promise<void> {
  const server = await startLocalSharePoint({
    port: intEnv('PORT', 4321),
    dataDir: process.env.DATA_DIR ?? '.local-sharepoint',
    listViewThreshold: intEnv('LIST_VIEW_THRESHOLD', 5000),
    staticDir: process.env.STATIC_DIR,
    sitePath: process.env.SITE_PATH,
    log: process.env.LOG === '1'
  });
  console.log(`Local SharePoint ready at ${server.siteUrl}`);
  stopOnSignal(server);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
