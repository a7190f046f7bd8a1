/**
 * `npm run bench`: the app's performance figures, measured rather than
 * claimed, against a naive data layer in the same run. Writes
 * bench-results.json at the repository root and prints a table with the
 * targets (a missed target is reported, never a failed run).
 *
 * BENCH_SOAK_SECONDS (default 60) shortens the soak for a quick run (the
 * stress soak runs for 20 s, or less if that is shorter).
 *
 * Options (after `--`):
 * - `--against <commit>`: also builds that commit in a separate git worktree and
 *   measures its render and request figures beside the working tree's, in the
 *   same run (ABBA), with their ratio (see against.ts);
 * - `--only render`: only the render section (with `--against`, only the side
 *   by side); prints the figures and leaves bench-results.json alone;
 * - `--only jd`: only the longest main-thread task while reading a 10 MB .docx
 *   and .pdf in the JD panel (jdLongTask.ts); prints the figures likewise.
 */
import { resolve } from 'path';
import { buildLocalPage, PAGE_OUT_DIR } from '../../local/buildPage';
import { measureBundle } from './bundle';
import { measureNaive, measureOurs } from './dataLayer';
import type { LayerFigures, OurFigures } from './dataLayer';
import { fillMapping, measureExports } from './exportBench';
import type { ExportFigures } from './exportBench';
import { measureRender } from './render';
import { measureAgainst, printAgainst } from './against';
import type { AgainstFigures } from './against';
import type { RenderFigures } from './render';
import { printResults, ratiosOf, targetsOf, writeResults } from './report';
import { measureOverview, seedOverviewSite } from './overviewBench';
import type { OverviewFigures } from './overviewBench';
import { measureOverviewRender } from './overviewRender';
import type { OverviewRenderFigures } from './overviewRender';
import { overviewRatios } from './overviewReport';
import type { BenchResults } from './report';
import { DUTIES, FRAMEWORKS, FRAMEWORK_VERSIONS, MEMBER, createOne, prepareSite, startBenchSite } from './site';
import { measureFilledSignOff } from './signOffBench';
import type { SignOffFigures } from './signOffBench';
import { PACED, STRESS, measureSoak } from './soakBench';
import { measureSuggest } from './suggest';
import { measureDocuments } from './documentsBench';
import type { DocumentFigures } from './documentsBench';
import { measureJdLongTasks } from './jdLongTask';
import type { JdFigures } from './jdLongTask';
import { machineFacts, progress, round } from './stats';
import { announce, benchPart, runScript } from './part';

const ROOT = resolve(__dirname, '..', '..');
const RESULTS = resolve(ROOT, 'bench-results.json');
const SEEDED = 1000;
const STRESS_SECONDS = 20;

function soakSeconds(): number {
  const raw = process.env.BENCH_SOAK_SECONDS;
  const seconds = raw === undefined || raw.trim() === '' ? 60 : Number(raw);
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw new Error(`BENCH_SOAK_SECONDS must be a positive number of seconds, got '${raw}'.`);
  }
  return seconds;
}

interface SiteFigures {
  seedMs: number;
  ours: OurFigures;
  baseline: LayerFigures;
  render: RenderFigures & OverviewRenderFigures;
  exports: ExportFigures;
  overview: OverviewFigures;
  signOff: SignOffFigures;
  documents: DocumentFigures;
  jd: JdFigures;
}

/** Everything measured on the in-process server holding 1,000+ mappings. */
async function measureOnSite(): Promise<SiteFigures> {
  const site = await startBenchSite(PAGE_OUT_DIR);
  try {
    progress(`Site at ${site.server.siteUrl}; setting up with ${FRAMEWORK_VERSIONS} versions of ${FRAMEWORKS} frameworks, the newest with ${DUTIES} duties`);
    // Every seeded mapping starts from a template with five duties needing action: 5,000 open actions in all.
    const seedMs = await seedOverviewSite(site, SEEDED);
    // Each measurement has its own mapping, so one's writes never change another's starting point.
    const oursId = await createOne(site.server.siteUrl, 'Benchmark team (data layer)');
    const naiveId = await createOne(site.server.siteUrl, 'Benchmark team (naive baseline)');
    const renderId = await createOne(site.server.siteUrl, 'Benchmark team (render)');
    progress('Measuring the data layer: open, save 1/10/40, overview');
    const ours = await measureOurs(site.server, () => site.services(MEMBER), oursId);
    progress('Measuring the naive baseline: open, save 1/10/40, overview');
    const baseline = await measureNaive(site.server, MEMBER, naiveId);
    progress('Measuring the overview by area and the action tracker, ours and naive');
    const overview = await measureOverview(site.server, () => site.services(MEMBER), MEMBER);
    progress('Measuring rendering in Chromium');
    const render = { ...(await measureRender(site.server.url, renderId, site.server.siteUrl)), ...(await measureOverviewRender(site.server.url)) };
    const exportId = await createOne(site.server.siteUrl, 'Benchmark team (export)');
    await fillMapping(site.services(MEMBER), exportId);
    progress('Measuring Word and Excel export in Chromium');
    const exports = await measureExports(site.server.url, exportId);
    // Sign-off of a filled 40-duty mapping after its Word document (of the size just measured) is built.
    progress('Measuring sign-off, ours and naive');
    const { signOff } = await measureFilledSignOff(site, exports.docx.bytes);
    progress('Measuring storing and reloading a mapping\'s JD and PS');
    const documentMappings = [];
    for (let run = 0; run < 5; run += 1) {
      documentMappings.push(await createOne(site.server.siteUrl, `Benchmark team (documents ${run + 1})`));
    }
    const documents = await measureDocuments(site.server, () => site.services(MEMBER), documentMappings);
    progress('Measuring the main thread while a 10 MB .docx and .pdf are read in the JD panel');
    const jd = await measureJdLongTasks(site.server.url, site.server.siteUrl);
    return { seedMs, ours, baseline, render, exports, overview, signOff, documents, jd };
  } finally {
    await site.stop();
  }
}

