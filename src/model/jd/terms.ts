import { stemmer } from 'stemmer';
import type { VocabularyGroup } from './vocabulary';

/**
 * Turns text into the terms the ranking compares: stemmed words without
 * stop words, plus a concept term wherever a vocabulary phrase occurs. Every
 * term keeps where it came from in the text, so a match can be shown as the
 * words that matched.
 */

/** Words too common in JDs and duties to say anything about where a duty sits. */
const STOP_WORDS = new Set(
  (
    'a an and or the of to in on for with by as at from into within is are be been being it its this that these those ' +
    'such other e g eg i e ie etc per via all any each own their them they we you your our will may must should can ' +
    'including include includes where when which who whom whose not no than then also both more most well ' +
    'ensure ensuring appropriate appropriately relevant required requirement as per undertake undertaking ' +
    'post holder postholder role job duties duty responsible responsibility responsibilities work working ' +
    'if out make makes making made take takes taking taken set during under has have had was were do does done use uses used using'
  ).split(/\s+/)
);

/**
 * Words for people in posts whose stem is also an activity's or a thing's:
 * "Manager" and "managing", "operator" and "operational", "assistant" and
 * "assist", "radiographer" and "radiographs" stem alike, so "Reporting to
 * Modality Manager" would match "Managing own safety". They are compared as
 * the person ("@manager"), never as the activity.
 */
const PEOPLE = new Set(['manager', 'operator', 'assistant', 'radiographer', 'referrer', 'director', 'leader', 'trainer', 'supervisor', 'user']);

/**
 * Words that name a state, not the activity or thing their stem names: "for
 * which trained" and "trained equipment operator" say someone is qualified,
 * not that they train others ("Leading training of other members of staff");
 * a patient's "limited mobility" is not a mobile x-ray machine.
 */
const STATES = new Set(['trained', 'qualified', 'mobility']);

function termOf(lower: string, stem: string): string {
  const singular = lower.replace(/s$/, '');
  if (STATES.has(lower)) {
    return `@${lower}`;
  }
  return PEOPLE.has(singular) ? `@${singular}` : stem;
}

export interface Token {
  /** The term compared: a stem, or a concept marked with "~". */
  term: string;
  start: number;
  end: number;
}

interface Word {
  lower: string;
  raw: string;
  start: number;
  end: number;
}

interface CompiledTerm {
  concept: string;
  /** The words still count as themselves (see {@link VocabularyGroup.keepWords}). */
  keepWords: boolean;
  /** `afterGap`: up to {@link MAX_GAP} other words may come before this one ("seek … advice"). */
  words: { lower: string; exactCase?: string; afterGap?: boolean }[];
}

/** A gap ("…") in a vocabulary phrase stands for at most this many words: "seek a radiographer's advice", "ask the supervising radiographer for help". */
const MAX_GAP = 3;

/** Vocabulary terms by their first word ("=" and the exact word for abbreviations), longest first. */
export type CompiledVocabulary = ReadonlyMap<string, readonly CompiledTerm[]>;

function firstWordKey(word: CompiledTerm['words'][number]): string {
  return word.exactCase !== undefined ? `=${word.exactCase}` : word.lower;
}

/** "IR(ME)R" is one word to readers; without this it would become "IR", "ME", "R". */
function joinBracketedAbbreviations(text: string): string {
  return text.replace(/\b([A-Za-z]+)\(([A-Za-z]+)\)([A-Za-z]*)/g, (whole, a: string, b: string, c: string) => {
    const joined = `${a}${b}${c}`;
    // Keep offsets stable: pad to the original length so highlights still line up.
    return joined + ' '.repeat(whole.length - joined.length);
  });
}

