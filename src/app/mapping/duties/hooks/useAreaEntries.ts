import * as React from 'react';
import type { Framework, MappingEntry } from '../../../../model';

/**
 * Each area's entries (in duty order), reusing the previous array while none of
 * them changed, so an edit re-renders only its own area (and, inside it, one row).
 * Both views of the duties (cards and table) use it.
 *
 * @param framework - The mapping's framework.
 * @param entries - The editor's entries, by duty id.
 * @returns Entries per area id.
 */
export function useAreaEntries(framework: Framework, entries: Record<string, MappingEntry>): Record<string, MappingEntry[]> {
  const cache = React.useRef<Record<string, MappingEntry[]>>({});
  const next: Record<string, MappingEntry[]> = {};
  for (const area of framework.areas) {
    const current = area.duties.map((duty) => entries[duty.id]);
    const previous = cache.current[area.id];
    next[area.id] = previous && previous.length === current.length && previous.every((entry, i) => entry === current[i]) ? previous : current;
  }
  cache.current = next;
  return next;
}
