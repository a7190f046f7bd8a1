import { compareFrameworks } from './frameworkDiff';
import type { DutyRef, RewordedDuty } from './frameworkDiff';
import { dutyIndex, topLevelDutyIds } from './duties';
import type { Framework } from './framework';
import type { MappingEntry } from './mapping';

/** What moving a mapping to a newer framework version will do, shown before it is done. */
export interface MovePlan {
  /** Duties the mapping has no entry for: they arrive as Not yet reviewed. */
  newDuties: DutyRef[];
  /** Entries whose duty the newer version no longer has: kept in the mapping's history, not shown in the grid. */
  removedEntries: Array<{ entry: MappingEntry; text: string; areaTitle: string }>;
  /** Duties reworded between the versions; their entries stay with them. */
  reworded: RewordedDuty[];
  /** Entries that carry over unchanged in meaning. */
  keptCount: number;
}

/**
 * Plans moving a mapping from one framework version to another. Nothing is
 * deleted: entries for duties the new version lacks are listed and kept.
 *
 * @param entries - The mapping's entries.
 * @param from - The version the mapping uses.
 * @param to - The version to move to.
 * @returns The plan.
 */
export function planMove(entries: readonly MappingEntry[], from: Framework, to: Framework): MovePlan {
  const targetIds = topLevelDutyIds(to);
  const target = new Set(targetIds);
  const have = new Set(entries.map((entry) => entry.dutyId));
  const newIndex = dutyIndex(to);
  const oldIndex = dutyIndex(from);
  const areaTitle = (framework: Framework, areaId: string | undefined): string => framework.areas.find((a) => a.id === areaId)?.title ?? '';
  const newDuties = targetIds
    .filter((id) => !have.has(id))
    .map((id) => {
      const located = newIndex.get(id);
      return { id, text: located?.duty.text ?? id, areaTitle: areaTitle(to, located?.areaId) };
    });
  const removedEntries = entries
    .filter((entry) => !target.has(entry.dutyId))
    .map((entry) => {
      const located = oldIndex.get(entry.dutyId);
      return { entry, text: located?.duty.text ?? entry.dutyId, areaTitle: areaTitle(from, located?.areaId) };
    });
  const reworded = compareFrameworks(from, to).dutiesReworded.filter((change) => have.has(change.id) && target.has(change.id));
  return { newDuties, removedEntries, reworded, keptCount: entries.length - removedEntries.length };
}
