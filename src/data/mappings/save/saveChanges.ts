import { countByStatus } from '../../../model';
import { PartialSaveError } from '../../../services/errors';
import { signedOffError } from '../../../services/governance';
import type { MappingChanges, SaveOutcome } from '../../../services/types';
import { inBatch, settle } from '../../toolkit/batch';
import { toAppError } from '../../../services/toAppError';
import { readSignedOff } from '../../governance/signedOff';
import type { DataContext, KnownMapping } from '../../toolkit/context';
import { rememberMapping } from '../entryQueries';
import { headerFromRow } from '../mappingRows';
import { readMappingState, readMappingWithEntries } from '../readMapping';
import { latestPerDuty, sortResults, writeEntry } from './entryWrites';
import { dutyIdsOf, updateMappingItem } from './mappingItemUpdate';
import type { MappingItemUpdate } from './mappingItemUpdate';
import { validateChanges } from './validateChanges';

/**
 * Saves a mapping's changed entries and header.
 *
 * Request 1 (one $batch): a MERGE per changed entry with its ETag, then the
 * mapping's entries and the mapping item read back after those writes, and
 * whether the mapping is signed off (then the save is refused, see SignedOffError).
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
    const [results, state, signedOff] = await inBatch(context.sp, (web) =>
      Promise.all([
        Promise.all(writes.map((change) => settle(writeEntry(context, web, known, mappingId, change)))),
        // Read after the writes, in the same request: the counts are computed from the entries as stored.
        readMappingState(context, web, mappingId),
        // Sign-off moves every entry's ETag on, so SharePoint refuses these writes (412)
        // if it came first; the record says why, and nothing else of this save is sent.
        settle(readSignedOff(context, web, mappingId))
      ])
    );
    if (signedOff.ok && signedOff.value) {
      throw signedOffError();
    }
    const outcome = sortResults(writes, results, state.stored, context.timeZone);
    if (outcome.saved === 0 && outcome.failure !== undefined) {
      throw outcome.failure;
    }
    let itemUpdate: MappingItemUpdate;
    try {
      itemUpdate = await updateMappingItem(context, mappingId, known, state, changes.header, outcome.saved > 0);
    } catch (error) {
      if (Object.keys(outcome.etags).length === 0) {
        throw error;
      }
      // The entries are stored but the counts (and any header change) are not: say which entries,
      // and that the counts are still to do, so the editor retries only the counts update.
      throw new PartialSaveError(toAppError(error), { savedEntryEtags: outcome.etags, conflicts: outcome.conflicts, counts: countByStatus(state.stored.entries, dutyIdsOf(context.frameworks.get(known.frameworkKey), state.stored)), countsStored: false });
    }
    const conflicts = [...outcome.conflicts, ...itemUpdate.conflicts].map((conflict) =>
      conflict.kind === 'entry' && itemUpdate.entryEtags[conflict.dutyId] ? { ...conflict, theirEtag: itemUpdate.entryEtags[conflict.dutyId] } : conflict
    );
    const conflicted = new Set(conflicts.map((conflict) => (conflict.kind === 'entry' ? conflict.dutyId : '')));
    const savedEntryEtags = { ...outcome.etags };
    for (const [dutyId, etag] of Object.entries(itemUpdate.entryEtags)) {
      if (!conflicted.has(dutyId)) {
        savedEntryEtags[dutyId] = etag;
      }
    }
    const result: SaveOutcome = {
      savedEntryEtags,
      headerEtag: itemUpdate.headerEtag,
      conflicts,
      counts: itemUpdate.counts,
      countsStored: true
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

/**
 * For a session that has not opened the mapping: one batch learns its entry
 * item ids, team and framework version (and who is signed in), without loading
 * the framework, which a save does not need.
 */
async function learnMapping(context: DataContext, mappingId: number): Promise<KnownMapping> {
  const { row, stored } = await readMappingWithEntries(context, mappingId, true);
  const { header } = headerFromRow(row, context.timeZone);
  return rememberMapping(context, mappingId, stored, header.team, { id: header.frameworkId, version: header.frameworkVersion });
}
