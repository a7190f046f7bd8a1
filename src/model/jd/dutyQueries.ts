/** The framework's duties as the ranking reads them (scoreClauses.ts). */
import type { Duty, Framework } from '../framework';

/** A duty as the ranking reads it: its own words and those of its sub-items. */
export interface DutyQuery {
  dutyId: string;
  text: string;
}

function dutyText(duty: Duty): string {
  return [duty.text, ...(duty.children ?? []).map(dutyText)].join(' ');
}

/**
 * The mapped (top-level) duties of a framework as queries; a duty's sub-items
 * (the modality list, referral routes) are part of its words.
 *
 * @param framework - The framework the mapping uses.
 * @returns One query a top-level duty, in framework order.
 */
export function dutyQueries(framework: Framework): DutyQuery[] {
  const queries: DutyQuery[] = [];
  for (const area of framework.areas) {
    queries.push(...area.duties.map((duty) => ({ dutyId: duty.id, text: dutyText(duty) })));
  }
  return queries;
}

