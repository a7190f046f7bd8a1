/**
 * Suggestion quality on the hand-labelled JD/PS fixtures
 * (tests/fixtures/jd/labels.json): recall@3 and precision@1 over the duties
 * each pair covers.
 *
 * - recall@3, per duty: labelled clauses among its top three suggestions ÷
 *   the smaller of 3 and its labelled clauses; averaged over covered duties.
 * - precision@1: share of covered duties whose first suggestion is labelled.
 * Duties a pair does not cover are counted apart: how many still got a
 * suggestion (a person would dismiss it).
 */
import { readFileSync } from 'fs';
import { join, resolve } from 'path';
import { DEFAULT_FRAMEWORK } from '../../src/model';
import { clauseReference, dutyQueries, linesToBlocks, pastedLines, splitClauses, suggestClauses } from '../../src/model/jd';
import type { Clause } from '../../src/model/jd';

export const FIXTURES = resolve(__dirname, '..', '..', 'tests', 'fixtures', 'jd');

export interface LabelledPair {
  name: string;
  jd: string;
  ps: string;
  covers: Record<string, string[]>;
}

export interface PairQuality {
  name: string;
  coveredDuties: number;
  recallAt3: number;
  precisionAt1: number;
  /** Uncovered duties that still got at least one suggestion. */
  suggestedForUncovered: number;
  uncoveredDuties: number;
  /** Covered duties whose top three held no labelled clause, with what came first. */
  misses: { dutyId: string; expected: string[]; got: string[] }[];
}

export function readPairs(): LabelledPair[] {
  const labels = JSON.parse(readFileSync(join(FIXTURES, 'labels.json'), 'utf8')) as { pairs: LabelledPair[] };
  return labels.pairs;
}

export function clausesOf(pair: LabelledPair): Clause[] {
  const read = (file: string): string[] => pastedLines(readFileSync(join(FIXTURES, file), 'utf8'));
  return [...splitClauses(linesToBlocks(read(pair.jd)), 'jd'), ...splitClauses(linesToBlocks(read(pair.ps)), 'ps')];
}

export function measurePair(pair: LabelledPair): PairQuality {
  const clauses = clausesOf(pair);
  const known = new Set(clauses.map(clauseReference));
  for (const refs of Object.values(pair.covers)) {
    for (const ref of refs) {
      if (!known.has(ref)) {
        throw new Error(`labels.json (${pair.name}) names ${ref}, which the splitter does not produce.`);
      }
    }
  }
  const { byDuty } = suggestClauses(dutyQueries(DEFAULT_FRAMEWORK), clauses);
  let recall = 0;
  let precision = 0;
  let covered = 0;
  let uncovered = 0;
  let suggestedForUncovered = 0;
  const misses: PairQuality['misses'] = [];
  for (const { dutyId } of dutyQueries(DEFAULT_FRAMEWORK)) {
    const expected = pair.covers[dutyId] ?? [];
    const got = (byDuty.get(dutyId) ?? []).map((suggestion) => clauseReference(suggestion.clause));
    if (expected.length === 0) {
      uncovered += 1;
      suggestedForUncovered += got.length > 0 ? 1 : 0;
      continue;
    }
    covered += 1;
    const hits = got.slice(0, 3).filter((ref) => expected.includes(ref)).length;
    recall += hits / Math.min(3, expected.length);
    precision += got.length > 0 && expected.includes(got[0]) ? 1 : 0;
    if (hits === 0 || !expected.includes(got[0] ?? '')) {
      misses.push({ dutyId, expected, got });
    }
  }
  return {
    name: pair.name,
    coveredDuties: covered,
    recallAt3: recall / covered,
    precisionAt1: precision / covered,
    suggestedForUncovered,
    uncoveredDuties: uncovered,
    misses
  };
}

export interface SuggestQuality {
  recallAt3: number;
  precisionAt1: number;
  pairs: PairQuality[];
}

/** Both figures over every covered duty of every pair (each duty weighs the same). */
export function measureQuality(): SuggestQuality {
  const pairs = readPairs().map(measurePair);
  const duties = pairs.reduce((sum, pair) => sum + pair.coveredDuties, 0);
  const weighted = (pick: (pair: PairQuality) => number): number =>
    pairs.reduce((sum, pair) => sum + pick(pair) * pair.coveredDuties, 0) / duties;
  return { recallAt3: weighted((pair) => pair.recallAt3), precisionAt1: weighted((pair) => pair.precisionAt1), pairs };
}

if (require.main === module) {
  console.log(JSON.stringify(measureQuality(), null, 2));
}
