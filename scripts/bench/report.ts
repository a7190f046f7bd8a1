/** The results file and the printed table, with targets checked (never failing the run). */
import { writeFileSync } from 'fs';
import type { BundleFigures } from './bundle';
import type { LayerFigures, OurFigures, SaveSize } from './dataLayer';
import { SAVE_SIZES } from './dataLayer';
import type { ExportFigures } from './exportBench';
import type { RenderFigures } from './render';
import type { AgainstFigures } from './against';
import type { SoakFigures } from './soakBench';
import { overviewLines, overviewTargets } from './overviewReport';
import type { OverviewResults } from './overviewReport';
import type { SuggestFigures } from './suggest';
import type { DocumentFigures } from './documentsBench';
import { JD_LONGEST_TASK_LIMIT_MS } from './jdLongTask';
import type { JdFigures, JdFormatFigures } from './jdLongTask';
import { round } from './stats';
import type { MachineFacts, Measured } from './stats';

export interface BenchResults extends Omit<OurFigures, 'overview'> {
  overview: OverviewResults['overview'];
  actions: OverviewResults['actions'];
  machine: MachineFacts;
  seed: { mappings: number; entries: number; seconds: number };
  render: RenderFigures & OverviewResults['render'];
  /** Word and Excel export of a filled 40-duty mapping in Chromium: export.docx.ms, export.xlsx.ms, export.docx.bytes. */
  export: ExportFigures;
  /** [governance] Sign-off of a filled 40-duty mapping after its Word document is built: signOff.requests, signOff.ms. */
  signOff: Measured & { documentBytes: number };
  /** [jdimport] JD/PS suggestions: recall@3, precision@1 on the labelled fixtures, ranking time. */
  suggest: SuggestFigures;
  /** [jdimport] Storing, replacing and reloading a mapping's JD and PS: requests and time. */
  documents: DocumentFigures;
  /** A 10 MB .docx and .pdf read in the JD panel: jd.longestTask.docx, jd.longestTask.pdf (ms), read time, long tasks. */
  jd: JdFigures;
  bundle: BundleFigures;
  /** Editors paced like the app's autosave: the figures the targets apply to. */
  soak: SoakFigures;
  /** The same editors without the pause: how the count update copes with saves piling up. No target. */
  soakStress: SoakFigures;
  baseline: LayerFigures & OverviewResults['baseline'] & { signOff: Measured };
  /** Baseline divided by ours: how many times fewer requests or less time. */
  ratios: Record<string, number>;
  targets: Record<string, { target: string; met: boolean }>;
  /** `--against <commit>`: render and request figures of the working tree and that commit, side by side. */
  against?: AgainstFigures;
}

/** Limits the team set; printed with ✓/✗ beside the figures. */
const GZIP_LIMIT = 200 * 1024;

/**
 * Baseline over ours for every figure both layers have.
 *
 * @param ours - The app's data layer.
 * @param baseline - The naive layer.
 * @returns Ratios keyed like "openRequests", "save40Ms".
 */
export function ratiosOf(ours: LayerFigures, baseline: LayerFigures): Record<string, number> {
  const ratio = (b: number, o: number): number => (o > 0 && Number.isFinite(b) ? round(b / o) : Number.NaN);
  const out: Record<string, number> = {
    openRequests: ratio(baseline.openMapping.requests, ours.openMapping.requests),
    openMs: ratio(baseline.openMapping.ms, ours.openMapping.ms),
    overviewRequests: ratio(baseline.overview.requests, ours.overview.requests),
    overviewMs: ratio(baseline.overview.ms, ours.overview.ms)
  };
  for (const size of SAVE_SIZES) {
    out[`save${size}Requests`] = ratio(baseline.save[size].requests, ours.save[size].requests);
    out[`save${size}Ms`] = ratio(baseline.save[size].ms, ours.save[size].ms);
  }
  return out;
}

/**
 * Checks the targets.
 *
 * @param r - Results without targets.
 * @returns Each target and whether it was met.
 */
