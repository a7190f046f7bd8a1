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
    'if out make take set during under has have had was were do does done'
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

function termOf(lower: string, stem: string): string {
  const singular = lower.replace(/s$/, '');
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
  words: { lower: string; exactCase?: string }[];
}

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
      const termWords = words(term).map((word) => ({
        lower: stemmer(word.lower),
        exactCase: isAbbreviation(word.raw) ? word.raw : undefined
      }));
      if (termWords.length > 0) {
        compiled.push({ concept: group.concept, words: termWords });
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

function matchesAt(term: CompiledTerm, text: Word[], stems: string[], at: number): boolean {
  if (at + term.words.length > text.length) {
    return false;
  }
  return term.words.every((word, offset) => {
    const candidate = text[at + offset];
    return word.exactCase !== undefined ? candidate.raw === word.exactCase : stems[at + offset] === word.lower;
  });
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
    const candidates = [...(vocabulary.get(`=${found[at].raw}`) ?? []), ...(vocabulary.get(stems[at]) ?? [])].sort((a, b) => b.words.length - a.words.length);
    const term = candidates.find((candidate) => matchesAt(candidate, found, stems, at));
    if (term !== undefined) {
      const last = found[at + term.words.length - 1];
      concepts.push({ term: `~${term.concept}`, start: found[at].start, end: last.end });
      for (let offset = 0; offset < term.words.length; offset += 1) {
        covered.add(at + offset);
      }
      at += term.words.length - 1;
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
