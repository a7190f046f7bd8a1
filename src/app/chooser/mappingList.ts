import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { MappingSummary } from '../../services/types';

/**
 * Who completed a mapping, for a card or an option: the names, or "Nobody yet".
 *
 * @param mapping - The mapping.
 * @returns The names joined, or the loc string for none.
 */
export function completedByText(mapping: MappingSummary): string {
  return mapping.completedBy.length > 0 ? mapping.completedBy.join(', ') : strings.CommonNobodyYet;
}

function sortKey(summary: MappingSummary): string {
  // A mapping still in progress has no completion date: its last change says how new it is.
  return summary.dateCompleted ?? summary.modified.slice(0, 10);
}

/**
 * Newest first: by date completed (or last change while in progress), then by last change.
 *
 * @param mappings - Mappings in any order.
 * @returns A sorted copy.
 */
export function sortNewestFirst(mappings: readonly MappingSummary[]): MappingSummary[] {
  return [...mappings].sort((a, b) => sortKey(b).localeCompare(sortKey(a)) || b.modified.localeCompare(a.modified));
}

/**
 * Mappings whose team or people match every word of the search.
 *
 * @param mappings - The mappings.
 * @param query - What was typed in the search box.
 * @returns The matching mappings, in the same order.
 */
export function searchMappings(mappings: readonly MappingSummary[], query: string): MappingSummary[] {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) {
    return [...mappings];
  }
  return mappings.filter((mapping) => {
    const haystack = [mapping.team, ...mapping.completedBy].join(' ').toLocaleLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

/**
 * A team's earlier mappings, newest first, for "start from this team's previous mapping".
 *
 * @param mappings - All mappings on the site.
 * @param team - The team name as typed.
 * @returns That team's mappings (team names compared ignoring case and outer spaces).
 */
export function previousMappingsOf(mappings: readonly MappingSummary[], team: string): MappingSummary[] {
  const wanted = team.trim().toLocaleLowerCase();
  if (wanted === '') {
    return [];
  }
  return sortNewestFirst(mappings.filter((mapping) => mapping.team.trim().toLocaleLowerCase() === wanted));
}

/**
 * Whether someone has saved to a mapping, for the personal app's "my mappings".
 *
 * @param mapping - A mapping.
 * @param login - The current user's login.
 * @returns True when the login is among the mapping's contributors.
 */
export function isContributor(mapping: MappingSummary, login: string): boolean {
  const wanted = login.toLocaleLowerCase();
  return mapping.contributors.some((contributor) => contributor.toLocaleLowerCase() === wanted);
}
