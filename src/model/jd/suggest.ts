import MiniSearch from 'minisearch';
import type { Framework } from '../framework';
import type { Duty } from '../framework';
import { compileVocabulary, tokenize } from './terms';
import type { Token } from './terms';
import type { Clause, JdNote, MatchedSpan, Suggestion } from './types';
import { IMAGING_VOCABULARY } from './vocabulary';
import type { VocabularyGroup } from './vocabulary';

/** A duty as the ranking reads it: its own words and those of its sub-items. */
export interface DutyQuery {
  dutyId: string;
  text: string;
}

export interface SuggestOptions {
  /** At most this many suggestions a duty (3). */
  perDuty?: number;
  /** A suggestion scores at least this share of the duty's best match (0.3)… */
  relativeCutoff?: number;
  /** …and at least this BM25 score (1.5), so one shared common word is not a suggestion but one shared rare term (DXA) is. */
  minScore?: number;
  vocabulary?: readonly VocabularyGroup[];
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

interface IndexedClause {
  id: string;
  text: string;
  heading: string;
}

const DEFAULTS = { perDuty: 3, relativeCutoff: 0.3, minScore: 1.5 };
/** The heading helps ("Quality assurance" over "Carry out daily checks") but must not outweigh the clause. */
const HEADING_BOOST = 0.3;
/** A vocabulary concept (PACS, manual handling) is curated evidence, worth more than one ordinary shared word. */
const CONCEPT_BOOST = 1.5;

function dutyText(duty: Duty): string {
  return [duty.text, ...(duty.children ?? []).map(dutyText)].join(' ');
}

/**
 * The mapped (top-level) duties of a framework as queries; a duty's sub-items
 * (the modality list, referral routes) are part of its words.
 *
 * @param framework - The framework the mapping uses.
 * @returns One query a top-level duty, in framework order.
 */
export function dutyQueries(framework: Framework): DutyQuery[] {
  const queries: DutyQuery[] = [];
  for (const area of framework.areas) {
    queries.push(...area.duties.map((duty) => ({ dutyId: duty.id, text: dutyText(duty) })));
  }
  return queries;
}

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
 * Ranks a JD's and PS's clauses for every duty with BM25 (MiniSearch) over
 * stemmed words and imaging concepts, entirely in the browser. Each
 * suggestion says which of the clause's words matched, so a person can see
 * why it was suggested; nothing is accepted here.
 *
 * @param duties - The duties to place.
 * @param clauses - The clauses of the JD and PS.
 * @param options - Limits and vocabulary.
 * @returns Suggestions by duty, and the clauses no duty suggests.
 */
export function suggestClauses(duties: readonly DutyQuery[], clauses: readonly Clause[], options: SuggestOptions = {}): SuggestionSet {
  const { perDuty, relativeCutoff, minScore } = { ...DEFAULTS, ...options };
  const vocabulary = compileVocabulary(options.vocabulary ?? IMAGING_VOCABULARY);
  const clauseById = new Map(clauses.map((clause) => [clause.id, clause]));
  // Each clause is tokenised once: for the index and again for its highlights.
  const tokensOf = new Map<string, Token[]>();
  const tokens = (text: string): Token[] => {
    let found = tokensOf.get(text);
    if (found === undefined) {
      found = tokenize(text, vocabulary);
      tokensOf.set(text, found);
    }
    return found;
  };
  const terms = (text: string): string[] => tokens(text).map((token) => token.term);
  const index = new MiniSearch<IndexedClause>({
    fields: ['text', 'heading'],
    tokenize: terms,
    processTerm: (term) => term,
    searchOptions: {
      tokenize: terms,
      processTerm: (term) => term,
      combineWith: 'OR',
      boost: { text: 1, heading: HEADING_BOOST },
      boostTerm: (term) => (term.startsWith('~') ? CONCEPT_BOOST : 1)
    }
  });
  index.addAll(clauses.map((clause) => ({ id: clause.id, text: clause.text, heading: clause.heading ?? '' })));

  const byDuty = new Map<string, Suggestion[]>();
  const suggested = new Set<string>();
  for (const duty of duties) {
    const results = index.search(duty.text);
    const best = results.length > 0 ? results[0].score : 0;
    const kept = results.filter((result) => result.score >= minScore && result.score >= best * relativeCutoff).slice(0, perDuty);
    if (kept.length === 0) {
      continue;
    }
    byDuty.set(
      duty.dutyId,
      kept.map((result) => {
        const clause = clauseById.get(String(result.id)) as Clause;
        suggested.add(clause.id);
        const { words, spans } = highlight(clause, tokens(clause.text), new Set(result.terms));
        return { dutyId: duty.dutyId, clause, score: Math.round(result.score * 10) / 10, confidence: 'possible' as const, matchedWords: words, spans };
      })
    );
  }
  return {
    byDuty,
    unmatched: clauses.filter((clause) => !suggested.has(clause.id)),
    gaps: duties.filter((duty) => !byDuty.has(duty.dutyId)).map((duty) => duty.dutyId),
    notes: []
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
