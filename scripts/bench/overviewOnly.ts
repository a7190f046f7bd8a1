/**
 * `npm run bench:overview`: only the manager's overview and action tracker
 * steps of `npm run bench` (the same functions, the same 1,000-mapping site,
 * ours beside the naive baseline), for a quick look at those figures without
 * the soak, export and suggestion steps. Prints them; writes no results file,
 * so bench-results.json stays the full run's.
 */
import { buildLocalPage, PAGE_OUT_DIR } from '../../local/buildPage';
import { measureOverview, seedOverviewSite } from './overviewBench';
import { measureOverviewRender } from './overviewRender';
import { overviewRatios } from './overviewReport';
import { MEMBER, startBenchSite } from './site';
import { machineFacts, progress, round } from './stats';

const SEEDED = 1000;

async function main(): Promise<void> {
  const machine = machineFacts();
  progress(`Overview benchmark on ${machine.cpuModel} × ${machine.cpuCount}, Node ${machine.node}`);
  progress('Building the local page');
  await buildLocalPage();
  const site = await startBenchSite(PAGE_OUT_DIR);
  try {
    const seedMs = await seedOverviewSite(site, SEEDED);
    progress('Measuring the overview by area and the action tracker, ours and naive');
    const overview = await measureOverview(site.server, () => site.services(MEMBER), MEMBER);
    progress('Measuring the overview render in Chromium');
    const render = await measureOverviewRender(site.server.url);
    console.log(
      JSON.stringify(
        {
          seed: { mappings: SEEDED, seconds: round(seedMs / 1000) },
          overviewAreas: overview.areas,
          actions: overview.actions,
          baseline: { overviewAreas: overview.baselineAreas, actions: overview.baselineActions },
          ratios: overviewRatios(overview),
          render
        },
        undefined,
        2
      )
    );
  } finally {
    await site.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
