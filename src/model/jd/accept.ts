import type { MappingEntry } from '../mapping';
import type { FoundIn } from '../status';
import { clauseReference } from './types';
import type { Clause } from './types';

function combinedFoundIn(current: FoundIn, source: Clause['source']): FoundIn {
  if (current === 'jdAndPs' || current === source) {
    return current;
  }
  if ((current === 'jd' && source === 'ps') || (current === 'ps' && source === 'jd')) {
    return 'jdAndPs';
  }
  return source;
}

/**
 * What accepting a suggested clause changes in a duty's entry: "found in"
 * gains the clause's document (JD and PS together become "JD and PS"), and
 * the clause's citation is added to the reference after any text the team
 * already wrote, never replacing it.
 *
 * @param entry - The duty's entry as it is now.
 * @param clause - The accepted clause.
 * @returns The fields to change (none if the clause is already cited).
 */
export function acceptClause(entry: MappingEntry, clause: Clause): Partial<Pick<MappingEntry, 'foundIn' | 'reference'>> {
  const citation = clauseReference(clause);
  const existing = entry.reference.trim();
  const alreadyCited = existing.split(/\s*[;,]\s*/).some((part) => part.toLowerCase() === citation.toLowerCase());
  const patch: Partial<Pick<MappingEntry, 'foundIn' | 'reference'>> = {};
  const foundIn = combinedFoundIn(entry.foundIn, clause.source);
  if (foundIn !== entry.foundIn) {
    patch.foundIn = foundIn;
  }
  if (!alreadyCited) {
    patch.reference = existing === '' ? citation : `${existing}; ${citation}`;
  }
  return patch;
}
