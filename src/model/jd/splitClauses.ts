import { furnitureOf, isDescriptionHeading, isLeadIn, isPostTitle, labelKind, sectionKind, withoutContinued } from './furniture';
import type { SetApartKind } from './furniture';
import { criterionOf } from './numbering';
import type { Criterion } from './numbering';
import type { Clause, DocumentClauses, JdNote, JdSource, SetApartLine, TextBlock } from './types';

/** Fewer words than this is a label or a stray line ("Band 4"), not a clause a duty could sit in. */
const MIN_CLAUSE_WORDS = 3;
const MAX_LABEL_HEADING = 40;
/** "Band: 4", "Site: Main hospital": any short labelled line outside the criteria is a detail of the job, not a duty. */
const DETAIL_LINE = /^[A-Z][A-Za-z ]{0,30}:\s+\S[^.]*$/;
const MAX_DETAIL_WORDS = 10;
/** In a details, organisation or contact section, a line this short (or without a full stop) is set apart; a longer sentence is read. */
const MAX_SECTION_LINE_WORDS = 14;
/** A label's value in the next cell is short: a name, a band, a place. */
const MAX_VALUE_WORDS = 14;

/** More clauses than any JD and PS hold; a document past it is read only this far, so ranking stays quick. */
export const MAX_CLAUSES = 5000;

export interface ReadClausesOptions {
  /** At most this many clauses are kept ({@link MAX_CLAUSES}). */
  maxClauses?: number;
}

interface Group {
  heading?: string;
  clauses: Clause[];
  /** Clauses labelled by their position under the heading, relabelled once the group is complete. */
  positional: Clause[];
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => word.length > 0).length;
}

function shortHeading(heading: string): string {
  return heading.length <= MAX_LABEL_HEADING ? heading : `${heading.slice(0, MAX_LABEL_HEADING - 1).replace(/\s+$/, '')}…`;
}

/** A lettered item ("c) …") not under a numbered section or item, named once the document is read. */
interface Lettered {
  clause: Clause;
  letter: string;
  heading?: string;
}

/**
 * Names lettered items as a reader cites them: by the letter alone ("(c)")
 * where the document uses each letter once (one list, or one lettering run
 * on across headings), by heading and letter ("Clinical (c)") where lists
 * under several headings each start again at a).
 */
function labelLettered(lettered: readonly Lettered[]): void {
  const letters = new Set(lettered.map(({ letter }) => letter));
  const restarts = letters.size < lettered.length;
  for (const { clause, letter, heading } of lettered) {
    clause.label = restarts ? `${shortHeading(heading ?? 'Paragraph')} (${letter})` : `(${letter})`;
  }
}

/**
 * Names an unnumbered clause by its heading and position ("Clinical duties 3");
 * a heading with a single clause under it names that clause on its own ("Job summary").
 */
function labelPositional(group: Group): void {
  const base = group.heading !== undefined ? shortHeading(group.heading) : 'Paragraph';
  group.positional.forEach((clause, index) => {
    clause.label = group.positional.length === 1 && group.heading !== undefined ? base : `${base} ${index + 1}`;
  });
}

function typedText(block: TextBlock): string {
  return block.number !== undefined && /^\d/.test(block.number) ? `${block.number} ${block.text}` : block.text;
}

/** What a reader skips, from the line itself and the section it is in. */
function setApartKind(block: TextBlock, text: string, inCriteria: boolean, section: SetApartKind | undefined, describing = false): SetApartKind | undefined {
  const own = furnitureOf(text, inCriteria);
  if (own !== undefined || inCriteria) {
    return own;
  }
  if (isPostTitle(text)) {
    return 'organisation';
  }
  if (block.kind !== 'item' && DETAIL_LINE.test(text) && wordCount(text) <= MAX_DETAIL_WORDS) {
    return 'jobDetails';
  }
  if (section !== undefined && (describing || wordCount(text) <= MAX_SECTION_LINE_WORDS || !/[.;]$/.test(text))) {
    return section;
  }
  return undefined;
}

/**
 * Splits a document's blocks into the clauses a team cites, keeping the
 * document's own numbering and headings: a typed or Word-numbered item keeps
 * its number ("3.2"; "2" under section "3" becomes "3.2"), criteria under an
 * "Essential" or "Desirable" heading are counted through the whole PS
 * ("Essential 4"), a lettered item by its letter ("(c)"; "4(c)" in section 4,
 * "3.2(c)" under an item "3.2 … :"; "Clinical (c)" where each heading's
 * list starts again at a)), and anything else by its heading and position.
 * Job details, organisation lines, contact lines and page furniture are left
 * out ({@link readClauses} returns them).
 *
 * @param blocks - The document's blocks in reading order.
 * @param source - Whether the document is the JD or the PS.
 * @returns The clauses, headings excluded.
 */
export function splitClauses(blocks: readonly TextBlock[], source: JdSource): Clause[] {
  return readClauses(blocks, source).clauses;
}

/**
 * Splits a document's blocks into clauses as {@link splitClauses} does, and
 * also returns the lines set apart as a reader would skip them (job details,
 * organisation lines, contact and page furniture) and notes for the person:
 * a document with no clause at all, or one cut short at the cap. An empty
 * or unusual document is a note, never an error.
 *
 * @param blocks - The document's blocks in reading order.
 * @param source - Whether the document is the JD or the PS.
 * @param options - The clause cap.
 * @returns Clauses, lines set apart, and notes.
 */
