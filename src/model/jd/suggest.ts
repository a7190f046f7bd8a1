import type { Duty, Framework } from '../framework';
import { documentNotes } from './documentNotes';
import { compileVocabulary, tokenize } from './terms';
import type { Token } from './terms';
import type { Clause, JdNote, MatchedSpan, Suggestion, SuggestionConfidence } from './types';
import { COMMON_IMAGING_WORDS, IMAGING_VOCABULARY } from './vocabulary';
import type { VocabularyGroup } from './vocabulary';

/** A duty as the ranking reads it: its own words and those of its sub-items. */
export interface DutyQuery {
  dutyId: string;
  text: string;
}

export interface SuggestOptions {
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

/**
 * Calibrated on the labelled fixtures with many uncovered duties (one pair
 * held out; see scripts/bench/suggestQuality.ts), not per fixture.
 */
const DEFAULTS = { perDuty: 3, relativeCutoff: 0.5, minEvidence: 3.5, strongEvidence: 7 };
/** Fewer duties than this are weighed as if there were this many, none of the others sharing their terms. */
const MIN_DUTY_COUNT = 20;
/** A term in at most this share of the framework's duties distinguishes the duties it is in. */
const RARE_SHARE = 0.13;
/** The heading helps ("Quality assurance" over "Carry out daily checks") but must not outweigh the clause. */
const HEADING_WEIGHT = 0.3;
/** A vocabulary concept (PACS, manual handling) is curated evidence, worth more than one ordinary shared word. */
const CONCEPT_BOOST = 1.5;
/**
 * Words a duty says only in brackets ("(For imaging QA involving radiation, …
 * under the regulations)", "[limited, single focus]") qualify it; they are not
 * what the duty is, so they count for less.
 */
const ASIDE_WEIGHT = 0.5;
/**
 * A clause is suggested for a duty only if its evidence there is at least
 * this share of its best evidence for any duty: "Clean, move and change the
 * MRI coils" is about the coils duty, not about moving mobile x-ray machines,
 * though both duties clean and move.
 */
const CLAUSE_SHARE = 0.5;
/** Evidence is damped only for clauses longer than this many times the average (descriptive paragraphs match much by chance). */
const LONG_CLAUSE = 1.5;
/**
 * A concept a few duties share (in at most three of the default framework's
 * 24: QA, x-ray, RIS, PACS, MRI) carries at least this share of the evidence
 * bar; one in more duties does not. Such a concept is enough when the
 * clause's other words single out one of its duties (sharedConceptTies).
 */
const SHARED_CONCEPT_SHARE = 0.8;
/** Long clauses share more words with any duty by chance; their score is damped by this power of their relative length. */
const LENGTH_DAMPING = 0.3;

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

interface ReadClause {
  clause: Clause;
  tokens: Token[];
  terms: ReadonlySet<string>;
  headingTerms: ReadonlySet<string>;
  length: number;
}

/** The terms a duty uses only inside brackets. */
function asideTerms(text: string, tokens: readonly Token[]): Set<string> {
  const bracketed: [number, number][] = [];
  const pattern = /\([^()]*\)|\[[^[\]]*\]/g;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    bracketed.push([match.index, match.index + match[0].length]);
  }
  const inside = (token: Token): boolean => bracketed.some(([start, end]) => token.start >= start && token.end <= end);
  const outside = new Set(tokens.filter((token) => !inside(token)).map((token) => token.term));
  return new Set(tokens.filter((token) => inside(token) && !outside.has(token.term)).map((token) => token.term));
}

/** How many of the texts each term occurs in. */
function documentFrequency(termSets: readonly ReadonlySet<string>[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const terms of termSets) {
    for (const term of terms) {
      df.set(term, (df.get(term) ?? 0) + 1);
    }
  }
  return df;
}

/** BM25's inverse document frequency: high for a term in few texts, near zero for one in all. */
function idf(count: number, df: number): number {
  return Math.log(1 + (count - df + 0.5) / (df + 0.5));
}

/** A clause weighed against one duty, before any cut-off. */
export interface ScoredClause {
  clause: Clause;
  /** Orders a duty's clauses: the rarity of every shared term, damped for long clauses. */
  score: number;
  /** What decides whether the clause is suggested at all: the rarity of the duty's distinctive terms it carries. */
  evidence: number;
  tokens: readonly Token[];
  matched: ReadonlySet<string>;
  /** The share of the duty's own terms (by weight) the clause carries: how much of the duty it speaks to. */
  coverage: number;
  /** The duty's matched terms that count as evidence (the duty's distinctive terms found in the clause's own text). */
  evidenceTerms: ReadonlySet<string>;
}

/** Every duty's clauses that carry any of its terms, best first, with the notes found on the way. */
export interface ScoredDuties {
  byDuty: Map<string, ScoredClause[]>;
  notes: JdNote[];
  /** Sources whose clauses echo the framework's wording: their matches show shared words, not the job. */
  echoed: ReadonlySet<string>;
}

