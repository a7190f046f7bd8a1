import { AppError, PartialSaveError } from '../../services/errors';
import type { EntryChange, MappingChanges, SaveConflict, SaveOutcome } from '../../services/types';
import { inBatch, settle } from '../client/batch';
import type { IWeb } from '../client/pnp';
import type { Settled } from '../client/batch';
import { httpStatus, toAppError } from '../errors';
import { personFromUser } from './context';
import type { DataContext, KnownMapping } from './context';
import { entryContexts } from './createMapping';
import { indexEntries, readEntryRows, readMappingRow, rememberMapping } from './entryQueries';
import type { StoredEntries } from './entryQueries';
import { entryFromRow, entryValues, newEntryValues, sameEntry } from './entryRows';
import { headerFromRow } from './mappingRows';
import { etagOf, idOf, personTitle } from './rows';
import type { Row } from './rows';
import { updateRollup } from './rollupSave';
import { validateChanges } from './saveValidation';

/** The last change per duty wins, so one save never sends two writes for one item. */
function latestPerDuty(entries: readonly EntryChange[]): EntryChange[] {
  return [...new Map(entries.map((change) => [change.entry.dutyId, change])).values()];
}

function writeEntry(context: DataContext, web: IWeb, known: KnownMapping, mappingId: number, change: EntryChange): Promise<string> {
  const list = context.list('entries', web);
  const itemId = known.itemIds.get(change.entry.dutyId);
  if (itemId !== undefined && change.etag.trim() === '') {
    // Without the ETag the edit was based on, writing could overwrite someone: treat it as a conflict.
    return Promise.reject(new AppError('conflict', 'This change does not say which version it was based on.', { status: 412 }));
  }
  if (itemId !== undefined) {
    return list.items.getById(itemId).update(entryValues(change.entry), change.etag).then((result) => result.etag);
  }
  // A duty without an entry item (a creation cut short): add it now.
  const framework = context.frameworks.get(known.frameworkKey);
  const contextOf = framework ? entryContexts(framework, mappingId, known.team) : () => ({ mappingId, team: known.team, dutyText: change.entry.dutyId, areaTitle: '', sortOrder: 0 });
  return list.items.add(newEntryValues(change.entry, contextOf(change.entry.dutyId))).then((row: Row) => {
    known.itemIds.set(change.entry.dutyId, idOf(row));
    return etagOf(row);
  });
}

function entryConflict(change: EntryChange, stored: StoredEntries): SaveConflict | undefined {
  const row = stored.rows.get(change.entry.dutyId);
  if (!row) {
    return undefined;
  }
  const theirs = entryFromRow(row);
  const conflict: SaveConflict = { kind: 'entry', dutyId: change.entry.dutyId, mine: change.entry, theirs, theirEtag: etagOf(row) };
  const modifiedBy = personTitle(row, 'Editor');
  if (modifiedBy !== undefined) {
    conflict.modifiedBy = modifiedBy;
  }
  return conflict;
}

/**
 * Saves a mapping's changed entries and header.
 *
 * Request 1 (one $batch): a MERGE per changed entry with its ETag, then the
 * mapping's entries and the mapping item read back after those writes.
 * Request 2: one MERGE of the mapping item (with the ETag just read) carrying
 * totals recomputed from the entries as stored, contributors and any header
 * change. If someone else's save got in between, that MERGE fails with 412
 * and is redone from a fresh read, so totals always match the entries.
 * A 412 on an entry becomes a conflict carrying the stored entry (read in
 * request 1); nothing is ever overwritten without its ETag.
 *
 * @param context - Data context.
 * @param mappingId - The mapping.
 * @param changes - Changed entries (each with the ETag it was based on) and header.
 * @returns New ETags, conflicts and the stored totals.
 */
