/**
 * Suggestion quality on the hand-labelled JD/PS fixtures
 * (tests/fixtures/jd/labels.json), each of which labels the duties its pair
 * covers and those it does not.
 *
 * - recall@3, per covered duty: labelled clauses among its top three
 *   suggestions ÷ the smaller of 3 and its labelled clauses; averaged over
 *   covered duties.
 * - precision@1: over every duty that gets a suggestion (covered or not),
 *   the share whose first suggestion is a labelled clause. A suggestion for
 *   a duty the documents do not cover is wrong by definition.
 * - falseSuggestionRate: uncovered duties that still get a suggestion ÷
 *   uncovered duties. A team meets each of those as a wrong suggestion.
 *
 * Overall figures weigh every duty of every pair the same. The pair marked
 * `holdOut` is set aside while the ranking is changed; it counts in the
 * overall figures and is also reported on its own.
 *
 * Run: npx tsx scripts/bench/suggestQuality.ts (prints the report; --json for the figures;
 * --calibration leaves the held-out pair out, for use while changing the ranking). The report
 * gives a held-out pair's figures but not its misses, which, once read, would make it a pair
 * worked on rather than one held out; --held-out-misses prints them too.
 */
import { readFileSync } from 'fs';
import { join, resolve } from 'path';
import { DEFAULT_FRAMEWORK } from '../../src/model';
import { clauseReference, dutyQueries, linesToBlocks, pastedLines, readClauses, suggestClauses } from '../../src/model/jd';
import type { Clause, JdSource, TextBlock } from '../../src/model/jd';
import { readDocument } from '../../src/documents/read/readDocument';
import { buildLayoutDocx, fileOf } from '../../tests/support/jdDocuments';
import type { DocxLayout } from '../../tests/support/jdDocuments';

export const FIXTURES = resolve(__dirname, '..', '..', 'tests', 'fixtures', 'jd');

export interface LabelledPair {
  name: string;
  /** A .txt document is read as pasted text; a .json one is a Word layout, built into a .docx and read by the app's reader. */
  jd: string;
  ps: string;
  /** Set aside while the thresholds were chosen. */
  holdOut?: boolean;
  covers: Record<string, string[]>;
}

export interface Miss {
  dutyId: string;
  expected: string[];
  got: string[];
}

export interface FalseSuggestion {
  dutyId: string;
  /** The first suggestion and the words that made it. */
  got: string;
  words: string[];
}

export interface PairQuality {
  name: string;
  holdOut: boolean;
  clauses: number;
  coveredDuties: number;
  uncoveredDuties: number;
  /** Duties (covered or not) that got at least one suggestion. */
  suggestedDuties: number;
  recallAt3: number;
  precisionAt1: number;
  falseSuggestionRate: number;
  /** Covered duties whose first suggestion is not labelled, or that got none. */
  misses: Miss[];
  /** Uncovered duties that still got a suggestion. */
  falseSuggestions: FalseSuggestion[];
}

export interface QualityFigures {
  recallAt3: number;
  precisionAt1: number;
  falseSuggestionRate: number;
  coveredDuties: number;
  uncoveredDuties: number;
  suggestedDuties: number;
}

export interface SuggestQuality extends QualityFigures {
  /** The same figures over the pairs used to choose the thresholds, and over the held-out pair alone. */
  calibration: QualityFigures;
  heldOut: QualityFigures;
  pairs: PairQuality[];
}

export function readPairs(): LabelledPair[] {
  const labels = JSON.parse(readFileSync(join(FIXTURES, 'labels.json'), 'utf8')) as { pairs: LabelledPair[] };
  return labels.pairs;
}

async function blocksOf(file: string): Promise<TextBlock[]> {
  const text = readFileSync(join(FIXTURES, file), 'utf8');
  if (file.endsWith('.json')) {
    const docx = await buildLayoutDocx(JSON.parse(text) as DocxLayout);
    return readDocument(fileOf(file.replace(/\.json$/, '.docx'), docx));
  }
  return linesToBlocks(pastedLines(text));
}

export async function clausesOf(pair: LabelledPair): Promise<Clause[]> {
  const read = async (file: string, source: JdSource): Promise<Clause[]> => readClauses(await blocksOf(file), source).clauses;
  return [...(await read(pair.jd, 'jd')), ...(await read(pair.ps, 'ps'))];
}

export async function measurePair(pair: LabelledPair): Promise<PairQuality> {
  const clauses = await clausesOf(pair);
  const known = new Set(clauses.map(clauseReference));
  for (const refs of Object.values(pair.covers)) {
    for (const ref of refs) {
      if (!known.has(ref)) {
        throw new Error(`labels.json (${pair.name}) names ${ref}, which the splitter does not produce; it produces ${[...known].join(', ')}.`);
      }
    }
  }
  const queries = dutyQueries(DEFAULT_FRAMEWORK);
  const { byDuty } = suggestClauses(queries, clauses);
  let recall = 0;
  let rightFirst = 0;
  let covered = 0;
  let uncovered = 0;
  let suggestedDuties = 0;
  const misses: Miss[] = [];
  const falseSuggestions: FalseSuggestion[] = [];
  for (const { dutyId } of queries) {
    const expected = pair.covers[dutyId] ?? [];
    const suggestions = byDuty.get(dutyId) ?? [];
    const got = suggestions.map((suggestion) => clauseReference(suggestion.clause));
    suggestedDuties += got.length > 0 ? 1 : 0;
    if (expected.length === 0) {
      uncovered += 1;
      if (got.length > 0) {
        falseSuggestions.push({ dutyId, got: got[0], words: suggestions[0].matchedWords });
      }
      continue;
    }
    covered += 1;
    const hits = got.slice(0, 3).filter((ref) => expected.includes(ref)).length;
    recall += hits / Math.min(3, expected.length);
    rightFirst += got.length > 0 && expected.includes(got[0]) ? 1 : 0;
    if (!expected.includes(got[0] ?? '')) {
      misses.push({ dutyId, expected, got });
    }
  }
  return {
    name: pair.name,
    holdOut: pair.holdOut === true,
    clauses: clauses.length,
    coveredDuties: covered,
    uncoveredDuties: uncovered,
    suggestedDuties,
    recallAt3: covered === 0 ? 1 : recall / covered,
    precisionAt1: suggestedDuties === 0 ? 1 : rightFirst / suggestedDuties,
    falseSuggestionRate: uncovered === 0 ? 0 : falseSuggestions.length / uncovered,
    misses,
    falseSuggestions
  };
}

