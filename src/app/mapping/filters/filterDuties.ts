import { DEFAULT_STATUS } from '../../../model';
import type { Duty, DutyStatus, Framework, MappingEntry } from '../../../model';

/** What the "find and focus" bar asks for. */
export interface DutyFilter {
  /** Only these statuses; all when empty. */
  statuses: DutyStatus[];
  /** Only this area; all when undefined. */
  areaId?: string;
  /** Words that must all appear in the duty, its sub-items, reference, comments or action. */
  text: string;
  /** Only these duties (those changed since the previous mapping); all when undefined. */
  dutyIds?: readonly string[];
}

export const NO_FILTER: DutyFilter = { statuses: [], text: '' };

/** The duties a filter lets through. */
export interface DutyFilterResult {
  /** Shown top-level duties per area id, in framework order. */
  byArea: Record<string, Duty[]>;
  shown: number;
  total: number;
}

/**
 * Whether any filter is set.
 *
 * @param filter - The filter.
 * @returns True when something is filtered out potentially.
 */
export function isFiltering(filter: DutyFilter): boolean {
  return filter.statuses.length > 0 || filter.areaId !== undefined || filter.text.trim() !== '' || filter.dutyIds !== undefined;
}

function dutyWords(duty: Duty): string {
  return [duty.text, ...(duty.children ?? []).map(dutyWords)].join(' ');
}

function searchableText(duty: Duty, entry: MappingEntry | undefined): string {
  const parts = [dutyWords(duty)];
  if (entry) {
    parts.push(entry.reference, entry.comments, entry.action?.what ?? '', entry.action?.owner ?? '');
  }
  return parts.join(' ').toLocaleLowerCase();
}

/**
 * The duties matching a filter, area by area.
 *
 * @param framework - The mapping's framework.
 * @param entries - Entries keyed by duty id.
 * @param filter - The filter.
 * @returns Shown duties per area, and how many are shown of how many.
 */
export function filterDuties(framework: Framework, entries: Record<string, MappingEntry>, filter: DutyFilter): DutyFilterResult {
  const words = filter.text.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const byArea: Record<string, Duty[]> = {};
  let shown = 0;
  let total = 0;
  for (const area of framework.areas) {
    const areaMatches = filter.areaId === undefined || filter.areaId === area.id;
    byArea[area.id] = area.duties.filter((duty) => {
      total += 1;
      const entry = entries[duty.id];
      const statusMatches = filter.statuses.length === 0 || filter.statuses.includes(entry?.status ?? DEFAULT_STATUS);
      const text = words.length > 0 ? searchableText(duty, entry) : '';
      const chosen = filter.dutyIds === undefined || filter.dutyIds.includes(duty.id);
      const matches = areaMatches && statusMatches && chosen && words.every((word) => text.includes(word));
      shown += matches ? 1 : 0;
      return matches;
    });
  }
  return { byArea, shown, total };
}
