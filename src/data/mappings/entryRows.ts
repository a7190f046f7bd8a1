import { DEFAULT_FOUND_IN, DEFAULT_STATUS } from '../../model';
import type { MappingEntry } from '../../model';
import { ENTRY_FIELDS as F, ENTRIES_LIST, FOUND_IN_CHOICES, STATUS_CHOICES, foundInFromChoice, selectFields, statusFromChoice } from '../schema';
import { dateValue, isoDate, readableCopy, text } from '../toolkit/rows';
import type { Row, RowValues, SiteTimeZone } from '../toolkit/rows';

/** Columns read for an entry; Editor names who saved last (for conflicts), Modified when (for exports). */
export const ENTRY_SELECT: string[] = [...selectFields(ENTRIES_LIST), 'Modified', 'Editor/Title'];
export const ENTRY_EXPAND: string[] = ['Editor'];

/** Readable copies kept on an entry so SharePoint views work on their own. */
export interface EntryContext {
  mappingId: number;
  team: string;
  areaTitle: string;
  dutyText: string;
  sortOrder: number;
}

/**
 * Reads an entry item.
 *
 * @param row - The item.
 * @param zone - The site's time zone, once known (due date).
 * @returns The entry in the app's terms; unknown or blank choices read as the defaults.
 */
export function entryFromRow(row: Row, zone?: SiteTimeZone): MappingEntry {
  const entry: MappingEntry = {
    dutyId: text(row, F.dutyId),
    foundIn: foundInFromChoice(row[F.foundIn]) ?? DEFAULT_FOUND_IN,
    reference: text(row, F.reference),
    comments: text(row, F.comments),
    status: statusFromChoice(row[F.status]) ?? DEFAULT_STATUS
  };
  const what = text(row, F.actionWhat);
  const owner = text(row, F.actionOwner);
  const dueDate = isoDate(row, F.actionDue, zone);
  if (what !== '' || owner !== '' || dueDate !== undefined) {
    entry.action = dueDate !== undefined ? { what, owner, dueDate } : { what, owner };
  }
  return entry;
}

/**
 * The columns an edit changes: only what the team decides, never the readable copies.
 *
 * @param entry - The entry as edited.
 * @param zone - The site's time zone, once known (due date).
 * @returns Values for a MERGE.
 */
export function entryValues(entry: MappingEntry, zone?: SiteTimeZone): RowValues {
  return {
    [F.foundIn]: FOUND_IN_CHOICES[entry.foundIn],
    [F.reference]: entry.reference,
    [F.comments]: entry.comments,
    [F.status]: STATUS_CHOICES[entry.status],
    [F.actionWhat]: entry.action?.what ?? '',
    [F.actionOwner]: entry.action?.owner ?? '',
    [F.actionDue]: dateValue(entry.action?.dueDate, zone)
  };
}

/**
 * Every column of a new entry item.
 *
 * @param entry - The entry.
 * @param context - The mapping and the duty's place in the framework.
 * @param zone - The site's time zone, once known (due date).
 * @returns Values for an add.
 */
export function newEntryValues(entry: MappingEntry, context: EntryContext, zone?: SiteTimeZone): RowValues {
  return {
    Title: readableCopy(context.dutyText || entry.dutyId),
    [F.mappingId]: context.mappingId,
    [F.dutyId]: entry.dutyId,
    [F.team]: readableCopy(context.team),
    [F.area]: readableCopy(context.areaTitle),
    [F.sortOrder]: context.sortOrder,
    ...entryValues(entry, zone)
  };
}

/**
 * Whether two entries say the same thing (an unchanged save needs no conflict).
 *
 * @param a - One entry.
 * @param b - Another.
 * @returns True when every field the team edits is equal.
 */
export function sameEntry(a: MappingEntry, b: MappingEntry): boolean {
  const valuesA = entryValues(a);
  const valuesB = entryValues(b);
  return a.dutyId === b.dutyId && Object.keys(valuesA).every((key) => valuesA[key] === valuesB[key]);
}
