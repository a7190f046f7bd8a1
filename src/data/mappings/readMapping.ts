import { inBatch, settle, throwFirstFailure } from '../toolkit/batch';
import type { IWeb } from '../toolkit/pnp';
import { USER_SELECT, personFromUser } from '../toolkit/context';
import type { DataContext } from '../toolkit/context';
import { indexEntries, readEntryRows, readMappingRow } from './entryQueries';
import type { StoredEntries } from './entryQueries';
import type { Row } from '../toolkit/rows';

/** A mapping item and its entries, read together. */
export interface MappingState {
  row: Row;
  stored: StoredEntries;
}

/**
 * Starts reading a mapping item and its entries on `web` (and who is signed in,
 * when this session does not know yet and `withUser` asks for it). On a batched
 * web the reads join whatever else the batch carries, such as a save's writes;
 * both reads are started before this returns, as batching requires.
 *
 * @param context - Data context; learns the current user when it was read.
 * @param web - The web, batched or not.
 * @param mappingId - The mapping.
 * @param withUser - Also read the current user if not yet known.
 * @returns The item and its entries; rejects with the first failed read (the item's before the entries').
 */
export async function readMappingState(context: DataContext, web: IWeb, mappingId: number, withUser = false): Promise<MappingState> {
  const needUser = withUser && context.currentUser === undefined;
  const [row, entries, user] = await Promise.all([
    settle(readMappingRow(context, web, mappingId)),
    settle(readEntryRows(context, web, mappingId)),
    needUser ? settle(web.currentUser.select(...USER_SELECT)()) : Promise.resolve(undefined)
  ]);
  const parts = [row, entries] as const;
  throwFirstFailure(parts);
  // Who is signed in only saves a later request: a failure to learn it is not the read's failure.
  if (user?.ok) {
    context.currentUser = personFromUser(user.value);
  }
  const [readRow, readEntries] = parts;
  return { row: readRow.value, stored: indexEntries(readEntries.value, context.timeZone) };
}

/**
 * Reads a mapping item with its entries in one batched request: what opening,
 * saving (for a session that has not opened the mapping) and redoing the counts update read.
 *
 * @param context - Data context.
 * @param mappingId - The mapping.
 * @param withUser - Also read the current user if not yet known.
 * @returns The item and its entries.
 */
export function readMappingWithEntries(context: DataContext, mappingId: number, withUser = false): Promise<MappingState> {
  return inBatch(context.sp, (web) => readMappingState(context, web, mappingId, withUser));
}
