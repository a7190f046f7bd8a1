import * as strings from 'ImagingDutyMappingWebPartStrings';
import { completedByNames } from '../../../model';
import type { AreaComments, Framework, MappingEntry, MappingHeader } from '../../../model';
import { formatDate } from '../../../wording/format';
import { foundInWord, statusWord } from '../../../wording/vocabulary';

/**
 * One field that differs between your version and theirs. Text fields can be
 * merged by joining both; the others are a choice of one or the other.
 */
export interface ConflictField {
  key: string;
  label: string;
  /** Your value and theirs, as shown to people. */
  mine: string;
  theirs: string;
  merge: 'text' | 'choice';
}

function shown(value: string | undefined): string {
  return value && value.trim() !== '' ? value : strings.MappingConflictBlank;
}

function field(key: string, label: string, mine: string | undefined, theirs: string | undefined, merge: 'text' | 'choice'): ConflictField[] {
  return (mine ?? '') === (theirs ?? '') ? [] : [{ key, label, mine: mine ?? '', theirs: theirs ?? '', merge }];
}

/**
 * The fields of an entry that differ, in the order the row shows them.
 *
 * @param mine - Your version.
 * @param theirs - The version now on the server.
 * @returns The differing fields (raw values; see {@link displayValue}).
 */
export function entryConflictFields(mine: MappingEntry, theirs: MappingEntry): ConflictField[] {
  return [
    ...field('foundIn', strings.CommonExportColumnFoundIn, mine.foundIn, theirs.foundIn, 'choice'),
    ...field('reference', strings.CommonExportColumnReference, mine.reference, theirs.reference, 'text'),
    ...field('comments', strings.CommonFieldComments, mine.comments, theirs.comments, 'text'),
    ...field('status', strings.CommonDetailsStatus, mine.status, theirs.status, 'choice'),
    ...field('action.what', strings.CommonExportColumnAction, mine.action?.what, theirs.action?.what, 'text'),
    ...field('action.owner', strings.CommonExportColumnActionOwner, mine.action?.owner, theirs.action?.owner, 'text'),
    ...field('action.dueDate', strings.CommonExportColumnActionDue, mine.action?.dueDate, theirs.action?.dueDate, 'choice')
  ];
}

/**
 * The header fields (and area comments) that differ.
 *
 * @param mine - Your header and area comments.
 * @param theirs - The server's header and area comments.
 * @param framework - Names the areas.
 * @returns The differing fields.
 */
export function headerConflictFields(
  mine: { header: MappingHeader; areaComments: AreaComments },
  theirs: { header: MappingHeader; areaComments: AreaComments },
  framework: Framework
): ConflictField[] {
  const names = (header: MappingHeader): string => completedByNames(header.completedBy).join(', ');
  const areas: ConflictField[] = [];
  for (const area of framework.areas) {
    areas.push(...field(`areaComments.${area.id}`, `${strings.MappingAreaCommentsShort}: ${area.title}`, mine.areaComments[area.id], theirs.areaComments[area.id], 'text'));
  }
  return [
    ...field('team', strings.CommonTeamLabel, mine.header.team, theirs.header.team, 'choice'),
    ...field('completedBy', strings.CommonCompletedByLabel, names(mine.header), names(theirs.header), 'choice'),
    ...field('dateCompleted', strings.CommonDateCompletedLabel, mine.header.dateCompleted, theirs.header.dateCompleted, 'choice'),
    ...field('notes', strings.CommonFieldNotes, mine.header.notes, theirs.header.notes, 'text'),
    ...areas
  ];
}

/**
 * A raw value in plain words: labels for statuses, dd/mm/yyyy for dates, "(blank)" for nothing.
 *
 * @param key - The field's key.
 * @param value - The raw value.
 * @returns What to show.
 */
export function displayValue(key: string, value: string): string {
  if (value === '') {
    return strings.MappingConflictBlank;
  }
  if (key === 'status') {
    return statusWord(value as MappingEntry['status']).label;
  }
  if (key === 'foundIn') {
    return foundInWord(value as MappingEntry['foundIn']).label;
  }
  if (key === 'dateCompleted' || key === 'action.dueDate') {
    return formatDate(value);
  }
  return shown(value);
}

/**
 * Both texts in one, so nothing is lost; the person edits the result before saving.
 *
 * @param mine - Your text.
 * @param theirs - Their text.
 * @param separator - Between the two (a blank line for comments, "; " for references).
 * @returns The joined text (just one when the other is empty or already contains it).
 */
export function mergeText(mine: string, theirs: string, separator: string): string {
  const a = mine.trim();
  const b = theirs.trim();
  if (a === '' || b.includes(a)) {
    return theirs;
  }
  if (b === '' || a.includes(b)) {
    return mine;
  }
  return `${a}${separator}${b}`;
}
