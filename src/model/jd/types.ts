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

/**
 * How far a suggestion can be trusted, for display in place of a raw score:
 * "strong" when the clause carries several of the duty's distinctive terms
 * (its rare words or imaging concepts), "possible" when it carries just
 * enough of them to be worth a look.
 */
export type SuggestionConfidence = 'strong' | 'possible';

/** One suggested clause for one duty. */
export interface Suggestion {
  dutyId: string;
  clause: Clause;
  /**
   * The ranking's own score, rounded to one decimal place: orders a duty's
   * suggestions, but its size means nothing to a reader. Show `confidence`.
   */
  score: number;
  /**
   * A band a person can read, or null where no band would mean anything:
   * when the documents repeat the framework's own wording (note
   * `frameworkWording`), a match says the words are the same, not that the
   * job includes the duty.
   */
  confidence: SuggestionConfidence | null;
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

/**
 * A line a reader skips when looking for duties, set apart rather than made
 * a clause: the job's details (title, band, hours, base, department), the
 * organisation lines ("Accountable to", "Reports to"), contact lines, and
 * page furniture (running headers and footers, page numbers, "continued").
 */
export interface SetApartLine {
  kind: 'jobDetails' | 'organisation' | 'contact' | 'page';
  text: string;
}

/**
 * Something about the documents a person should be told, as data (the app
 * words it). None of these is an error: the suggestions and gaps are still
 * given, and say what they can.
 */
export type JdNote =
  /** The document has nothing a duty could sit in: only job details, organisation lines or page furniture. */
  | { kind: 'noClauses'; source: JdSource }
  /** The document seems not to be in English: the ranking reads English words, so it suggests nothing from it. */
  | { kind: 'notEnglish'; source: JdSource }
  /** `duties` of the framework's duties appear in the document word for word: a match there shows shared wording, not the job. */
  | { kind: 'frameworkWording'; source: JdSource; duties: number }
  /** Only a person specification's criteria were read (no JD): criteria say what a person knows more often than what they do. */
  | { kind: 'criteriaOnly' }
  /** The document had more clauses than are read (`kept` of `total`); the rest are left out. */
  | { kind: 'clausesCapped'; source: JdSource; kept: number; total: number };

/** One document read as clauses, with what was set apart and anything to tell the person. */
export interface DocumentClauses {
  clauses: Clause[];
  setApart: SetApartLine[];
  notes: JdNote[];
}
