/**
 * A benchmark site for one checkout, in its own process: builds that
 * checkout's local page, starts its local server on a free port with a fresh
 * data folder, sets it up with that checkout's own `prepareSite` and creates a
 * 40-duty mapping, then prints one line `IDM-BENCH-SITE {json}` and serves
 * until SIGTERM. `npm run bench -- --against <commit>` runs one of these for
 * the working tree and one for the other commit's worktree, so both sides are
 * built and served the same way and only the code differs.
 *
 * Usage: node --import tsx scripts/bench/siteChild.ts <checkout root>
 */
import { join, resolve } from 'path';

interface SiteModule {
  startBenchSite(staticDir?: string): Promise<{ server: { url: string; siteUrl: string }; stop(): Promise<void> }>;
  prepareSite(siteUrl: string): Promise<void>;
  createOne(siteUrl: string, team: string): Promise<number>;
}

interface PageModule {
  buildLocalPage(outDir?: string): Promise<string>;
}

export const SITE_LINE = 'IDM-BENCH-SITE ';

async function main(): Promise<void> {
  const root = resolve(process.argv[2] ?? '.');
  // Each checkout's own modules (absolute paths), so the other commit's server, schema and page are its own.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const page = require(join(root, 'local', 'buildPage.ts')) as PageModule;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const bench = require(join(root, 'scripts', 'bench', 'site.ts')) as SiteModule;
  const outDir = await page.buildLocalPage();
  const site = await bench.startBenchSite(outDir);
  await bench.prepareSite(site.server.siteUrl);
  const mappingId = await bench.createOne(site.server.siteUrl, 'Benchmark team (render)');
  process.stdout.write(`${SITE_LINE}${JSON.stringify({ url: site.server.url, siteUrl: site.server.siteUrl, mappingId })}\n`);
  const stop = (): void => {
    site.stop().then(
      () => process.exit(0),
      () => process.exit(1)
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
