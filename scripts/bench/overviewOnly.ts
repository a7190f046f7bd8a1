/**
 * `npm run bench:overview`: only the manager's overview and action tracker
 * steps of `npm run bench` (the same functions, the same 1,000-mapping site,
 * ours beside the naive baseline), for a quick look at those figures without
 * the soak, export and suggestion steps. Prints them; writes no results file,
 * so bench-results.json stays the full run's.
 */
import { measureOverview, seedOverviewSite } from './overviewBench';
import { measureOverviewRender } from './overviewRender';
import { overviewRatios } from './overviewReport';
import { benchPart, runScript } from './part';
import { MEMBER } from './site';
import { progress, round } from './stats';

const SEEDED = 1000;

runScript(() =>
  benchPart('Overview benchmark', true, async (site) => {
    const seedMs = await seedOverviewSite(site, SEEDED);
    progress('Measuring the overview by area and the action tracker, ours and naive');
    const overview = await measureOverview(site.server, () => site.services(MEMBER), MEMBER);
    progress('Measuring the overview render in Chromium');
    const render = await measureOverviewRender(site.server.url);
    return {
      seed: { mappings: SEEDED, seconds: round(seedMs / 1000) },
      overviewAreas: overview.areas,
      actions: overview.actions,
      baseline: { overviewAreas: overview.baselineAreas, actions: overview.baselineActions },
      ratios: overviewRatios(overview),
      render
    };
  })
);
