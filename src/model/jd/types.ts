/**
 * A team's job description (JD) and person specification (PS) read as
 * clauses, and the suggestions that point a duty at them.
 */

/** Which of the team's two documents a clause comes from. */
export type JdSource = 'jd' | 'ps';

/**
 * One paragraph of a document as an extractor sees it, before clause
 * splitting: its text, whether it is a heading or a list item, and any
 * number the document gives it (typed "3.2", or a Word list's own numbering).
 */
export interface TextBlock {
  text: string;
  kind: 'heading' | 'item' | 'paragraph';
  /** The number shown before the text ("3", "3.2", "a"), without punctuation. */
  number?: string;
}

/** A clause of a JD or PS that a duty can be found in. */
export interface Clause {
  /** Unique within one document set, e.g. "jd-7". */
  id: string;
  source: JdSource;
  /** How a team cites it: "3.2", "Essential 4", "Job summary". */
  label: string;
  /** The heading the clause sits under, if any. */
  heading?: string;
  text: string;
}

/** A span of a clause's text that matched the duty, for highlighting as text. */
export interface MatchedSpan {
  start: number;
  end: number;
}

/** One suggested clause for one duty. */
export interface Suggestion {
  dutyId: string;
  clause: Clause;
  /** BM25 score, rounded to one decimal place; higher is a closer match. */
  score: number;
  /** The clause's own words that matched the duty, in reading order, without repeats. */
  matchedWords: string[];
  /** Where those words sit in `clause.text`. */
  spans: MatchedSpan[];
}

/**
 * The reference a team would write for a clause: "JD 3.2", "PS Essential 4".
 *
 * @param clause - The clause.
 * @returns The citation.
 */
export function clauseReference(clause: Clause): string {
  return `${clause.source === 'jd' ? 'JD' : 'PS'} ${clause.label}`;
}
