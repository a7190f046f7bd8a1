import type { Framework } from './framework';
import type { MappingEntry } from './mapping';
import type { DutyStatus } from './status';
import { DEFAULT_STATUS } from './statuses';

/** How one duty's status moved between a team's previous mapping and this one. */
export interface DutyChange {
  dutyId: string;
  areaId: string;
  from: DutyStatus;
  to: DutyStatus;
}

/** What changed since the mapping this one was made from (the yearly review). */
export interface ChangeSummary {
  /** Every duty whose status differs, in framework order. */
  changed: DutyChange[];
  /** Now a gap, and not a gap before. */
  newGaps: DutyChange[];
  /** A gap before, and not a gap now (whatever it became). */
  closedGaps: DutyChange[];
}

function statusOf(entries: readonly MappingEntry[]): Map<string, DutyStatus> {
  const byDuty = new Map<string, DutyStatus>();
  for (const entry of entries) {
    if (!byDuty.has(entry.dutyId)) {
      byDuty.set(entry.dutyId, entry.status);
    }
  }
  return byDuty;
}

/**
 * Compares a mapping with the one it was made from, duty by duty over the
 * current framework. A duty new to the framework counts as "not yet reviewed"
 * before, so answering it shows as a change.
 *
 * @param framework - The current mapping's framework.
 * @param previous - The previous mapping's entries.
 * @param current - This mapping's entries.
 * @returns The changes, new gaps and closed gaps.
 */
export function changesSince(framework: Framework, previous: readonly MappingEntry[], current: readonly MappingEntry[]): ChangeSummary {
  const before = statusOf(previous);
  const now = statusOf(current);
  const changed: DutyChange[] = [];
  for (const area of framework.areas) {
    for (const duty of area.duties) {
      const from = before.get(duty.id) ?? DEFAULT_STATUS;
      const to = now.get(duty.id) ?? DEFAULT_STATUS;
      if (from !== to) {
        changed.push({ dutyId: duty.id, areaId: area.id, from, to });
      }
    }
  }
  return {
    changed,
    newGaps: changed.filter((change) => change.to === 'gap'),
    closedGaps: changed.filter((change) => change.from === 'gap')
  };
}
