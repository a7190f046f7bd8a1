/**
 * Weighs every clause of a JD and PS against every duty: which of the duty's
 * terms each clause carries, how rare they are among the framework's duties,
 * and how much of that is evidence (the duty's distinctive terms, not words
 * every imaging JD uses). Deciding which duties a clause then goes to is
 * tellDutiesApart.ts; the suggestions themselves are suggest.ts.
 */
import { documentNotes } from './documentNotes';
import type { DutyQuery } from './dutyQueries';
import { compileVocabulary, tokenize } from './terms';
import type { CompiledVocabulary, Token } from './terms';
import type { Clause, JdNote } from './types';
import { COMMON_IMAGING_WORDS, IMAGING_VOCABULARY } from './vocabulary';
import type { VocabularyGroup } from './vocabulary';

/** What the weighing reads a duty and a clause with. */
export interface ScoreOptions {
  /** Synonyms and abbreviations ({@link IMAGING_VOCABULARY} unless given). */
  vocabulary?: readonly VocabularyGroup[];
}

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
/** Evidence is damped only for clauses longer than this many times the average (descriptive paragraphs match much by chance). */
const LONG_CLAUSE = 1.5;
/** Long clauses share more words with any duty by chance; their score is damped by this power of their relative length. */
const LENGTH_DAMPING = 0.3;

/**
 * The terms of the words every imaging JD uses ({@link COMMON_IMAGING_WORDS}), as the vocabulary reads them.
 *
 * @param vocabulary - The compiled vocabulary.
 * @returns Their terms.
 */
export function commonTerms(vocabulary: CompiledVocabulary): Set<string> {
  return new Set(COMMON_IMAGING_WORDS.flatMap((word) => tokenize(word, vocabulary).map((token) => token.term)));
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
export function scoreClauses(duties: readonly DutyQuery[], clauses: readonly Clause[], options: ScoreOptions = {}): ScoredDuties {
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
  const common = commonTerms(vocabulary);
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

