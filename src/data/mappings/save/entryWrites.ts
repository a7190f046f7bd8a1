import { AppError } from '../../../services/errors';
import type { EntryChange, SaveConflict } from '../../../services/types';
import type { Settled } from '../../toolkit/batch';
import type { IWeb } from '../../toolkit/pnp';
import { httpStatus } from '../../toolkit/errors';
import { presentValues } from '../../toolkit/context';
import type { DataContext, KnownMapping } from '../../toolkit/context';
import { entryContexts } from '../createMapping';
import type { StoredEntries } from '../entryQueries';
import { entryFromRow, entryValues, newEntryValues, sameEntry } from '../entryRows';
import { etagOf, idOf, personTitle } from '../../toolkit/rows';
import type { Row, SiteTimeZone } from '../../toolkit/rows';

/** The last change per duty wins, so one save never sends two writes for one item. */
export function latestPerDuty(entries: readonly EntryChange[]): EntryChange[] {
  return [...new Map(entries.map((change) => [change.entry.dutyId, change])).values()];
}

/** Writes one changed entry with the ETag it was based on (or adds it when its item is missing); resolves to its new ETag. */
export function writeEntry(context: DataContext, web: IWeb, known: KnownMapping, mappingId: number, change: EntryChange): Promise<string> {
  const list = context.list('entries', web);
  const itemId = known.itemIds.get(change.entry.dutyId);
  if (itemId !== undefined && change.etag.trim() === '') {
    // Without the ETag the edit was based on, writing could overwrite someone: treat it as a conflict.
    return Promise.reject(new AppError('conflict', { reason: 'noBaseVersion', status: 412 }));
  }
  if (itemId !== undefined) {
    return list.items.getById(itemId).update(presentValues(context, entryValues(change.entry, context.timeZone)), change.etag).then((result) => result.etag);
  }
  // A duty without an entry item (a creation cut short): add it now.
  const framework = context.frameworks.get(known.frameworkKey);
  const contextOf = framework ? entryContexts(framework, mappingId, known.team) : () => ({ mappingId, team: known.team, dutyText: change.entry.dutyId, areaTitle: '', sortOrder: 0 });
  return list.items.add(newEntryValues(change.entry, contextOf(change.entry.dutyId), context.timeZone)).then((row: Row) => {
    known.itemIds.set(change.entry.dutyId, idOf(row));
    return etagOf(row);
  });
}

function entryConflict(change: EntryChange, stored: StoredEntries, zone?: SiteTimeZone): SaveConflict | undefined {
  const row = stored.rows.get(change.entry.dutyId);
  if (!row) {
    return undefined;
  }
  const theirs = entryFromRow(row, zone);
  const conflict: SaveConflict = { kind: 'entry', dutyId: change.entry.dutyId, mine: change.entry, theirs, theirEtag: etagOf(row) };
  const modifiedBy = personTitle(row, 'Editor');
  if (modifiedBy !== undefined) {
    conflict.modifiedBy = modifiedBy;
  }
  return conflict;
}

/** What the entry writes of one save came to. */
export interface SortedResults {
  etags: Record<string, string>;
  conflicts: SaveConflict[];
  saved: number;
  failure?: unknown;
}

/** Sorts the entry writes' outcomes into new ETags, conflicts (carrying the stored entry) and the first other failure. */
export function sortResults(writes: readonly EntryChange[], results: ReadonlyArray<Settled<string>>, stored: StoredEntries, zone?: SiteTimeZone): SortedResults {
  const sorted: SortedResults = { etags: {}, conflicts: [], saved: 0 };
  results.forEach((result, index) => {
    const change = writes[index];
    if (result.ok) {
      sorted.etags[change.entry.dutyId] = result.value;
      sorted.saved += 1;
      return;
    }
    const conflict = httpStatus(result.error) === 412 ? entryConflict(change, stored, zone) : undefined;
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

