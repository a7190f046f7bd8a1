/**
 * Suggestions of where each duty sits in the team's JD and PS: weighed by
 * scoreClauses.ts, given to the duties a clause is about by
 * tellDutiesApart.ts, and cut to the few worth showing here.
 */
import { commonTerms, scoreClauses } from './scoreClauses';
import type { ScoreOptions } from './scoreClauses';
import { bestDutyOfEachClause, goesToDuty, sharedConceptTies } from './tellDutiesApart';
import type { DutyQuery } from './dutyQueries';
import { compileVocabulary } from './terms';
import type { Token } from './terms';
import type { Clause, JdNote, MatchedSpan, Suggestion, SuggestionConfidence } from './types';
import { IMAGING_VOCABULARY } from './vocabulary';

export { dutyQueries } from './dutyQueries';
export type { DutyQuery } from './dutyQueries';

export interface SuggestOptions extends ScoreOptions {
  /** At most this many suggestions a duty (3). */
  perDuty?: number;
  /** A suggestion scores at least this share of the duty's best match (0.5). */
  relativeCutoff?: number;
  /**
   * The distinctive evidence a clause needs before it is suggested at all:
   * the summed rarity (IDF over the duties) of the duty's distinctive terms
   * the clause carries. One rare term alone is not enough, nor one imaging
   * concept that another duty shares; two are, or a concept only this duty has.
   */
  minEvidence?: number;
  /** Evidence at or above this is shown as a strong match. */
  strongEvidence?: number;
}

export interface SuggestionSet {
  /** Up to `perDuty` suggestions for each duty, best first; duties with none are absent. */
  byDuty: Map<string, Suggestion[]>;
  /** Clauses no duty suggests: "in the JD but not in the framework". */
  unmatched: Clause[];
  /** Ids of the duties no clause is suggested for, in framework order: the likely gaps ("Not found in your JD or PS"). */
  gaps: string[];
  /** What the person should know about the documents as read (other language, the framework's own wording, only criteria). */
  notes: JdNote[];
}

/**
 * Calibrated on the labelled fixtures with many uncovered duties (one pair
 * held out; see scripts/bench/suggestQuality.ts), not per fixture.
 */
const DEFAULTS = { perDuty: 3, relativeCutoff: 0.5, minEvidence: 3.5, strongEvidence: 7 };

function highlight(clause: Clause, tokens: readonly Token[], matched: ReadonlySet<string>): { words: string[]; spans: MatchedSpan[] } {
  const spans = tokens
    .filter((token) => matched.has(token.term))
    .map((token) => ({ start: token.start, end: token.end }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: MatchedSpan[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last !== undefined && span.start <= last.end) {
      last.end = Math.max(last.end, span.end);
    } else {
      merged.push({ ...span });
    }
  }
  const words: string[] = [];
  for (const span of merged) {
    const word = clause.text.slice(span.start, span.end);
    if (!words.some((seen) => seen.toLowerCase() === word.toLowerCase())) {
      words.push(word);
    }
  }
  return { words, spans: merged };
}

/**
 * Ranks a JD's and PS's clauses for every duty, entirely in the browser, and
 * abstains where nothing fits. A clause is suggested for a duty only if it
 * carries what distinguishes that duty from the framework's other duties:
 * its rare terms (by IDF over the duties) or its imaging concepts from the
 * vocabulary, not only words every duty shares (patients, equipment,
 * imaging). Each suggestion says which of the clause's words matched and how
 * far it can be trusted; nothing is accepted here.
 *
 * @param duties - The duties to place.
 * @param clauses - The clauses of the JD and PS.
 * @param options - Limits, thresholds and vocabulary.
 * @returns Suggestions by duty, the clauses no duty suggests, the likely gaps and notes.
 */
export function suggestClauses(duties: readonly DutyQuery[], clauses: readonly Clause[], options: SuggestOptions = {}): SuggestionSet {
  const { perDuty, relativeCutoff, minEvidence, strongEvidence } = { ...DEFAULTS, ...options };
  const { byDuty: scored, notes, echoed } = scoreClauses(duties, clauses, options);
  const byDuty = new Map<string, Suggestion[]>();
  const suggested = new Set<string>();
  const clauseBest = bestDutyOfEachClause(scored);
  const tieBroken = sharedConceptTies(scored, clauseBest, minEvidence, commonTerms(compileVocabulary(options.vocabulary ?? IMAGING_VOCABULARY)));
  for (const duty of duties) {
    const evident = (scored.get(duty.dutyId) ?? []).filter((entry) =>
      goesToDuty(entry, clauseBest.get(entry.clause.id), minEvidence, tieBroken.get(entry.clause.id), duty.dutyId)
    );
    const best = evident.length > 0 ? evident[0].score : 0;
    const kept = evident.filter((entry) => entry.score >= best * relativeCutoff).slice(0, perDuty);
    if (kept.length === 0) {
      continue;
    }
    byDuty.set(
      duty.dutyId,
      kept.map(({ clause, tokens, score, evidence, matched }) => {
        suggested.add(clause.id);
        const { words, spans } = highlight(clause, tokens, matched);
        const confidence: SuggestionConfidence | null = echoed.has(clause.source) ? null : evidence >= strongEvidence ? 'strong' : 'possible';
        return { dutyId: duty.dutyId, clause, score: Math.round(score * 10) / 10, confidence, matchedWords: words, spans };
      })
    );
  }
  return {
    byDuty,
    unmatched: clauses.filter((clause) => !suggested.has(clause.id)),
    gaps: duties.filter((duty) => !byDuty.has(duty.dutyId)).map((duty) => duty.dutyId),
    notes
  };
}

/**
 * The duties nothing in the JD or PS covers, in framework order: those with
 * no suggestion, less any the caller already knows about (a duty already
 * mapped, or one already marked as a gap).
 *
 * @param set - The suggestions.
 * @param exclude - Duty ids to leave out.
 * @returns The likely gaps' duty ids.
 */
export function likelyGaps(set: SuggestionSet, exclude: ReadonlySet<string> = new Set()): string[] {
  return set.gaps.filter((dutyId) => !exclude.has(dutyId));
}
