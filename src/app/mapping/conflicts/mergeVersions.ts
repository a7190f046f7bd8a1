import type { AreaComments, GapAction, MappingEntry, MappingHeader } from '../../../model';
import type { ConflictField } from './conflictFields';
import { mergeText } from './conflictFields';

/** The person's merge: edited texts, and for other fields which version to keep. */
export interface MergeValues {
  texts: Record<string, string>;
  choices: Record<string, 'mine' | 'theirs'>;
}

function separatorFor(key: string): string {
  return key === 'comments' || key === 'notes' || key.startsWith('areaComments.') ? '\n\n' : '; ';
}

/**
 * The starting point of a merge: both texts joined, and your value for everything else.
 *
 * @param fields - The differing fields.
 * @returns Values for the merge form.
 */
export function initialMerge(fields: ConflictField[]): MergeValues {
  const values: MergeValues = { texts: {}, choices: {} };
  for (const field of fields) {
    if (field.merge === 'text') {
      values.texts[field.key] = mergeText(field.mine, field.theirs, separatorFor(field.key));
    } else {
      values.choices[field.key] = 'mine';
    }
  }
  return values;
}

/**
 * An entry from a merge.
 *
 * @param mine - Your version.
 * @param theirs - Their version.
 * @param values - The merge form's values.
 * @returns The merged entry.
 */
export function mergedEntry(mine: MappingEntry, theirs: MappingEntry, values: MergeValues): MappingEntry {
  const pick = <T>(key: string, a: T, b: T): T => (values.choices[key] === 'theirs' ? b : a);
  const text = (key: string, fallback: string): string => values.texts[key] ?? fallback;
  const action: GapAction = {
    what: text('action.what', mine.action?.what ?? ''),
    owner: text('action.owner', mine.action?.owner ?? ''),
    dueDate: pick('action.dueDate', mine.action?.dueDate, theirs.action?.dueDate)
  };
  const hasAction = action.what !== '' || action.owner !== '' || action.dueDate !== undefined;
  const merged: MappingEntry = {
    dutyId: mine.dutyId,
    foundIn: pick('foundIn', mine.foundIn, theirs.foundIn),
    reference: text('reference', mine.reference),
    comments: text('comments', mine.comments),
    status: pick('status', mine.status, theirs.status)
  };
  if (hasAction) {
    merged.action = action.dueDate === undefined ? { what: action.what, owner: action.owner } : action;
  }
  return merged;
}

/**
 * Header and area comments from a merge.
 *
 * @param mine - Your header and area comments.
 * @param theirs - Theirs.
 * @param values - The merge form's values.
 * @returns The merged header and area comments.
 */
export function mergedHeader(
  mine: { header: MappingHeader; areaComments: AreaComments },
  theirs: { header: MappingHeader; areaComments: AreaComments },
  values: MergeValues
): { header: MappingHeader; areaComments: AreaComments } {
  const pick = <K extends keyof MappingHeader>(key: K): MappingHeader[K] =>
    values.choices[key] === 'theirs' ? theirs.header[key] : mine.header[key];
  const areaComments: AreaComments = { ...theirs.areaComments, ...mine.areaComments };
  for (const [key, text] of Object.entries(values.texts)) {
    if (key.startsWith('areaComments.')) {
      areaComments[key.slice('areaComments.'.length)] = text;
    }
  }
  const header: MappingHeader = {
    ...mine.header,
    team: pick('team'),
    completedBy: pick('completedBy'),
    dateCompleted: pick('dateCompleted'),
    notes: values.texts.notes ?? mine.header.notes
  };
  return { header, areaComments };
}