export function targetsOf(r: Omit<BenchResults, 'targets'>): BenchResults['targets'] {
  return {
    openRequests: { target: 'open ≤ 2 requests', met: r.openMapping.requests <= 2 },
    save40Requests: { target: 'save 40 ≤ 3 requests', met: r.save[40].requests <= 3 },
    overview: { target: 'overview ≤ 2 requests, 1,000+ mappings, no threshold error', met: !r.overview.thresholdError && r.overview.requests <= 2 && r.overview.mappings >= 1000 },
    soakErrors: { target: 'soak 0 errors', met: r.soak.errors === 0 },
    soakLostEdits: { target: 'soak 0 lost edits', met: r.soak.lostEdits === 0 },
    bundleGzip: { target: 'web part JS ≤ 200 KB gzipped', met: r.bundle.gzipBytes <= GZIP_LIMIT },
    ...overviewTargets(r),
    // [jdimport]
    suggestRecall: { target: 'suggestions recall@3 ≥ 0.8', met: r.suggest.recallAt3 >= 0.8 },
    suggestPrecision: { target: 'suggestions precision@1 ≥ 0.7 (duties with a suggestion)', met: r.suggest.precisionAt1 >= 0.7 },
    suggestFalse: { target: 'uncovered duties with a suggestion ≤ 0.2', met: r.suggest.falseSuggestionRate <= 0.2 },
    suggestMs: { target: 'suggestions for 40 duties < 100 ms', met: r.suggest.ms < 100 },
    // [governance]
    signOffRequests: { target: 'sign-off of 40 duties ≤ 4 requests after the document', met: r.signOff.requests <= 4 },
    jdLongestTaskDocx: { target: `longest main-thread task reading a 10 MB .docx < ${JD_LONGEST_TASK_LIMIT_MS} ms`, met: r.jd.longestTask.docx < JD_LONGEST_TASK_LIMIT_MS },
    jdLongestTaskPdf: { target: `longest main-thread task reading a 10 MB .pdf < ${JD_LONGEST_TASK_LIMIT_MS} ms`, met: r.jd.longestTask.pdf < JD_LONGEST_TASK_LIMIT_MS }
  };
}

type Line = [string, string, string, string, string];

function mark(met: boolean, target: string): string {
  return `${met ? '✓' : '✗'} ${target}`;
}

function jdLines(f: JdFormatFigures, kind: string, runs: number, met: boolean, target: string): Line[] {
  return [
    [`Read a ${round(f.bytes / 1048576)} MB ${kind} in the JD panel (${runs} runs): longest main-thread task`, `${f.longestTaskMs} ms (worst ${f.worstTaskMs} ms)`, '', '', mark(met, target)],
    ['  read, stored and ranked; tasks over 50 ms', `${f.readMs} ms; ${f.longTasks}`, '', '', '']
  ];
}

function kb(bytes: number): string {
  return `${round(bytes / 1024)} KB`;
}

function soakLines(s: SoakFigures, pace: string, t?: BenchResults['targets']): Line[] {
  const target = (key: 'soakErrors' | 'soakLostEdits'): string => (t === undefined ? '' : mark(t[key].met, t[key].target));
  return [
    [`Soak (${pace}): ${s.clients} editors, ${s.mappings} mappings, ${s.seconds} s`, `${s.saves} saves (${s.savesPerSecond}/s), ${s.acknowledgedEdits} edits`, '', '', ''],
    ['  errors', String(s.errors), '', '', target('soakErrors')],
    ['  lost edits / count mismatches', `${s.lostEdits} / ${s.countMismatches}`, '', '', target('soakLostEdits')],
    ['  overwritten by a failed save that landed', String(s.supersededByUnacknowledged), '', '', ''],
    ['  conflicts on shared duties (expected)', `${s.conflicts} (${s.conflictsWithoutTheirValue} without the other's value; ${s.unexpectedConflicts} on owned duties)`, '', '', ''],
    ['  server RSS, max (child process)', `${s.serverRssMb} MB (${s.serverRssStartMb} MB at start)`, '', '', '']
  ];
}

