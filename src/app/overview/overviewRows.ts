import { overdueCount, reviewDueDate } from '../../model';
import type { AreaFigures } from '../../model';
import type { OverviewArea, OverviewData, OverviewFramework, OverviewMapping } from '../../services/overview';
import { frameworkName } from '../../wording/frameworkName';

/**
 * Framework versions whose areas are the same (same ids, same order) share
 * columns; a version whose areas differ is its own group, so no figure is
 * ever shown under another framework's area.
 */
export interface FrameworkGroup {
  key: string;
  title: string;
  /** How people tell frameworks apart: role and band when it has them, else its title (the newest version's). */
  name: string;
  /** Version numbers in the group, lowest first. */
  versions: number[];
  areas: OverviewArea[];
}

/** One row of the overview: a mapping with what the screen works out for it. */
export interface OverviewRow {
  mapping: OverviewMapping;
  /** The same team's mapping before this one, if any (the yearly review it was made from, usually). */
  previous?: OverviewMapping;
  /** Per-area figures by area id; undefined when the mapping is not counted by area or its figures need checking. */
  areas?: Map<string, AreaFigures>;
  /** yyyy-mm-dd, when completed. */
  reviewDue?: string;
  reviewOverdue: boolean;
  neverCompleted: boolean;
  /** Duties needing action, and how many of their due dates have passed; undefined when not counted. */
  openActions?: number;
  overdueActions?: number;
  /** Coverage now minus coverage of the previous mapping (both 0..1), when both add up. */
  coverageChange?: number;
}

function teamKey(team: string): string {
  return team.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');
}

function groupKey(framework: Pick<OverviewFramework, 'id' | 'areas'>): string {
  return `${framework.id}|${framework.areas.map((area) => area.id).join(',')}`;
}

/**
 * Groups the site's framework versions by their areas.
 *
 * @param frameworks - Every readable version.
 * @returns Groups, and the group key of each version ("id@version").
 */
export function frameworkGroups(frameworks: readonly OverviewFramework[]): { groups: FrameworkGroup[]; groupOf: Map<string, string> } {
  const groups = new Map<string, FrameworkGroup>();
  const groupOf = new Map<string, string>();
  for (const framework of [...frameworks].sort((a, b) => a.version - b.version)) {
    const key = groupKey(framework);
    const group = groups.get(key) ?? { key, title: framework.title, name: frameworkName(framework), versions: [], areas: framework.areas };
    group.versions.push(framework.version);
    // The newest version's title, role and band name the group.
    group.title = framework.title;
    group.name = frameworkName(framework);
    groups.set(key, group);
    groupOf.set(`${framework.id}@${framework.version}`, key);
  }
  return { groups: [...groups.values()], groupOf };
}

/**
 * The rows of the overview for one framework group.
 *
 * @param data - What the overview loaded.
 * @param group - The framework group shown.
 * @param groupOf - Group key by "id@version".
 * @param options - Whether to include earlier mappings of each team, and today's date.
 * @returns Rows, newest mapping first.
 */
export function overviewRows(
  data: OverviewData,
  group: FrameworkGroup,
  groupOf: Map<string, string>,
  options: { includeEarlier: boolean; today: string }
): OverviewRow[] {
  // Newest first, so the first mapping seen for a team is its latest.
  const byTeam = new Map<string, OverviewMapping[]>();
  for (const mapping of [...data.mappings].sort((a, b) => b.id - a.id)) {
    const key = teamKey(mapping.team);
    byTeam.set(key, [...(byTeam.get(key) ?? []), mapping]);
  }
  const rows: OverviewRow[] = [];
  for (const mappings of byTeam.values()) {
    mappings.forEach((mapping, index) => {
      if (index > 0 && !options.includeEarlier) {
        return;
      }
      if (groupOf.get(`${mapping.frameworkId}@${mapping.frameworkVersion}`) !== group.key) {
        return;
      }
      rows.push(rowOf(mapping, mappings[index + 1], group, data.reviewPeriodMonths, options.today));
    });
  }
  return rows;
}

function rowOf(mapping: OverviewMapping, previous: OverviewMapping | undefined, group: FrameworkGroup, reviewPeriodMonths: number, today: string): OverviewRow {
  // A signed-off mapping is due on the date set at sign-off; otherwise the period runs from its completion.
  const reviewDue = mapping.signedOffReviewDue ?? (mapping.dateCompleted ? reviewDueDate(mapping.dateCompleted, reviewPeriodMonths) : undefined);
  const row: OverviewRow = {
    mapping,
    reviewOverdue: reviewDue !== undefined && reviewDue < today,
    neverCompleted: mapping.dateCompleted === undefined
  };
  if (previous) {
    row.previous = previous;
    if (mapping.figuresAddUp && previous.figuresAddUp) {
      row.coverageChange = mapping.coverage - previous.coverage;
    }
  }
  if (reviewDue !== undefined) {
    row.reviewDue = reviewDue;
  }
  const breakdown = mapping.breakdown;
  // Per-area figures only when they line up with this group's areas and add up.
  if (mapping.figuresAddUp && breakdown && breakdown.areas.map((area) => area.areaId).join(',') === group.areas.map((area) => area.id).join(',')) {
    row.areas = new Map(breakdown.areas.map((area) => [area.areaId, area]));
    row.openActions = breakdown.actions.open;
    row.overdueActions = overdueCount(breakdown.actions.dueDates, today);
  }
  return row;
}

/**
 * Ids of each team's latest mapping (the highest id: the one made most recently).
 *
 * @param mappings - Every mapping.
 * @returns The ids.
 */
export function latestMappingIds(mappings: readonly OverviewMapping[]): Set<number> {
  const latest = new Map<string, number>();
  for (const mapping of mappings) {
    // Two department sites may each have a team of the same name: each keeps its own latest.
    const key = `${mapping.siteUrl ?? ''}|${teamKey(mapping.team)}`;
    latest.set(key, Math.max(latest.get(key) ?? 0, mapping.id));
  }
  return new Set(latest.values());
}
