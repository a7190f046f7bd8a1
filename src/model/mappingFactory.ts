import { topLevelDutyIds } from './duties';
import type { Framework } from './framework';
import type { MappingEntry } from './mapping';
import { emptyEntry } from './statuses';

/**
 * The entries of a new, blank mapping: one per top-level duty, in framework order.
 *
 * @param framework - The framework the mapping uses.
 * @returns Entries that are not yet mapped and not yet reviewed.
 */
export function createEntries(framework: Framework): MappingEntry[] {
  return topLevelDutyIds(framework).map(emptyEntry);
}

/**
 * The entries of a yearly review, started from an earlier mapping. Answers
 * (found in, reference, comments, status, action) are carried over for every
 * duty that is still in the framework, so the team reviews rather than starts
 * from blank; duties new to the framework start empty; entries for duties the
 * framework no longer has are left behind. Nothing is shared with the earlier
 * entries, so editing the copy never changes them.
 *
 * @param previousEntries - The earlier mapping's entries (if a duty has several, the first is used).
 * @param framework - The framework the new mapping uses.
 * @returns One entry per top-level duty, in framework order.
 */
export function copyEntriesForReview(previousEntries: readonly MappingEntry[], framework: Framework): MappingEntry[] {
  const previous = new Map<string, MappingEntry>();
  for (const entry of previousEntries) {
    if (!previous.has(entry.dutyId)) {
      previous.set(entry.dutyId, entry);
    }
  }
  return topLevelDutyIds(framework).map((dutyId) => {
    const entry = previous.get(dutyId);
    if (!entry) {
      return emptyEntry(dutyId);
    }
    const { action, ...rest } = entry;
    return action ? { ...rest, action: { ...action } } : { ...rest };
  });
}
