/**
 * One part of `npm run bench` on its own (`--only render`, `npm run bench:overview`, recordsOnly.ts):
 * says which machine it runs on, builds the local page when the part measures in Chromium, starts a
 * fresh site, prints what the part measured as JSON and stops the site. It writes no results file,
 * so bench-results.json stays the full run's. Also how every bench script ends: a failure exits 1.
 */
import { buildLocalPage, PAGE_OUT_DIR } from '../../local/buildPage';
import { startBenchSite } from './site';
import type { BenchSite } from './site';
import { machineFacts, progress } from './stats';

/**
 * Says what runs, and on which machine.
 *
 * @param what - e.g. "Render benchmark".
 */
export function announce(what: string): void {
  const machine = machineFacts();
  progress(`${what} on ${machine.cpuModel} × ${machine.cpuCount}, Node ${machine.node}`);
}

/**
 * Runs one part on a fresh site and prints its figures.
 *
 * @param what - The part's name, for the first line.
 * @param withPage - Whether it measures in Chromium (the local page is built and served).
 * @param measure - The part's steps on the site; what it returns is printed.
 */
export async function benchPart(what: string, withPage: boolean, measure: (site: BenchSite) => Promise<unknown>): Promise<void> {
  announce(what);
  if (withPage) {
    progress('Building the local page');
    await buildLocalPage();
  }
  const site = await startBenchSite(withPage ? PAGE_OUT_DIR : undefined);
  try {
    console.log(JSON.stringify(await measure(site), undefined, 2));
  } finally {
    await site.stop();
  }
}

/**
 * Runs a script's main function; a failure is printed and exits with 1.
 *
 * @param main - The script.
 */
export function runScript(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
