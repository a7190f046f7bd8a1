import type { Framework, MappingEntry } from '../../model';
import type { EntryHistory } from '../../services/types';
import type { IWeb } from '../toolkit/pnp';
import { odataNumber } from '../toolkit/odata';
import { ENTRY_FIELDS } from '../schema';
import type { DataContext, KnownMapping } from '../toolkit/context';
import { frameworkKey } from '../toolkit/context';
import { ENTRY_EXPAND, ENTRY_SELECT, entryFromRow } from './entryRows';
import { MAPPING_EXPAND, MAPPING_SELECT } from './mappingRows';
import { presentFields } from '../toolkit/context';
import { etagOf, idOf, num, personTitle, text } from '../toolkit/rows';
import type { Row, SiteTimeZone } from '../toolkit/rows';

/** More entries than any framework has duties; SharePoint's ceiling for one page. */
const ENTRY_PAGE = 5000;

/**
 * Reads every entry of a mapping. The first (and only) filter clause is on the
 * indexed mapping id and orders by ID, so it stays under the list view
 * threshold however many mappings the site holds.
 *
 * @param context - Data context.
 * @param web - The web, batched or not.
 * @param mappingId - The mapping.
 * @returns The entry items.
 */
export function readEntryRows(context: DataContext, web: IWeb, mappingId: number): Promise<Row[]> {
  return context
    .list('entries', web)
    .items.select(...presentFields(context, ENTRY_SELECT))
    .expand(...ENTRY_EXPAND)
    .filter(`${ENTRY_FIELDS.mappingId} eq ${odataNumber(mappingId)}`)
    .orderBy('ID', true)
    .top(ENTRY_PAGE)<Row[]>();
}

/**
 * Reads a mapping item.
 *
 * @param context - Data context.
 * @param web - The web, batched or not.
 * @param mappingId - The mapping.
 * @returns The item.
 */
export function readMappingRow(context: DataContext, web: IWeb, mappingId: number): Promise<Row> {
  return context
    .list('mappings', web)
    .items.getById(mappingId)
    .select(...presentFields(context, MAPPING_SELECT))
    .expand(...MAPPING_EXPAND)<Row>();
}

/** The entries of a mapping as stored: one row per duty (the oldest wins if a duty has two). */
export interface StoredEntries {
  rows: Map<string, Row>;
  entries: MappingEntry[];
}

/**
 * Indexes entry rows by duty, in the order people see them.
 *
 * @param rows - Entry items, oldest first.
 * @returns Rows by duty id and entries sorted by their position in the framework.
 */
export function indexEntries(rows: readonly Row[], zone?: SiteTimeZone): StoredEntries {
  const byDuty = new Map<string, Row>();
  for (const row of rows) {
    const dutyId = text(row, ENTRY_FIELDS.dutyId);
    if (!byDuty.has(dutyId)) {
      byDuty.set(dutyId, row);
    }
  }
  const ordered = [...byDuty.values()].sort((a, b) => num(a, ENTRY_FIELDS.sortOrder) - num(b, ENTRY_FIELDS.sortOrder) || idOf(a) - idOf(b));
  return { rows: byDuty, entries: ordered.map((row) => entryFromRow(row, zone)) };
}

/**
 * Remembers a mapping's entry item ids, team and framework for later saves.
 *
 * @param context - Data context.
 * @param mappingId - The mapping.
 * @param stored - Its entries.
 * @param team - Its team.
 * @param framework - Its framework.
 * @returns What was remembered.
 */
export function rememberMapping(context: DataContext, mappingId: number, stored: StoredEntries, team: string, framework: Pick<Framework, 'id' | 'version'>): KnownMapping {
  const itemIds = new Map<string, number>();
  stored.rows.forEach((row, dutyId) => itemIds.set(dutyId, idOf(row)));
  const known: KnownMapping = { itemIds, team, frameworkKey: frameworkKey(framework.id, framework.version) };
  context.mappings.set(mappingId, known);
  return known;
}

/**
 * When each entry was last saved and by whom, by duty id.
 *
 * @param stored - Entries as stored.
 * @returns History per duty.
 */
export function entryHistory(stored: StoredEntries): Record<string, EntryHistory> {
  const history: Record<string, EntryHistory> = {};
  stored.rows.forEach((row, dutyId) => {
    history[dutyId] = { modified: text(row, 'Modified') || undefined, modifiedBy: personTitle(row, 'Editor') };
  });
  return history;
}

/**
 * ETags of the entries by duty id.
 *
 * @param stored - Entries as stored.
 * @returns ETag per duty.
 */
export function entryEtags(stored: StoredEntries): Record<string, string> {
  const etags: Record<string, string> = {};
  stored.rows.forEach((row, dutyId) => {
    etags[dutyId] = etagOf(row);
  });
  return etags;
}
