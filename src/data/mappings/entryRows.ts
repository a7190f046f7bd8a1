import { DEFAULT_FOUND_IN, DEFAULT_STATUS } from '../../model';
import type { DirectoryPerson, MappingEntry } from '../../model';
import { ENTRY_FIELDS as F, ENTRIES_LIST, FOUND_IN_CHOICES, STATUS_CHOICES, foundInFromChoice, selectFields, statusFromChoice } from '../schema';
import { dateValue, isoDate, readableCopy, text } from '../toolkit/rows';
import type { Row, RowValues, SiteTimeZone } from '../toolkit/rows';

/** Columns read for an entry; Editor names who saved last (for conflicts), Modified when (for exports). */
export const ENTRY_SELECT: string[] = [...selectFields(ENTRIES_LIST), 'Modified', 'Editor/Title'];
export const ENTRY_EXPAND: string[] = ['Editor'];

/**
 * The action owner stored as a person: login, name and e-mail only (the site's user id differs
 * from site to site, so it is not kept).
 */
function personOf(person: DirectoryPerson): DirectoryPerson {
  return person.email ? { login: person.login, displayName: person.displayName, email: person.email } : { login: person.login, displayName: person.displayName };
}

/**
 * Reads a stored owner person; text that is not one (edited by hand in the list) reads as none,
 * and the free-text owner beside it is kept as it is.
 */
export function personFrom(json: string): DirectoryPerson | undefined {
  if (json.trim() === '') {
    return undefined;
  }
  try {
    const value = JSON.parse(json) as Partial<DirectoryPerson>;
    return typeof value.login === 'string' && value.login !== '' && typeof value.displayName === 'string' ? personOf(value as DirectoryPerson) : undefined;
  } catch {
    return undefined;
  }
}

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
  const ownerPerson = personFrom(text(row, F.actionOwnerPerson));
  if (what !== '' || owner !== '' || dueDate !== undefined || ownerPerson !== undefined) {
    entry.action = { what, owner, ...(ownerPerson ? { ownerPerson } : {}), ...(dueDate !== undefined ? { dueDate } : {}) };
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
    [F.actionOwnerPerson]: entry.action?.ownerPerson ? JSON.stringify(personOf(entry.action.ownerPerson)) : '',
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
  // A new entry with no owner person leaves that column alone, so sites set up before it existed take it.
  const { [F.actionOwnerPerson]: ownerPerson, ...values } = entryValues(entry, zone);
  return {
    Title: readableCopy(context.dutyText || entry.dutyId),
    [F.mappingId]: context.mappingId,
    [F.dutyId]: entry.dutyId,
    [F.team]: readableCopy(context.team),
    [F.area]: readableCopy(context.areaTitle),
    [F.sortOrder]: context.sortOrder,
    ...values,
    ...(ownerPerson ? { [F.actionOwnerPerson]: ownerPerson } : {})
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