interface Options {
  against?: string;
  only?: 'render' | 'jd';
}

/** Reads `--against <commit>` and `--only render|jd` (also as `--against=<commit>`). */
function optionsOf(argv: readonly string[]): Options {
  const options: Options = {};
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = (): string => {
      const v = inline ?? argv[(i += 1)];
      if (v === undefined || v.startsWith('--')) {
        throw new Error(`${flag} needs a value.`);
      }
      return v;
    };
    if (flag === '--against') {
      options.against = value();
    } else if (flag === '--only') {
      const section = value();
      if (section !== 'render' && section !== 'jd') {
        throw new Error(`--only knows two sections, render and jd; got '${section}'.`);
      }
      options.only = section;
    } else {
      throw new Error(`Unknown option '${argv[i]}' (known: --against <commit>, --only render|jd).`);
    }
  }
  return options;
}

const AGAINST_RUNS = 8;

/** `--only render`: the render section alone, on a site with just the 40-duty mapping (or the side by side). */
async function renderOnly(options: Options): Promise<void> {
  if (options.against !== undefined) {
    announce('Render benchmark');
    printAgainst(await measureAgainst(ROOT, options.against, AGAINST_RUNS));
    return;
  }
  await benchPart('Render benchmark', true, async (site) => {
    await prepareSite(site.server.siteUrl);
    const renderId = await createOne(site.server.siteUrl, 'Benchmark team (render)');
    return measureRender(site.server.url, renderId, site.server.siteUrl);
  });
}

/** `--only jd`: the 10 MB reads alone, each into a new 40-duty mapping. */
async function jdOnly(options: Options): Promise<void> {
  if (options.against !== undefined) {
    throw new Error('--against measures render and requests only; it cannot be used with --only jd.');
  }
  await benchPart('JD reading benchmark', true, async (site) => {
    await prepareSite(site.server.siteUrl);
    return { jd: await measureJdLongTasks(site.server.url, site.server.siteUrl) };
  });
}

async function main(): Promise<void> {
  const options = optionsOf(process.argv.slice(2));
  if (options.only === 'render') {
    await renderOnly(options);
    return;
  }
  if (options.only === 'jd') {
    await jdOnly(options);
    return;
  }
  const machine = machineFacts();
  const soakFor = soakSeconds();
  progress(`Benchmark on ${machine.cpuModel} × ${machine.cpuCount}, ${machine.totalMemoryGb} GB, Node ${machine.node}`);

  // The ship build is CPU-heavy, so it runs before anything is timed.
  const bundle = await measureBundle(ROOT);
  progress('Building the local page');
  await buildLocalPage();
  const { seedMs, ours, baseline, render, exports, overview, signOff, documents, jd } = await measureOnSite();
  // JD/PS suggestions: quality on the labelled fixtures, ranking time in Chromium.
  const suggest = await measureSuggest();
  const soak = await measureSoak(ROOT, soakFor, PACED);
  // A shorter run at full speed shows how the count update copes when saves pile up on one mapping.
  const soakStress = await measureSoak(ROOT, Math.min(STRESS_SECONDS, soakFor), STRESS);
  const against: AgainstFigures | undefined = options.against === undefined ? undefined : await measureAgainst(ROOT, options.against, AGAINST_RUNS);

  const partial = {
    machine,
    seed: { mappings: SEEDED, entries: SEEDED * DUTIES, seconds: round(seedMs / 1000) },
    ...ours,
    overview: { ...ours.overview, areas: overview.areas },
    actions: overview.actions,
    render,
    export: exports,
    signOff: { ...signOff.ours, documentBytes: signOff.documentBytes },
    suggest,
    documents,
    jd,
    bundle,
    soak,
    soakStress,
    baseline: { ...baseline, overview: { ...baseline.overview, areas: overview.baselineAreas }, actions: overview.baselineActions, signOff: signOff.baseline },
    ratios: {
      ...ratiosOf(ours, baseline),
      ...overviewRatios(overview),
      signOffRequests: round(signOff.baseline.requests / signOff.ours.requests),
      signOffMs: round(signOff.baseline.ms / signOff.ours.ms)
    }
  };
  const results: BenchResults = { ...partial, targets: targetsOf(partial), ...(against === undefined ? {} : { against }) };
  writeResults(RESULTS, results);
  printResults(results);
  if (against !== undefined) {
    printAgainst(against);
  }
  console.log(`\nWrote ${RESULTS}`);
}

runScript(main);
