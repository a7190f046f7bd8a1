import type { Framework, MappingEntry } from '../../../model';
import type { DutyFilterResult } from '../filters/filterDuties';

/**
 * The duties on screen, in the order they are shown (areas in framework order).
 *
 * @param framework - The mapping's framework.
 * @param filtered - The duties the filters let through, per area.
 * @returns Duty ids in reading order.
 */
export function shownDutyIds(framework: Framework, filtered: DutyFilterResult): string[] {
  const ids: string[] = [];
  for (const area of framework.areas) {
    for (const duty of filtered.byArea[area.id] ?? []) {
      ids.push(duty.id);
    }
  }
  return ids;
}

/**
 * The next duty still to discuss: the first "Not yet reviewed" duty after the
 * one the team was last on, going round to the start when it reaches the end.
 *
 * @param order - Duty ids in reading order.
 * @param entries - The editor's entries, by duty id.
 * @param after - The duty the team was last on, if any.
 * @returns The duty's id, or undefined when every duty shown has been reviewed.
 */
export function nextNotReviewed(order: readonly string[], entries: Record<string, MappingEntry>, after?: string): string | undefined {
  const start = after === undefined ? 0 : order.indexOf(after) + 1;
  for (let step = 0; step < order.length; step += 1) {
    const dutyId = order[(start + step) % order.length];
    if ((entries[dutyId]?.status ?? 'notReviewed') === 'notReviewed') {
      return dutyId;
    }
  }
  return undefined;
}