export async function saveChanges(context: DataContext, mappingId: number, changes: MappingChanges): Promise<SaveOutcome> {
  validateChanges(changes);
  try {
    const known = context.mappings.get(mappingId) ?? (await learnMapping(context, mappingId));
    const writes = latestPerDuty(changes.entries);
    const [results, entryRows, mappingRow] = await inBatch(context.sp, (web) =>
      Promise.all([
        Promise.all(writes.map((change) => settle(writeEntry(context, web, known, mappingId, change)))),
        settle(readEntryRows(context, web, mappingId)),
        settle(readMappingRow(context, web, mappingId))
      ])
    );
    if (!entryRows.ok) {
      throw entryRows.error;
    }
    if (!mappingRow.ok) {
      throw mappingRow.error;
    }
    const stored = indexEntries(entryRows.value);
    const outcome = sortResults(writes, results, stored);
    if (outcome.saved === 0 && outcome.failure !== undefined) {
      throw outcome.failure;
    }
    const rollup = await updateRollup(context, mappingId, known, { stored, row: mappingRow.value }, changes.header, outcome.saved > 0);
    const conflicts = [...outcome.conflicts, ...rollup.conflicts].map((conflict) =>
      conflict.kind === 'entry' && rollup.entryEtags[conflict.dutyId] ? { ...conflict, theirEtag: rollup.entryEtags[conflict.dutyId] } : conflict
    );
    const conflicted = new Set(conflicts.map((conflict) => (conflict.kind === 'entry' ? conflict.dutyId : '')));
    const savedEntryEtags = { ...outcome.etags };
    for (const [dutyId, etag] of Object.entries(rollup.entryEtags)) {
      if (!conflicted.has(dutyId)) {
        savedEntryEtags[dutyId] = etag;
      }
    }
    const result: SaveOutcome = {
      savedEntryEtags,
      headerEtag: rollup.headerEtag,
      conflicts,
      counts: rollup.counts
    };
    if (outcome.failure !== undefined) {
      // Some entries are stored: say which, so the editor does not send them again with stale ETags.
      throw new PartialSaveError(toAppError(outcome.failure), result);
    }
    return result;
  } catch (error) {
    throw toAppError(error);
  }
}

interface SortedResults {
  etags: Record<string, string>;
  conflicts: SaveConflict[];
  saved: number;
  failure?: unknown;
}

function sortResults(writes: readonly EntryChange[], results: ReadonlyArray<Settled<string>>, stored: StoredEntries): SortedResults {
  const sorted: SortedResults = { etags: {}, conflicts: [], saved: 0 };
  results.forEach((result, index) => {
    const change = writes[index];
    if (result.ok) {
      sorted.etags[change.entry.dutyId] = result.value;
      sorted.saved += 1;
      return;
    }
    const conflict = httpStatus(result.error) === 412 ? entryConflict(change, stored) : undefined;
    if (conflict?.kind === 'entry' && sameEntry(conflict.theirs, change.entry)) {
      // Someone saved exactly this already (often our own earlier save that timed out): nothing to resolve.
      sorted.etags[change.entry.dutyId] = conflict.theirEtag;
    } else if (conflict) {
      sorted.conflicts.push(conflict);
    } else if (sorted.failure === undefined) {
      sorted.failure = result.error;
    }
  });
  return sorted;
}

/**
 * For a session that has not opened the mapping: one batch learns its entry
 * item ids, team and framework version (and who is signed in), without loading
 * the framework, which a save does not need.
 */
async function learnMapping(context: DataContext, mappingId: number): Promise<KnownMapping> {
  const needUser = context.currentUser === undefined;
  const [rows, row, user] = await inBatch(context.sp, (web) =>
    Promise.all([
      settle(readEntryRows(context, web, mappingId)),
      settle(readMappingRow(context, web, mappingId)),
      needUser ? settle(web.currentUser.select('Id', 'LoginName', 'Title', 'Email')()) : Promise.resolve(undefined)
    ])
  );
  if (!row.ok) {
    throw row.error;
  }
  if (!rows.ok) {
    throw rows.error;
  }
  if (user?.ok) {
    context.currentUser = personFromUser(user.value);
  }
  const { header } = headerFromRow(row.value);
  return rememberMapping(context, mappingId, indexEntries(rows.value), header.team, { id: header.frameworkId, version: header.frameworkVersion });
}
