/**
 * Suggestions measured, not claimed: quality on the hand-labelled JD/PS
 * fixtures, and the time to rank every clause of a JD and PS for 40 duties
 * in Debian's Chromium (the ranking code bundled as the app ships it).
 */
import { resolve } from 'path';
import { build } from 'esbuild';
import { launchBrowser } from '../../tests/e2e/support/browser';
import { frameworkWithMoreDuties } from '../../tests/data/fixtures';
import type { Framework } from '../../src/model';
import type { Clause } from '../../src/model/jd';
import { median, progress, round } from './stats';
import { clausesOf, measureQuality, readPairs } from './suggestQuality';
import type { SuggestQuality } from './suggestQuality';

const ROOT = resolve(__dirname, '..', '..');
const RUNS = 15;
/** The default framework's 24 duties and 16 more, as the rest of the bench uses. */
const EXTRA_DUTIES = 16;

export interface SuggestFigures extends SuggestQuality {
  /** Median time to index the clauses and rank them for every duty, after one warm-up run. */
  ms: number;
  /** The first run in a fresh page (code not yet optimised by the engine). */
  firstMs: number;
  runs: number;
  duties: number;
  clauses: number;
}

interface Timed {
  times: number[];
  duties: number;
}

async function bundledRanking(): Promise<string> {
  const result = await build({
    stdin: {
      contents:
        "import { dutyQueries, suggestClauses } from './src/model/jd';\n" +
        '(window as unknown as Record<string, unknown>).idmTimeSuggestions = (framework: never, clauses: never, runs: number) => {\n' +
        '  const times: number[] = [];\n' +
        '  const queries = dutyQueries(framework);\n' +
        '  for (let run = 0; run < runs; run += 1) {\n' +
        '    const started = performance.now();\n' +
        '    suggestClauses(queries, clauses);\n' +
        '    times.push(performance.now() - started);\n' +
        '  }\n' +
        '  return { times, duties: queries.length };\n' +
        '};\n',
      loader: 'ts',
      resolveDir: ROOT
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2019',
    minify: true,
    write: false
  });
  return result.outputFiles[0].text;
}

/**
 * Quality on the fixtures and ranking time in Chromium.
 *
 * @returns The figures.
 */
export async function measureSuggest(): Promise<SuggestFigures> {
  progress('Suggestions: quality on the labelled JD/PS fixtures');
  const quality = await measureQuality();
  // The larger pair stands for "the whole JD and PS".
  const clauses: Clause[] = (await Promise.all(readPairs().map(clausesOf))).reduce((largest, next) => (next.length > largest.length ? next : largest));
  const framework: Framework = frameworkWithMoreDuties(EXTRA_DUTIES);
  progress(`Suggestions: timing ${RUNS} rankings of ${clauses.length} clauses for 40 duties in Chromium`);
  const script = await bundledRanking();
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>Suggestion timing</title>');
    await page.addScriptTag({ content: script });
    const run = (runs: number): Promise<Timed> =>
      page.evaluate(
        ({ framework: f, clauses: c, runs: r }) =>
          (window as unknown as { idmTimeSuggestions(f: unknown, c: unknown, r: number): Timed }).idmTimeSuggestions(f, c, r),
        { framework, clauses, runs }
      );
    const first = await run(1);
    const timed = await run(RUNS);
    return {
      ...quality,
      ms: round(median(timed.times)),
      firstMs: round(first.times[0]),
      runs: RUNS,
      duties: timed.duties,
      clauses: clauses.length
    };
  } finally {
    await browser.close();
  }
}

if (require.main === module) {
  measureSuggest().then(
    (figures) => console.log(JSON.stringify(figures, null, 2)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    }
  );
}