/**
 * Prints the machine and the figures as a table.
 *
 * @param r - The results.
 */
export function printResults(r: BenchResults): void {
  const m = r.machine;
  console.log(`\nMachine: ${m.cpuModel} × ${m.cpuCount}, ${m.totalMemoryGb} GB, Node ${m.node}, ${m.os}, ${m.date}`);
  console.log(`Site: ${r.overview.mappings} mappings, ${r.seed.entries} seeded entries (seeded in ${r.seed.seconds} s); medians of the runs shown\n`);
  const t = r.targets;
  const pair = (requests: number, ms: number): string => `${requests} req, ${ms} ms`;
  const lines: Line[] = [
    ['Measure', 'Ours', 'Naive baseline', 'Baseline ÷ ours', 'Target'],
    [`Open a 40-duty mapping (${r.openMapping.runs} runs)`, pair(r.openMapping.requests, r.openMapping.ms), pair(r.baseline.openMapping.requests, r.baseline.openMapping.ms), `${r.ratios.openRequests}× req, ${r.ratios.openMs}× ms`, mark(t.openRequests.met, t.openRequests.target)],
    ['  same session, framework known', pair(r.openAgain.requests, r.openAgain.ms), '', '', '']
  ];
  for (const size of SAVE_SIZES) {
    const s: SaveSize = size;
    lines.push([
      `Save ${s} changed entr${s === 1 ? 'y' : 'ies'} (${r.save[s].runs} runs)`,
      pair(r.save[s].requests, r.save[s].ms),
      pair(r.baseline.save[s].requests, r.baseline.save[s].ms),
      `${r.ratios[`save${s}Requests`]}× req, ${r.ratios[`save${s}Ms`]}× ms`,
      s === 40 ? mark(t.save40Requests.met, t.save40Requests.target) : ''
    ]);
  }
  lines.push(
    [`Overview of ${r.overview.mappings} mappings (${r.overview.runs} runs)`, r.overview.thresholdError ? 'threshold error' : pair(r.overview.requests, r.overview.ms), r.baseline.overview.thresholdError ? 'threshold error' : pair(r.baseline.overview.requests, r.baseline.overview.ms), `${r.ratios.overviewRequests}× req, ${r.ratios.overviewMs}× ms`, mark(t.overview.met, t.overview.target)],
    ...overviewLines(r, t, mark),
    [`First render, 40-duty grid (${r.render.runs} loads)`, `${r.render.firstMs} ms`, '', '', `from ${r.render.firstFrom}`],
    ['  mapping data arrived → grid rendered', `${r.render.fromDataMs} ms`, '', '', ''],
    ['Re-render after one keystroke', `${r.render.editMs} ms`, '', '', ''],
    [`First render, 40-duty table view (${r.render.runs} loads)`, `${r.render.tableFirstMs} ms`, '', '', 'from idm-table-render-start'],
    ['Table view: re-render after one keystroke in a cell', `${r.render.tableEditMs} ms`, '', '', ''],
    // [jdimport]
    [`JD/PS suggestions: recall@3 (${r.suggest.pairs.length} labelled pairs)`, String(round(r.suggest.recallAt3, 2)), '', '', mark(t.suggestRecall.met, t.suggestRecall.target)],
    ['  precision@1', String(round(r.suggest.precisionAt1, 2)), '', '', mark(t.suggestPrecision.met, t.suggestPrecision.target)],
    [`  falseSuggestionRate (${r.suggest.uncoveredDuties} uncovered duties)`, String(round(r.suggest.falseSuggestionRate, 2)), '', '', mark(t.suggestFalse.met, t.suggestFalse.target)],
    [`  held-out pair: recall@3 / precision@1 / false`, `${round(r.suggest.heldOut.recallAt3, 2)} / ${round(r.suggest.heldOut.precisionAt1, 2)} / ${round(r.suggest.heldOut.falseSuggestionRate, 2)}`, '', '', 'not used to choose thresholds'],
    [`  rank ${r.suggest.clauses} clauses for ${r.suggest.duties} duties (${r.suggest.runs} runs)`, `${r.suggest.ms} ms (first ${r.suggest.firstMs} ms)`, '', '', mark(t.suggestMs.met, t.suggestMs.target)],
    [`Store a mapping's JD (${kb(r.documents.bytes)}, ${r.documents.runs} runs)`, pair(r.documents.store.requests, r.documents.store.ms), '', '', 'upload + linking columns, one version'],
    ['  replace it (new version)', pair(r.documents.replace.requests, r.documents.replace.ms), '', '', ''],
    ['  reopen: list + read JD and PS', pair(r.documents.reopen.requests, r.documents.reopen.ms), '', '', ''],
    ...jdLines(r.jd.docx, '.docx', r.jd.runs, t.jdLongestTaskDocx.met, t.jdLongestTaskDocx.target),
    ...jdLines(r.jd.pdf, '.pdf', r.jd.runs, t.jdLongestTaskPdf.met, t.jdLongestTaskPdf.target),
    ['Web part JS in the .sppkg', `${kb(r.bundle.minBytes)} min, ${kb(r.bundle.gzipBytes)} gzip`, '', '', mark(t.bundleGzip.met, t.bundleGzip.target)],
    ['  plus on demand, all chunks', `${kb(r.bundle.onDemandMinBytes)} min, ${kb(r.bundle.onDemandGzipBytes)} gzip`, '', '', 'each loaded only when needed'],
    ...r.bundle.chunks.map((chunk): Line => [`    chunk ${chunk.name}`, `${kb(chunk.minBytes)} min, ${kb(chunk.gzipBytes)} gzip`, '', '', '']),
    [`Word export, filled 40-duty mapping (${r.export.runs} runs)`, `${r.export.docx.ms} ms, ${kb(r.export.docx.bytes)} file`, '', '', ''],
    [`Excel export, filled 40-duty mapping (${r.export.runs} runs)`, `${r.export.xlsx.ms} ms, ${kb(r.export.xlsx.bytes)} file`, '', '', ''],
    // [governance]
    [
      `Sign-off, filled 40-duty mapping, ${kb(r.signOff.documentBytes)} document (${r.signOff.runs} runs)`,
      pair(r.signOff.requests, r.signOff.ms),
      pair(r.baseline.signOff.requests, r.baseline.signOff.ms),
      `${r.ratios.signOffRequests}× req, ${r.ratios.signOffMs}× ms`,
      mark(t.signOffRequests.met, t.signOffRequests.target)
    ],
    ...soakLines(r.soak, `paced ${r.soak.pauseMs.min}–${r.soak.pauseMs.max} ms`, t),
    ...soakLines(r.soakStress, `stress ${r.soakStress.pauseMs.min}–${r.soakStress.pauseMs.max} ms, no target`)
  );
  const widths = lines[0].map((_, col) => Math.max(...lines.map((line) => [...line[col]].length)));
  const format = (line: Line): string => line.map((cell, col) => cell + ' '.repeat(widths[col] - [...cell].length)).join(' │ ');
  console.log(format(lines[0]));
  console.log(widths.map((w) => '─'.repeat(w)).join('─┼─'));
  lines.slice(1).forEach((line) => console.log(format(line)));
  console.log(`\nBundle: ${r.bundle.source}.`);
  for (const [name, s] of [['Soak', r.soak], ['Stress soak', r.soakStress]] as const) {
    if (s.examples.length > 0) {
      console.log(`${name} problems (first few):\n  ${[...new Set(s.examples)].join('\n  ')}`);
    }
  }
}

/**
 * Writes the results as JSON (NaN, for a figure that could not be taken, becomes null).
 *
 * @param path - Where.
 * @param r - The results.
 */
export function writeResults(path: string, r: BenchResults): void {
  writeFileSync(path, `${JSON.stringify(r, null, 2)}\n`);
}