/**
 * Weighs every clause against every duty: the measuring half of
 * {@link suggestClauses}, for calibration and for tests.
 *
 * @param duties - The duties to place.
 * @param clauses - The clauses of the JD and PS.
 * @param options - The vocabulary.
 * @returns Each duty's clauses, best first.
 */
export function scoreClauses(duties: readonly DutyQuery[], clauses: readonly Clause[], options: SuggestOptions = {}): ScoredDuties {
  const vocabulary = compileVocabulary(options.vocabulary ?? IMAGING_VOCABULARY);
  const termsOf = (tokens: readonly Token[]): Set<string> => new Set(tokens.map((token) => token.term));

  const dutyTokens = duties.map((duty) => tokenize(duty.text, vocabulary));
  const dutyTerms = dutyTokens.map(termsOf);
  const asides = dutyTokens.map((tokens, index) => asideTerms(duties[index].text, tokens));
  const dutyDf = documentFrequency(dutyTerms);
  // Rarity needs a framework's worth of duties to mean anything; a handful (a test, a small custom framework) counts as that many.
  const dutyCount = Math.max(duties.length, MIN_DUTY_COUNT);
  const rareDf = Math.max(2, Math.round(dutyCount * RARE_SHARE));
  const weight = (term: string): number => idf(dutyCount, dutyDf.get(term) ?? 0) * (term.startsWith('~') ? CONCEPT_BOOST : 1);
  const common = new Set(COMMON_IMAGING_WORDS.flatMap((word) => tokenize(word, vocabulary).map((token) => token.term)));
  const distinctive = (term: string): boolean => !common.has(term) && ((dutyDf.get(term) ?? 0) <= rareDf || term.startsWith('~'));

  const notes = documentNotes(clauses, duties);
  const unreadable = new Set(notes.flatMap((note) => (note.kind === 'notEnglish' ? [note.source] : [])));
  const echoed = new Set(notes.flatMap((note) => (note.kind === 'frameworkWording' ? [note.source] : [])));
  // Many clauses share a heading: each is read once.
  const headings = new Map<string, Set<string>>();
  const headingTerms = (heading: string): Set<string> => {
    let terms = headings.get(heading);
    if (terms === undefined) {
      terms = termsOf(tokenize(heading, vocabulary));
      headings.set(heading, terms);
    }
    return terms;
  };
  const read: ReadClause[] = clauses
    .filter((clause) => !unreadable.has(clause.source))
    .map((clause) => {
      const tokens = tokenize(clause.text, vocabulary);
      return { clause, tokens, terms: termsOf(tokens), headingTerms: headingTerms(clause.heading ?? ''), length: tokens.length };
    });
  const averageLength = read.reduce((sum, item) => sum + item.length, 0) / Math.max(1, read.length);

  const byDuty = new Map<string, ScoredClause[]>();
  duties.forEach((duty, index) => {
    const wanted = dutyTerms[index];
    const mass = [...wanted].reduce((sum, term) => sum + weight(term) * (asides[index].has(term) ? ASIDE_WEIGHT : 1), 0);
    const scored: ScoredClause[] = [];
    for (const item of read) {
      let score = 0;
      let evidence = 0;
      const matched = new Set<string>();
      const evidenceTerms = new Set<string>();
      for (const term of wanted) {
        const inText = item.terms.has(term);
        if (!inText && !item.headingTerms.has(term)) {
          continue;
        }
        const value = weight(term) * (inText ? 1 : HEADING_WEIGHT) * (asides[index].has(term) ? ASIDE_WEIGHT : 1);
        score += value;
        if (inText) {
          matched.add(term);
          if (distinctive(term)) {
            evidence += value;
            evidenceTerms.add(term);
          }
        }
      }
      if (score > 0) {
        const damping = Math.pow(Math.max(1, item.length) / averageLength, LENGTH_DAMPING);
        const evidenceDamping = Math.max(1, Math.pow(Math.max(1, item.length) / (averageLength * LONG_CLAUSE), LENGTH_DAMPING));
        scored.push({ clause: item.clause, score: score / damping, evidence: evidence / evidenceDamping, coverage: score / Math.max(mass, 1e-9), tokens: item.tokens, matched, evidenceTerms });
      }
    }
    byDuty.set(duty.dutyId, scored.sort((a, b) => b.score - a.score));
  });
  return { byDuty, notes, echoed };
}

/**
 * Which of two duties a clause with equal evidence for both is more about: its
 * score (every shared word, common ones too) times the share of the duty it
 * speaks to. "Able to work within own scope of practice and ask for help" is
 * most of the scope duty and a small part of the image-quality one.
 */
function fit(entry: ScoredClause): number {
  return entry.score * entry.coverage;
}

