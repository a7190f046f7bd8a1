import type { FoundIn } from '../../../model';
import type { ActionSource, JdCitation, OverviewData, OverviewDuty, OverviewMapping } from '../../../services/overview';
import type { FrameworkGroup } from '../overviewRows';

/**
 * Where one team stands on one duty: its JD or PS covers it (with the
 * citation the team accepted or wrote), does not, or nobody has looked yet.
 */
export type CoverageCell =
  | { state: 'covered'; foundIn: Extract<FoundIn, 'jd' | 'ps' | 'jdAndPs'>; reference: string }
  | { state: 'notFound' }
  | { state: 'notMapped' };

/** A team as a column of the view: its latest mapping. */
export interface CoverageTeam {
  mappingId: number;
  team: string;
}

/** One duty as a row of the view, with every team's cell in column order. */
export interface CoverageRow {
  duty: OverviewDuty;
  areaTitle: string;
  cells: CoverageCell[];
  covered: number;
  notFound: number;
  /** Some teams' documents cover it and others' say it is not there: the variation the view exists to show. */
  varies: boolean;
}

/**
 * The teams the view compares: each team's latest mapping, when that mapping
 * uses a version of the framework group shown, in team name order.
 *
 * @param data - The overview's data.
 * @param group - The framework group shown.
 * @param groupOf - Group key by "id@version".
 * @param latestIds - Ids of each team's latest mapping.
 * @returns The teams, and what to read for them.
 */
export function coverageTeams(data: OverviewData, group: FrameworkGroup, groupOf: ReadonlyMap<string, string>, latestIds: ReadonlySet<number>): { teams: CoverageTeam[]; sources: ActionSource[] } {
  const mappings = data.mappings
    .filter((m: OverviewMapping) => latestIds.has(m.id) && groupOf.get(`${m.frameworkId}@${m.frameworkVersion}`) === group.key)
    .sort((a, b) => a.team.localeCompare(b.team, 'en-GB', { sensitivity: 'base' }) || a.id - b.id);
  return {
    teams: mappings.map((m) => ({ mappingId: m.id, team: m.team })),
    sources: mappings.map((m) => ({ id: m.id, dutyCount: m.dutyCount }))
  };
}

function cellOf(citation: JdCitation | undefined): CoverageCell {
  if (citation === undefined || citation.foundIn === 'notMapped') {
    return { state: 'notMapped' };
  }
  if (citation.foundIn === 'neither') {
    return { state: 'notFound' };
  }
  return { state: 'covered', foundIn: citation.foundIn, reference: citation.reference };
}

/**
 * One row a duty of the group, in framework order, with each team's cell.
 *
 * @param group - The framework group shown.
 * @param teams - The teams, in column order.
 * @param citations - What the teams' latest mappings say.
 * @returns The rows.
 */
export function coverageRows(group: FrameworkGroup, teams: readonly CoverageTeam[], citations: readonly JdCitation[]): CoverageRow[] {
  const byKey = new Map(citations.map((c) => [`${c.mappingId}|${c.dutyId}`, c]));
  return group.areas.flatMap((area) =>
    area.duties.map((duty): CoverageRow => {
      const cells = teams.map((team) => cellOf(byKey.get(`${team.mappingId}|${duty.id}`)));
      const covered = cells.filter((cell) => cell.state === 'covered').length;
      const notFound = cells.filter((cell) => cell.state === 'notFound').length;
      return { duty, areaTitle: area.title, cells, covered, notFound, varies: covered > 0 && notFound > 0 };
    })
  );
}

/** How many duties each team's documents cover, in column order. */
export function coveredPerTeam(rows: readonly CoverageRow[], teams: readonly CoverageTeam[]): number[] {
  return teams.map((_team, i) => rows.filter((row) => row.cells[i].state === 'covered').length);
}
