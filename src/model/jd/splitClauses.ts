import { criterionOf } from './numbering';
import type { Criterion } from './numbering';
import type { Clause, DocumentClauses, JdNote, JdSource, TextBlock } from './types';

/** Fewer words than this is a label or a stray line ("Band 4"), not a clause a duty could sit in. */
const MIN_CLAUSE_WORDS = 3;
const MAX_LABEL_HEADING = 40;

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

/**
 * Splits a document's blocks into the clauses a team cites, keeping the
 * document's own numbering and headings: a typed or Word-numbered item keeps
 * its number ("3.2"; "2" under section "3" becomes "3.2"), criteria under an
 * "Essential" or "Desirable" heading are counted through the whole PS
 * ("Essential 4"), and anything else is named by its heading and position.
 *
 * @param blocks - The document's blocks in reading order.
 * @param source - Whether the document is the JD or the PS.
 * @returns The clauses, headings excluded.
 */
export function splitClauses(blocks: readonly TextBlock[], source: JdSource): Clause[] {
  return readClauses(blocks, source).clauses;
}

/** More clauses than any JD and PS hold; a document past it is read only this far, so ranking stays quick. */
export const MAX_CLAUSES = 5000;

export interface ReadClausesOptions {
  /** At most this many clauses are kept ({@link MAX_CLAUSES}). */
  maxClauses?: number;
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
  const all = splitAll(blocks, source);
  const notes: JdNote[] = [];
  if (all.length === 0) {
    notes.push({ kind: 'noClauses', source });
  }
  if (all.length > maxClauses) {
    notes.push({ kind: 'clausesCapped', source, kept: maxClauses, total: all.length });
  }
  return { clauses: all.slice(0, maxClauses), setApart: [], notes };
}

function splitAll(blocks: readonly TextBlock[], source: JdSource): Clause[] {
  const clauses: Clause[] = [];
  const criteriaCounts: Record<Criterion, number> = { Essential: 0, Desirable: 0 };
  let section: string | undefined;
  let criterion: Criterion | undefined;
  let group: Group = { clauses: [], positional: [] };

  for (const block of blocks) {
    const text = block.text.replace(/\s+/g, ' ').trim();
    if (block.kind === 'heading') {
      labelPositional(group);
      group = { heading: text, clauses: [], positional: [] };
      const headingCriterion = criterionOf(text);
      // A category heading ("Experience") inside the criteria keeps counting under the same criterion only if it names one.
      criterion = headingCriterion;
      section = block.number !== undefined && !block.number.includes('.') ? block.number : undefined;
      continue;
    }
    // A criterion can be short ("Care Certificate"); elsewhere a short line is a label, not a clause.
    if (wordCount(text) < (criterion !== undefined ? 1 : MIN_CLAUSE_WORDS)) {
      continue;
    }
    const clause: Clause = { id: `${source}-${clauses.length + 1}`, source, label: '', heading: group.heading, text };
    if (criterion !== undefined) {
      criteriaCounts[criterion] += 1;
      clause.label = `${criterion} ${criteriaCounts[criterion]}`;
    } else if (block.number !== undefined && /^\d/.test(block.number)) {
      clause.label = block.number.includes('.') || section === undefined ? block.number : `${section}.${block.number}`;
    } else {
      group.positional.push(clause);
    }
    group.clauses.push(clause);
    clauses.push(clause);
  }
  labelPositional(group);
  return clauses;
}