/**
 * Whether a clause carries something that tells this duty apart from the
 * duty the clause is most about. "Knowledge of MRI quality assurance checks"
 * matches the more complex QA duty only by "quality assurance", which the
 * routine QA checks duty also has, with "checks" besides: it is about the
 * routine checks, and says nothing of the other. A clause that carries some
 * term of this duty its best duty lacks is about both.
 *
 * @param entry - The clause weighed against this duty.
 * @param best - The same clause weighed against the duty it has the most evidence for.
 * @returns False when this duty's evidence is a part of the best duty's and no more than it (on a tie, the clause's other shared words decide).
 */
function distinguishes(entry: ScoredClause, best: ScoredClause): boolean {
  // On equal evidence the clause's other words decide ("daily quality assurance checks on imaging equipment" is the routine checks).
  if (entry === best || entry.evidence > best.evidence || (entry.evidence === best.evidence && fit(entry) >= fit(best))) {
    return true;
  }
  // Two or more distinctive terms the duties share ("complete … on RIS … PACS" is in two duties' wording): the clause is about both.
  if (entry.evidence === best.evidence && entry.evidenceTerms.size > 1) {
    return true;
  }
  return [...entry.evidenceTerms].some((term) => !best.evidenceTerms.has(term));
}

/** The terms of the words every imaging JD uses (COMMON_IMAGING_WORDS), as the vocabulary reads them. */
function vocabularyCommon(options: SuggestOptions): Set<string> {
  const vocabulary = compileVocabulary(options.vocabulary ?? IMAGING_VOCABULARY);
  return new Set(COMMON_IMAGING_WORDS.flatMap((word) => tokenize(word, vocabulary).map((token) => token.term)));
}

/**
 * Clauses whose only evidence is one imaging concept that a few duties share
 * (QA and x-ray are each in two duties, RIS, PACS and MRI in three), too
 * little alone, but whose other words tell those duties apart: "Knowledge of
 * MRI quality assurance checks" shares QA with both QA duties and "checks"
 * with the routine checks duty alone. Such a clause goes to that one duty, if
 * it also fits it best ({@link fit}). "Experience of working in an x-ray
 * department" has no such word and stays unsuggested; a concept in more
 * duties stays too little however the other words fall.
 *
 * @returns The duty each such clause goes to, by clause id.
 */
function sharedConceptTies(
  scored: ReadonlyMap<string, ScoredClause[]>,
  clauseBest: ReadonlyMap<string, ScoredClause>,
  minEvidence: number,
  common: ReadonlySet<string>
): Map<string, string> {
  const byClause = new Map<string, { dutyId: string; entry: ScoredClause }[]>();
  for (const [dutyId, entries] of scored) {
    for (const entry of entries) {
      byClause.set(entry.clause.id, [...(byClause.get(entry.clause.id) ?? []), { dutyId, entry }]);
    }
  }
  const ties = new Map<string, string>();
  for (const [clauseId, entries] of byClause) {
    const best = clauseBest.get(clauseId);
    if (best === undefined || best.evidence >= minEvidence || best.evidence < SHARED_CONCEPT_SHARE * minEvidence || ![...best.evidenceTerms].some((term) => term.startsWith('~'))) {
      continue;
    }
    const rivals = entries.filter(({ entry }) => entry.evidence === best.evidence).sort((a, b) => fit(b.entry) - fit(a.entry));
    if (rivals.length < 2 || fit(rivals[0].entry) <= fit(rivals[1].entry)) {
      continue;
    }
    const [first, ...others] = rivals;
    // A word the clause shares with this duty alone among them, not one every JD uses.
    const tellsApart = [...first.entry.matched].some(
      (term) => !common.has(term) && !first.entry.evidenceTerms.has(term) && others.every(({ entry }) => !entry.matched.has(term))
    );
    if (tellsApart) {
      ties.set(clauseId, first.dutyId);
    }
  }
  return ties;
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
  // Each clause's best duty by evidence: what the clause is most about.
  const clauseBest = new Map<string, ScoredClause>();
  for (const entries of scored.values()) {
    for (const entry of entries) {
      const best = clauseBest.get(entry.clause.id);
      if (best === undefined || entry.evidence > best.evidence || (entry.evidence === best.evidence && fit(entry) > fit(best))) {
        clauseBest.set(entry.clause.id, entry);
      }
    }
  }
  const tieBroken = sharedConceptTies(scored, clauseBest, minEvidence, vocabularyCommon(options));
  for (const duty of duties) {
    const evident = (scored.get(duty.dutyId) ?? []).filter((entry) => {
      const best = clauseBest.get(entry.clause.id);
      if (tieBroken.get(entry.clause.id) === duty.dutyId) {
        return true;
      }
      return entry.evidence >= minEvidence && (best === undefined || (entry.evidence >= CLAUSE_SHARE * best.evidence && distinguishes(entry, best)));
    });
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