export function readClauses(blocks: readonly TextBlock[], source: JdSource, options: ReadClausesOptions = {}): DocumentClauses {
  const maxClauses = options.maxClauses ?? MAX_CLAUSES;
  const clauses: Clause[] = [];
  const setApart: SetApartLine[] = [];
  const criteriaCounts: Record<Criterion, number> = { Essential: 0, Desirable: 0 };
  const groups = new Map<string, Group>();
  let total = 0;
  let sectionNumber: string | undefined;
  let criterion: Criterion | undefined;
  let furnitureSection: SetApartKind | undefined;
  /** Under "About the department": every line describes the place. */
  let describing = false;
  /** A label standing alone ("Band", a details table's first cell): the next short block is its value. */
  let pendingLabel: { block: TextBlock; label: string; kind: SetApartKind } | undefined;
  let group: Group = { clauses: [], positional: [] };
  const lettered: Lettered[] = [];
  /** The last numbered clause under the current heading: a lettered list after "3.2 … :" is its sub-items. */
  let lastNumbered: Clause | undefined;

  const openHeading = (block: TextBlock, text: string): void => {
    const { text: heading, continued } = withoutContinued(text);
    labelPositional(group);
    furnitureSection = sectionKind(text);
    describing = isDescriptionHeading(text);
    // "Main duties (continued)" after a page break goes on with the same group and numbering.
    const earlier = continued ? groups.get(heading) : undefined;
    group = earlier ?? { heading, clauses: [], positional: [] };
    groups.set(heading, group);
    if (earlier !== undefined) {
      return;
    }
    // A category heading ("Experience") inside the criteria keeps counting under the same criterion only if it names one.
    criterion = criterionOf(heading);
    sectionNumber = block.number !== undefined && /^\d+$/.test(block.number) ? block.number : undefined;
    lastNumbered = undefined;
  };

  for (const block of blocks) {
    const text = block.text.replace(/\s+/g, ' ').trim();
    if (text === '') {
      continue;
    }
    if (pendingLabel !== undefined) {
      const value = typedText({ ...block, text });
      const label = pendingLabel;
      pendingLabel = undefined;
      const isValue = !(block.kind === 'item' && block.number === undefined) && wordCount(value) <= MAX_VALUE_WORDS && !/[.;]$/.test(value);
      if (isValue && (block.kind !== 'heading' || labelKind(text) === undefined)) {
        setApart.push({ kind: label.kind, text: `${label.label}: ${value}` });
        continue;
      }
      // No value after it: the label was a section heading after all ("Department" over a list of duties).
      if (label.block.kind === 'heading') {
        openHeading(label.block, label.label);
      } else {
        setApart.push({ kind: label.kind, text: label.label });
      }
    }
    // "The post holder will:" leads into the list; the list stays under the heading above it.
    if (isLeadIn(text)) {
      continue;
    }
    const labelled = labelKind(text);
    if (labelled !== undefined && !(block.kind === 'item' && block.number === undefined) && (block.kind !== 'heading' || sectionKind(text) === undefined)) {
      pendingLabel = { block, label: text, kind: labelled };
      continue;
    }
    const inCriteria = criterion !== undefined && block.kind !== 'heading';
    const apart = setApartKind(block, text, inCriteria, block.kind === 'heading' ? undefined : furnitureSection, describing);
    if (apart !== undefined) {
      setApart.push({ kind: apart, text: typedText({ ...block, text }) });
      continue;
    }
    if (block.kind === 'heading') {
      openHeading(block, text);
      continue;
    }
    // A criterion can be short ("Care Certificate"); elsewhere a short line is a label, not a clause.
    if (wordCount(text) < (criterion !== undefined ? 1 : MIN_CLAUSE_WORDS)) {
      continue;
    }
    total += 1;
    if (clauses.length >= maxClauses) {
      continue;
    }
    const clause: Clause = { id: `${source}-${clauses.length + 1}`, source, label: '', heading: group.heading, text };
    if (criterion !== undefined) {
      criteriaCounts[criterion] += 1;
      clause.label = `${criterion} ${criteriaCounts[criterion]}`;
    } else if (block.number !== undefined && /^\d/.test(block.number)) {
      clause.label = block.number.includes('.') || sectionNumber === undefined ? block.number : `${sectionNumber}.${block.number}`;
      lastNumbered = clause;
    } else if (block.number !== undefined) {
      const parent = lastNumbered !== undefined && /:$/.test(lastNumbered.text) ? lastNumbered.label : sectionNumber;
      if (parent !== undefined) {
        clause.label = `${parent}(${block.number})`;
      } else {
        lettered.push({ clause, letter: block.number, heading: group.heading });
      }
    } else {
      group.positional.push(clause);
    }
    group.clauses.push(clause);
    clauses.push(clause);
  }
  labelPositional(group);
  labelLettered(lettered);
  const notes: JdNote[] = [];
  if (clauses.length === 0) {
    notes.push({ kind: 'noClauses', source });
  }
  if (total > clauses.length) {
    notes.push({ kind: 'clausesCapped', source, kept: clauses.length, total });
  }
  return { clauses, setApart, notes };
}
