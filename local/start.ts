/**
 * `npm start`: builds the local page, starts the local SharePoint server with
 * it, seeds a demo site (unless `--empty` or SEED=none) and prints the URL.
 */
import { rmSync } from 'fs';
import { resolve } from 'path';
import { buildLocalPage } from './buildPage';
import { seedDemoSites } from './seed/seedDemo';
import { intEnv } from './server/intEnv';
import { startLocalSharePoint } from './server/server';
import { stopOnSignal } from './server/stopOnSignal';
import { EMAILS } from './server/users';

/** St Luke's Hospital's department site in the demo. */
const ST_LUKES_PATH = '/sites/stlukes';

async function main(): Promise<void> {
  const empty = process.argv.includes('--empty') || process.env.SEED === 'none';
  const port = intEnv('PORT', 4321);
  const baseDataDir = resolve(process.env.DATA_DIR ?? '.local-sharepoint');
  // An empty site is for trying set-up, so it gets a fresh folder every time
  // and never touches the demo site's data.
  const dataDir = empty ? resolve(baseDataDir, 'empty-site') : baseDataDir;
  if (empty) {
    rmSync(dataDir, { recursive: true, force: true });
  }

  console.log('Building the local page…');
  const staticDir = await buildLocalPage();

  const server = await startLocalSharePoint({
    port,
    dataDir,
    staticDir,
    workbenchRoot: resolve(__dirname, '..'),
    listViewThreshold: intEnv('LIST_VIEW_THRESHOLD', 5000),
    // St Luke's Hospital has its own site; Vera Vance (a visitor at the Royal Infirmary) has none
    // there, so the personal app shows her what a site she cannot open looks like.
    sites: [{ path: ST_LUKES_PATH, title: 'St Luke’s Imaging', roles: { [EMAILS.visitor]: 'none' } }]
  });

  if (!empty) {
    console.log('Seeding the demo sites…');
    await seedDemoSites({ royalInfirmary: server.siteUrl, stLukes: server.siteUrlOf(ST_LUKES_PATH), appCatalog: server.appCatalogUrl });
  }

  console.log('');
  console.log(`Imaging duty mapping is running on a local SharePoint site${empty ? ' with no lists (try "Set up this site")' : ''}.`);
  console.log(`  Open:            ${server.url}/`);
  console.log(`  As Teams (dark): ${server.url}/?host=teams&theme=dark`);
  console.log(`  Personal app:    ${server.url}/?host=teams&view=personal (both hospitals' sites)`);
  console.log(`  SPFx workbench:  ${server.url}/workbench (the web part from the .sppkg; run npm run build first)`);
  console.log(`  SharePoint REST: ${server.siteUrl}/_api and ${server.siteUrlOf(ST_LUKES_PATH)}/_api`);
  console.log(`  Data folder:     ${dataDir}`);
  console.log('Press Ctrl+C to stop.');

  stopOnSignal(server);
}

main().catch((error: unknown) => {
  console.error('Could not start the local site:', error instanceof Error ? error.message : error);
  process.exit(1);
});