/** Figures over several pairs, each duty weighing the same. */
export function combine(pairs: readonly PairQuality[]): QualityFigures {
  const sum = (pick: (pair: PairQuality) => number): number => pairs.reduce((total, pair) => total + pick(pair), 0);
  const coveredDuties = sum((pair) => pair.coveredDuties);
  const uncoveredDuties = sum((pair) => pair.uncoveredDuties);
  const suggestedDuties = sum((pair) => pair.suggestedDuties);
  return {
    recallAt3: sum((pair) => pair.recallAt3 * pair.coveredDuties) / Math.max(1, coveredDuties),
    precisionAt1: sum((pair) => pair.precisionAt1 * pair.suggestedDuties) / Math.max(1, suggestedDuties),
    falseSuggestionRate: sum((pair) => pair.falseSuggestions.length) / Math.max(1, uncoveredDuties),
    coveredDuties,
    uncoveredDuties,
    suggestedDuties
  };
}

/**
 * The figures over every pair, the calibration pairs and the held-out pair.
 *
 * @param calibrationOnly - Leave the held-out pairs out entirely (not measured, not shown), as while the ranking is being changed.
 * @returns The figures.
 */
export async function measureQuality(calibrationOnly = false): Promise<SuggestQuality> {
  const pairs: PairQuality[] = [];
  for (const pair of readPairs().filter((candidate) => !calibrationOnly || candidate.holdOut !== true)) {
    pairs.push(await measurePair(pair));
  }
  return {
    ...combine(pairs),
    calibration: combine(pairs.filter((pair) => !pair.holdOut)),
    heldOut: combine(pairs.filter((pair) => pair.holdOut)),
    pairs
  };
}

const TARGETS = { recallAt3: 0.8, precisionAt1: 0.7, falseSuggestionRate: 0.2 };

function figures(label: string, f: QualityFigures): string {
  const mark = (met: boolean): string => (met ? '✓' : '✗');
  return (
    `${label.padEnd(22)} recall@3 ${f.recallAt3.toFixed(2)} ${mark(f.recallAt3 >= TARGETS.recallAt3)}  ` +
    `precision@1 ${f.precisionAt1.toFixed(2)} ${mark(f.precisionAt1 >= TARGETS.precisionAt1)}  ` +
    `falseSuggestionRate ${f.falseSuggestionRate.toFixed(2)} ${mark(f.falseSuggestionRate <= TARGETS.falseSuggestionRate)}  ` +
    `(covered ${f.coveredDuties}, uncovered ${f.uncoveredDuties}, suggested ${f.suggestedDuties})`
  );
}

/**
 * The report: figures per pair, overall, calibration and held-out, then where each pair fails.
 *
 * @param quality - The measured quality.
 * @param heldOutMisses - Also list the held-out pair's misses and false suggestions.
 * @returns The report's lines.
 */
export function reportLines(quality: SuggestQuality, heldOutMisses = false): string[] {
  const lines = [
    `Targets: recall@3 ≥ ${TARGETS.recallAt3}, precision@1 ≥ ${TARGETS.precisionAt1} (over duties with a suggestion), falseSuggestionRate ≤ ${TARGETS.falseSuggestionRate}`,
    ''
  ];
  for (const pair of quality.pairs) {
    lines.push(figures(`${pair.name}${pair.holdOut ? ' (held out)' : ''}`, pair));
  }
  lines.push('', figures('all pairs', quality), figures('calibration pairs', quality.calibration));
  if (quality.pairs.some((pair) => pair.holdOut)) {
    lines.push(figures('held-out pair', quality.heldOut));
  }
  for (const pair of quality.pairs) {
    if (pair.misses.length === 0 && pair.falseSuggestions.length === 0) {
      continue;
    }
    if (pair.holdOut && !heldOutMisses) {
      lines.push('', `${pair.name} (held out): ${pair.misses.length} misses and ${pair.falseSuggestions.length} false suggestions, not listed (--held-out-misses lists them)`);
      continue;
    }
    lines.push('', `${pair.name} (${pair.clauses} clauses):`);
    for (const miss of pair.misses) {
      lines.push(`  miss   ${miss.dutyId}: expected ${miss.expected.join(', ')}; got ${miss.got.length === 0 ? 'nothing' : miss.got.join(', ')}`);
    }
    for (const wrong of pair.falseSuggestions) {
      lines.push(`  false  ${wrong.dutyId}: got ${wrong.got} for [${wrong.words.join(', ')}]`);
    }
  }
  return lines;
}

if (require.main === module) {
  measureQuality(process.argv.includes('--calibration')).then(
    (quality) => console.log(process.argv.includes('--json') ? JSON.stringify(quality, null, 2) : reportLines(quality, process.argv.includes('--held-out-misses')).join('\n')),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    }
  );
}
