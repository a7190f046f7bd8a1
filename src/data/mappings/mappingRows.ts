import { completedByNames } from '../../model';
import type { AreaComments, CompletedBy, DirectoryPerson, MappingHeader, StatusCounts } from '../../model';
import type { MappingSummary } from '../../services/types';
import { COUNT_FIELDS, MAPPING_FIELDS as F, MAPPINGS_LIST, selectFields } from '../schema';
import { dateValue, idOf, isoDate, jsonValue, num, readableCopy, text } from '../toolkit/rows';
import type { Row, RowValues, SiteTimeZone } from '../toolkit/rows';

/** Columns read for a mapping; Editor names who saved last, for conflicts. */
export const MAPPING_SELECT: string[] = [...selectFields(MAPPINGS_LIST), 'Modified', 'Editor/Title'];
export const MAPPING_EXPAND: string[] = ['Editor'];

/** The part of a mapping item that people edit as "the header". */
export interface StoredHeader {
  header: MappingHeader;
  areaComments: AreaComments;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function person(value: unknown): DirectoryPerson | undefined {
  if (!isRecord(value) || typeof value.login !== 'string' || typeof value.displayName !== 'string') {
    return undefined;
  }
  const result: DirectoryPerson = { login: value.login, displayName: value.displayName };
  if (typeof value.id === 'number') {
    result.id = value.id;
  }
  if (typeof value.email === 'string') {
    result.email = value.email;
  }
  return result;
}

function completedByFrom(row: Row): CompletedBy {
  const raw = jsonValue(row, F.completedBy, {});
  const data = isRecord(raw) ? raw : {};
  const people = Array.isArray(data.people) ? data.people.map(person).filter((p): p is DirectoryPerson => p !== undefined) : [];
  return { people, otherNames: strings(data.otherNames) };
}

function areaCommentsFrom(row: Row): AreaComments {
  const raw = jsonValue(row, F.areaComments, {});
  const comments: AreaComments = {};
  if (isRecord(raw)) {
    for (const [areaId, value] of Object.entries(raw)) {
      if (typeof value === 'string') {
        comments[areaId] = value;
      }
    }
  }
  return comments;
}

/**
 * Reads the header of a mapping item.
 *
 * @param row - The item.
 * @param zone - The site's time zone, once known (date completed).
 * @returns Header and per-area comments.
 */
export function headerFromRow(row: Row, zone?: SiteTimeZone): StoredHeader {
  const dateCompleted = isoDate(row, F.dateCompleted, zone);
  const header: MappingHeader = {
    team: text(row, F.team),
    completedBy: completedByFrom(row),
    notes: text(row, F.notes),
    frameworkId: text(row, F.frameworkId),
    frameworkVersion: num(row, F.frameworkVersion)
  };
  if (dateCompleted !== undefined) {
    header.dateCompleted = dateCompleted;
  }
  return { header, areaComments: areaCommentsFrom(row) };
}

/**
 * Columns for a header. People are kept as JSON (directory people with their
 * logins, and free-text names in one list) plus a readable names column:
 * a Person column cannot hold names outside the directory, needs each person
 * added to the site first, and costs a lookup in every overview query.
 *
 * @param stored - Header and area comments.
 * @param zone - The site's time zone, once known (date completed).
 * @returns Values for an add or MERGE.
 */
export function headerValues(stored: StoredHeader, zone?: SiteTimeZone): RowValues {
  const { header, areaComments } = stored;
  return {
    [F.team]: header.team,
    [F.completedBy]: JSON.stringify({ people: header.completedBy.people, otherNames: header.completedBy.otherNames }),
    [F.completedByNames]: readableCopy(completedByNames(header.completedBy).join('; ')),
    [F.dateCompleted]: dateValue(header.dateCompleted, zone),
    [F.notes]: header.notes,
    [F.frameworkId]: header.frameworkId,
    [F.frameworkVersion]: header.frameworkVersion,
    [F.areaComments]: JSON.stringify(areaComments)
  };
}

/**
 * Columns for the denormalised totals.
 *
 * @param counts - Duties per status.
 * @param coverage - 0..1.
 * @param dutyCount - Number of duties.
 * @param contributors - Logins of everyone who has saved.
 * @returns Values for an add or MERGE.
 */
export function rollupValues(counts: StatusCounts, coverage: number, dutyCount: number, contributors: readonly string[]): RowValues {
  return { ...totalsValues(counts, coverage, dutyCount), [F.contributors]: JSON.stringify(contributors) };
}

/**
 * Columns for the totals alone: what the chooser and overview read instead of the entries.
 *
 * @param counts - Duties per status.
 * @param coverage - 0..1.
 * @param dutyCount - Number of duties.
 * @returns Values for a MERGE.
 */
export function totalsValues(counts: StatusCounts, coverage: number, dutyCount: number): RowValues {
  const values: RowValues = { [F.dutyCount]: dutyCount, [F.coverage]: coverage };
  for (const [status, field] of Object.entries(COUNT_FIELDS)) {
    values[field] = counts[status as keyof StatusCounts];
  }
  return values;
}

/**
 * Whether the totals stored on a mapping item differ from those given.
 *
 * @param row - The mapping item as read.
 * @param totals - Values from {@link totalsValues}, computed from the entries as stored.
 * @returns True when at least one stored total is wrong.
 */
export function totalsDisagree(row: Row, totals: RowValues): boolean {
  return Object.entries(totals).some(([field, value]) => {
    if (typeof value !== 'number') {
      return false;
    }
    // Coverage is a fraction: allow for how the number column rounds it.
    return Math.abs(num(row, field) - value) > 1e-9;
  });
}

/**
 * Logins of everyone who has saved to a mapping.
 *
 * @param row - The mapping item.
 * @returns Logins, in the order they first saved.
 */
export function contributorsFromRow(row: Row): string[] {
  return strings(jsonValue(row, F.contributors, []));
}

/**
 * Reads one row of the overview from the mapping item alone.
 *
 * @param row - The mapping item.
 * @param zone - The site's time zone, once known.
 * @returns The summary.
 */
export function summaryFromRow(row: Row, zone?: SiteTimeZone): MappingSummary {
  const { header } = headerFromRow(row, zone);
  const counts = {} as StatusCounts;
  for (const [status, field] of Object.entries(COUNT_FIELDS)) {
    counts[status as keyof StatusCounts] = num(row, field);
  }
  const summary: MappingSummary = {
    id: idOf(row),
    team: header.team,
    completedBy: completedByNames(header.completedBy),
    counts,
    coverage: num(row, F.coverage),
    frameworkId: header.frameworkId,
    frameworkVersion: header.frameworkVersion,
    modified: text(row, 'Modified'),
    // "My mappings" covers those I completed as well as those I saved to.
    contributors: [...new Set([...contributorsFromRow(row), ...header.completedBy.people.map((person) => person.login)])]
  };
  if (header.dateCompleted !== undefined) {
    summary.dateCompleted = header.dateCompleted;
  }
  return summary;
}

/**
 * The earlier mapping a mapping item names, or null when it names none (or itself).
 *
 * @param row - The mapping item, read with the previous-mapping column.
 * @param mappingId - Its id.
 * @returns The earlier mapping's id, or null.
 */
export function previousIdOf(row: Row, mappingId: number): number | null {
  const previousId = num(row, F.previousMappingId);
  return Number.isInteger(previousId) && previousId > 0 && previousId !== mappingId ? previousId : null;
}
