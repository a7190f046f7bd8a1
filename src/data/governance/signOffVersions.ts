import { settle } from '../toolkit/batch';
import type { Settled } from '../toolkit/batch';
import type { IWeb } from '../toolkit/pnp';
import type { DataContext } from '../toolkit/context';
import { headerToken } from '../mappings/headerToken';
import { headerFromRow } from '../mappings/mappingRows';
import type { MappingState } from '../mappings/readMapping';
import { etagOf, idOf } from '../toolkit/rows';
import type { SiteTimeZone } from '../toolkit/rows';
import { ENTRY_FIELDS, MAPPING_FIELDS } from '../schema';

/**
 * Whether the mapping as stored is the one the snapshot was made from: every
 * entry at the version the editor last saw, and the same header.
 *
 * @param stored - The mapping item and entries as read at sign-off.
 * @param basedOn - The editor's entry ETags and header token.
 * @returns True when nothing changed in between.
 */
export function sameVersions(stored: MappingState, basedOn: { entryEtags: Record<string, string>; headerEtag: string }, zone?: SiteTimeZone): boolean {
  if (headerToken(headerFromRow(stored.row, zone)) !== basedOn.headerEtag) {
    return false;
  }
  return [...stored.stored.rows].every(([dutyId, row]) => etagOf(row) === basedOn.entryEtags[dutyId]);
}

/**
 * Starts the writes that move every entry's and the mapping item's ETag on,
 * each with If-Match on the version read at sign-off and rewriting a value
 * with itself (no column changes, so History shows nothing). A save that gets
 * in between makes one of them fail with 412 and the sign-off is refused; a
 * save prepared before the sign-off then carries old ETags, and SharePoint
 * refuses it with 412.
 *
 * @param context - Data context.
 * @param web - The batched web of the record's columns.
 * @param mappingId - The mapping.
 * @param stored - The mapping item and entries as read at sign-off.
 * @param itemValues - More values for the mapping item's write (its latest record number).
 * @returns The settled writes.
 */
export function moveVersionsOn(context: DataContext, web: IWeb, mappingId: number, stored: MappingState, itemValues: Record<string, unknown> = {}): Array<Promise<Settled<unknown>>> {
  const entries = [...stored.stored.rows.values()].map((row) =>
    settle(context.list('entries', web).items.getById(idOf(row)).update({ [ENTRY_FIELDS.mappingId]: mappingId }, etagOf(row)))
  );
  const item = settle(context.list('mappings', web).items.getById(mappingId).update({ [MAPPING_FIELDS.team]: stored.row[MAPPING_FIELDS.team], ...itemValues }, etagOf(stored.row)));
  return [...entries, item];
}