function words(text: string): Word[] {
  const found: Word[] = [];
  const pattern = /[A-Za-z0-9]+(?:['’][a-z]+)?/g;
  const prepared = joinBracketedAbbreviations(text);
  for (let match = pattern.exec(prepared); match !== null; match = pattern.exec(prepared)) {
    const raw = match[0].replace(/['’]s$/i, '');
    found.push({ raw, lower: raw.toLowerCase(), start: match.index, end: match.index + match[0].length });
  }
  return found;
}

/** Abbreviations in capitals ("MR", "US", "PAS") match only in capitals, so "Mr Smith" and "contact us" are not imaging terms. */
function isAbbreviation(word: string): boolean {
  return word.length <= 5 && /^[A-Z0-9]+$/.test(word) && /[A-Z]/.test(word);
}

/**
 * Prepares a vocabulary for matching; done once per ranking, not per text.
 *
 * @param vocabulary - Concept groups.
 * @returns The terms by first word, longest first so "magnetic resonance imaging" wins over "magnetic resonance".
 */
export function compileVocabulary(vocabulary: readonly VocabularyGroup[]): CompiledVocabulary {
  const compiled: CompiledTerm[] = [];
  for (const group of vocabulary) {
    for (const term of group.terms) {
      const termWords = term.split('…').flatMap((part, index) =>
        words(part).map((word, at) => ({
          lower: termOf(word.lower, stemmer(word.lower)),
          exactCase: isAbbreviation(word.raw) ? word.raw : undefined,
          afterGap: index > 0 && at === 0 ? true : undefined
        }))
      );
      if (termWords.length > 0) {
        compiled.push({ concept: group.concept, keepWords: group.keepWords === true, words: termWords });
      }
    }
  }
  const byFirstWord = new Map<string, CompiledTerm[]>();
  for (const term of compiled.sort((a, b) => b.words.length - a.words.length)) {
    const key = firstWordKey(term.words[0]);
    byFirstWord.set(key, [...(byFirstWord.get(key) ?? []), term]);
  }
  return byFirstWord;
}

/**
 * Where a vocabulary phrase matches the text from word `at`: the indexes of
 * the words it matched (not those a gap skipped), or undefined. A gap takes
 * as few words as it can.
 */
function matchesAt(term: CompiledTerm, text: Word[], stems: string[], at: number, from = 0): number[] | undefined {
  if (from === term.words.length) {
    return [];
  }
  const word = term.words[from];
  const gaps = word.afterGap === true ? MAX_GAP : 0;
  for (let skip = 0; skip <= gaps && at + skip < text.length; skip += 1) {
    const index = at + skip;
    const fits = word.exactCase !== undefined ? text[index].raw === word.exactCase : stems[index] === word.lower;
    if (fits) {
      const rest = matchesAt(term, text, stems, index + 1, from + 1);
      if (rest !== undefined) {
        return [index, ...rest];
      }
    }
  }
  return undefined;
}

/**
 * The terms of a text, with where each sits.
 *
 * @param text - A duty or a clause.
 * @param vocabulary - From {@link compileVocabulary}.
 * @returns Stem tokens (stop words left out) and concept tokens.
 */
export function tokenize(text: string, vocabulary: CompiledVocabulary): Token[] {
  const found = words(text);
  // A person ("radiographer") is not the thing ("radiograph"), in the vocabulary's phrases too.
  const stems = found.map((word) => termOf(word.lower, stemmer(word.lower)));
  const concepts: Token[] = [];
  // A word inside a concept ("quality" in "quality control") is evidence once, as the concept, not again as itself.
  const covered = new Set<number>();
  for (let at = 0; at < found.length; at += 1) {
    // A word a gapped phrase already took ("training" in "beyond their training") does not start another concept.
    if (covered.has(at)) {
      continue;
    }
    const candidates = [...(vocabulary.get(`=${found[at].raw}`) ?? []), ...(vocabulary.get(stems[at]) ?? [])].sort((a, b) => b.words.length - a.words.length);
    let term: CompiledTerm | undefined;
    let indexes: number[] | undefined;
    for (const candidate of candidates) {
      indexes = matchesAt(candidate, found, stems, at);
      if (indexes !== undefined) {
        term = candidate;
        break;
      }
    }
    if (term !== undefined && indexes !== undefined) {
      const lastIndex = indexes[indexes.length - 1];
      concepts.push({ term: `~${term.concept}`, start: found[at].start, end: found[lastIndex].end });
      for (const index of term.keepWords ? [] : indexes) {
        covered.add(index);
      }
      // Words a gap skipped ("a radiographer's" in "seek a radiographer's advice") are still read as themselves.
      at = indexes.length === lastIndex - at + 1 ? lastIndex : at;
    }
  }
  const tokens: Token[] = [];
  found.forEach((word, index) => {
    if (!covered.has(index) && !STOP_WORDS.has(word.lower) && word.lower.length > 1 && !/^\d+$/.test(word.lower)) {
      tokens.push({ term: stems[index], start: word.start, end: word.end });
    }
  });
  return [...tokens, ...concepts];
}
