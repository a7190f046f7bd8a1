import type { MappingEntry, MappingHeader } from '../../model';
import { completedByNames } from '../../model';
import type { ChangeAfterSignOff, ChangesAfterSignOff, FieldChange } from '../../services/governance';
import type { StoredEntries } from '../mappings/entryQueries';
import { headerFromRow } from '../mappings/mappingRows';
import { personTitle, text } from '../toolkit/rows';
import type { Row, SiteTimeZone } from '../toolkit/rows';
import type { StoredMapping } from './recordJson';

/** An entry's fields as History words them (the same keys), so one wording serves both. */
function entryFields(entry: MappingEntry | undefined): Record<string, string> {
  return {
    status: entry?.status ?? '',
    foundIn: entry?.foundIn ?? '',
    reference: entry?.reference ?? '',
    comments: entry?.comments ?? '',
    actionWhat: entry?.action?.what ?? '',
    actionOwner: entry?.action?.owner ?? '',
    actionDue: entry?.action?.dueDate ?? ''
  };
}

function headerFields(header: MappingHeader, areaComments: Record<string, string>): Record<string, string> {
  return {
    team: header.team,
    completedBy: completedByNames(header.completedBy).join(', '),
    dateCompleted: header.dateCompleted ?? '',
    notes: header.notes,
    areaComments: Object.keys(areaComments)
      .sort()
      .map((key) => `${key}: ${areaComments[key]}`)
      .join('\n')
  };
}

function differences(signed: Record<string, string>, current: Record<string, string>): FieldChange[] {
  return Object.keys(signed)
    .filter((field) => signed[field] !== current[field])
    .map((field) => ({ field, from: signed[field], to: current[field] }));
}

function later(modified: string, sealedAt: number): boolean {
  const time = Date.parse(modified);
  return Number.isFinite(time) && time > sealedAt;
}

/**
 * What differs between a signed-off mapping as stored now and the mapping as
 * its sign-off record stored it: each entry changed (signed → current),
 * deleted or added, and the details; an entry saved after the sign-off with
 * the same values still counts (someone wrote to it). Pure: reads nothing,
 * writes nothing.
 *
 * @param signed - The mapping as the record holds it.
 * @param mappingRow - The mapping item now.
 * @param entries - Its entries now.
 * @param sealedAt - When the sign-off's columns were written (the record item's Modified): every entry was last written then.
 * @returns The changes.
 */
export function changesAfterSignOff(signed: StoredMapping, mappingRow: Row, entries: StoredEntries, sealedAt: string, zone?: SiteTimeZone): ChangesAfterSignOff {
  const sealed = Date.parse(sealedAt);
  const changes: ChangeAfterSignOff[] = [];
  const current = headerFromRow(mappingRow, zone);
  const headerChanges = differences(headerFields(signed.header, signed.areaComments), headerFields(current.header, current.areaComments));
  if (headerChanges.length > 0) {
    changes.push({ kind: 'changed', by: personTitle(mappingRow, 'Editor'), at: text(mappingRow, 'Modified') || undefined, fields: headerChanges });
  }
  const signedIds = new Set(signed.entries.map((entry) => entry.dutyId));
  const now = new Map(entries.entries.map((entry) => [entry.dutyId, entry]));
  for (const entry of signed.entries) {
    const row = entries.rows.get(entry.dutyId);
    const currentEntry = now.get(entry.dutyId);
    if (!row || !currentEntry) {
      changes.push({ dutyId: entry.dutyId, kind: 'deleted', fields: differences(entryFields(entry), entryFields(undefined)) });
      continue;
    }
    const fields = differences(entryFields(entry), entryFields(currentEntry));
    const modified = text(row, 'Modified');
    if (fields.length > 0 || later(modified, sealed)) {
      changes.push({ dutyId: entry.dutyId, kind: 'changed', by: personTitle(row, 'Editor'), at: modified || undefined, fields });
    }
  }
  for (const entry of entries.entries) {
    if (!signedIds.has(entry.dutyId)) {
      const row = entries.rows.get(entry.dutyId);
      changes.push({
        dutyId: entry.dutyId,
        kind: 'added',
        by: row ? personTitle(row, 'Editor') : undefined,
        at: row ? text(row, 'Modified') || undefined : undefined,
        fields: differences(entryFields(undefined), entryFields(entry))
      });
    }
  }
  const people: string[] = [];
  for (const change of changes) {
    if (change.by && !people.includes(change.by)) {
      people.push(change.by);
    }
  }
  return { changes, duties: changes.filter((change) => change.dutyId !== undefined).length, people, compared: true };
}

/**
 * An entry's signed values, each to blank: what its deletion after sign-off changed.
 *
 * @param entry - The entry as signed off.
 * @returns The field changes.
 */
export function deletedEntryChanges(entry: MappingEntry): FieldChange[] {
  return differences(entryFields(entry), entryFields(undefined));
}

/** When the record holds nothing to compare with (damaged, or made before records held the stored mapping). */
export const NOT_COMPARED: ChangesAfterSignOff = { changes: [], duties: 0, people: [], compared: false };

/**
 * The stored mapping of an older record, whose snapshot held the screen's
 * mapping and entries: used when it has that shape.
 *
 * @param snapshot - The record's snapshot.
 * @returns The mapping, or undefined.
 */
export function storedFromSnapshot(snapshot: unknown): StoredMapping | undefined {
  const value = snapshot as { mapping?: { header?: MappingHeader; areaComments?: Record<string, string> }; entries?: MappingEntry[] } | undefined;
  if (!value?.mapping?.header || !Array.isArray(value.entries)) {
    return undefined;
  }
  return { header: value.mapping.header, areaComments: value.mapping.areaComments ?? {}, entries: value.entries };
}
