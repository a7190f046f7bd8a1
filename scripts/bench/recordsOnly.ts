/**
 * `npx tsx scripts/bench/recordsOnly.ts`: only the sign-off and overview
 * sections of `npm run bench` that records that hold touch, on the same
 * 1,000-mapping site: signOff.requests (ours beside the naive sign-off), a
 * signed-off 40-duty mapping opened in a new session with its comparison
 * against the record (openSignedOff.requests), and the overview with its
 * checked counts and "changed after sign-off" flags (overview.areas.requests,
 * beside the naive baseline). Prints the figures; writes no results file.
 */
import { measureOverview, seedOverviewSite } from './overviewBench';
import { measureFilledSignOff } from './signOffBench';
import { benchPart, runScript } from './part';
import { MEMBER } from './site';
import { measure, progress, round } from './stats';

const SEEDED = 1000;
const DOCUMENT_BYTES = 17_100;

runScript(() =>
  benchPart('Records benchmark', false, async (site) => {
    const seedMs = await seedOverviewSite(site, SEEDED);

    progress('Measuring sign-off, ours and naive');
    const { signOff, ids } = await measureFilledSignOff(site, DOCUMENT_BYTES);

    progress('Measuring a signed-off 40-duty mapping opened with its comparison (new session)');
    // The last sign-off of the runs above stands: the mapping is signed off, its record intact.
    const openSignedOff = await measure(
      site.server,
      5,
      async (services) => {
        const opened = await services.mappings.openMapping(ids.ours);
        if (opened.governance?.state !== 'signedOff' || opened.governance.changes?.compared !== true) {
          throw new Error(`Expected a signed-off mapping compared with its record, got ${JSON.stringify(opened.governance?.state)}.`);
        }
      },
      async () => site.services(MEMBER)
    );

    progress('Measuring the overview (checked counts, sign-off flags) and the action tracker, ours and naive');
    const overview = await measureOverview(site.server, () => site.services(MEMBER), MEMBER);
    return {
      seed: { mappings: SEEDED, seconds: round(seedMs / 1000) },
      signOff: signOff.ours,
      openSignedOff,
      overviewAreas: overview.areas,
      baseline: { signOff: signOff.baseline, overviewAreas: overview.baselineAreas }
    };
  })
);
