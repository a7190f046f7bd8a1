/**
 * What the ranking should tell a person about the documents it was given,
 * found from their clauses: a document not in English, one that repeats the
 * framework's wording, or a PS's criteria read without a JD. None stops the
 * ranking; each is a note the app words.
 */
import type { Clause, JdNote, JdSource } from './types';

/** Words any English sentence of some length uses; a JD in another language has almost none of them. */
const ENGLISH_FUNCTION_WORDS = new Set(
  'the and of to in for with on is are be as by from at or that this their all any when where which who will should must can have has into within'.split(' ')
);
/** Below this share of English function words (over enough words to judge), a document is read as another language. */
const MIN_ENGLISH_SHARE = 0.06;
const MIN_WORDS_TO_JUDGE = 12;
/** A run of this many of a duty's words in a row, in a clause, is the framework's wording repeated, not a team's own. */
const ECHO_RUN = 8;
/** So many echoed duties make the document a copy of the framework, not a coincidence. */
const MIN_ECHOED_DUTIES = 2;

function plainWords(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

function bySource(clauses: readonly Clause[]): Map<JdSource, Clause[]> {
  const grouped = new Map<JdSource, Clause[]>();
  for (const clause of clauses) {
    grouped.set(clause.source, [...(grouped.get(clause.source) ?? []), clause]);
  }
  return grouped;
}

function isEnglish(clauses: readonly Clause[]): boolean {
  const words = clauses.flatMap((clause) => plainWords(clause.text));
  if (words.length < MIN_WORDS_TO_JUDGE) {
    return true;
  }
  return words.filter((word) => ENGLISH_FUNCTION_WORDS.has(word)).length / words.length >= MIN_ENGLISH_SHARE;
}

/** Runs of ECHO_RUN words of each duty (or the whole duty, if shorter and at least half a run), as text. */
function dutyRuns(text: string): string[] {
  const words = plainWords(text);
  if (words.length < ECHO_RUN) {
    return words.length >= ECHO_RUN / 2 ? [words.join(' ')] : [];
  }
  const runs: string[] = [];
  for (let at = 0; at + ECHO_RUN <= words.length; at += 1) {
    runs.push(words.slice(at, at + ECHO_RUN).join(' '));
  }
  return runs;
}

function echoedDuties(clauses: readonly Clause[], duties: readonly { text: string }[]): number {
  const texts = clauses.map((clause) => ` ${plainWords(clause.text).join(' ')} `);
  return duties.filter((duty) => dutyRuns(duty.text).some((run) => texts.some((text) => text.includes(` ${run} `)))).length;
}

/**
 * Notes about the documents as the ranking reads them.
 *
 * @param clauses - The clauses of the JD and PS.
 * @param duties - The duties being placed (their text).
 * @returns The notes, JD first.
 */
export function documentNotes(clauses: readonly Clause[], duties: readonly { text: string }[]): JdNote[] {
  const notes: JdNote[] = [];
  const grouped = bySource(clauses);
  for (const source of ['jd', 'ps'] as const) {
    const own = grouped.get(source) ?? [];
    if (own.length === 0) {
      continue;
    }
    if (!isEnglish(own)) {
      notes.push({ kind: 'notEnglish', source });
      continue;
    }
    const echoed = echoedDuties(own, duties);
    if (echoed >= MIN_ECHOED_DUTIES) {
      notes.push({ kind: 'frameworkWording', source, duties: echoed });
    }
  }
  const ps = grouped.get('ps') ?? [];
  if (!grouped.has('jd') && ps.length > 0 && ps.every((clause) => /^(Essential|Desirable) \d+$/.test(clause.label))) {
    notes.push({ kind: 'criteriaOnly' });
  }
  return notes;
}
