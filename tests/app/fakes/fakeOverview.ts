import { areaBreakdown, countByStatus, coverage, figuresAddUp, topLevelDutyIds } from '../../../src/model';
import type { Framework } from '../../../src/model';
import type { ActionItem, ActionSource, JdCitation, OverviewData, OverviewMapping, OverviewService, PreviousMapping, TrackerData } from '../../../src/services/overview';
import type { FakeRecord } from './FakeServices';

/** What the fake overview reads from the fake "server". */
export interface FakeOverviewSource {
  records: Map<number, FakeRecord>;
  framework: Framework;
  reviewPeriodMonths: number;
  /** Stored figures as a forger (or an older site) left them, applied over the computed ones. */
  overviewPatches: Map<number, Partial<OverviewMapping>>;
  previousOf: Map<number, number>;
  call<T>(method: 'loadOverview' | 'loadActions' | 'loadTracker' | 'loadJdCoverage' | 'loadPrevious', run: () => T): Promise<T>;
}

function rowOf(source: FakeOverviewSource, record: FakeRecord): OverviewMapping {
  const ids = topLevelDutyIds(source.framework);
  const { header, entries } = record.mapping;
  const row: OverviewMapping = {
    id: record.mapping.id,
    team: header.team,
    completedBy: [...header.completedBy.people.map((p) => p.displayName), ...header.completedBy.otherNames],
    frameworkId: header.frameworkId,
    frameworkVersion: header.frameworkVersion,
    dutyCount: ids.length,
    counts: countByStatus(entries, ids),
    coverage: coverage(entries, ids),
    figuresAddUp: true,
    breakdown: areaBreakdown(source.framework, entries),
    modified: record.modified,
    ...source.overviewPatches.get(record.mapping.id)
  };
  if (header.dateCompleted !== undefined) {
    row.dateCompleted = header.dateCompleted;
  }
  // The same check the data layer makes on what it reads.
  row.figuresAddUp = row.figuresAddUp && figuresAddUp(row.counts, row.dutyCount, row.coverage);
  return row;
}

function overviewOf(source: FakeOverviewSource): OverviewData {
  return {
    mappings: [...source.records.values()].map((record) => rowOf(source, record)).sort((a, b) => b.id - a.id),
    frameworks: [
      {
        id: source.framework.id,
        version: source.framework.version,
        title: source.framework.title,
        ...(source.framework.role ? { role: source.framework.role } : {}),
        ...(source.framework.band ? { band: source.framework.band } : {}),
        areas: source.framework.areas.map((area) => ({
          id: area.id,
          title: area.title,
          dutyIds: area.duties.map((duty) => duty.id),
          duties: area.duties.map((duty) => ({ id: duty.id, text: duty.text }))
        }))
      }
    ],
    reviewPeriodMonths: source.reviewPeriodMonths
  };
}

function actionsOf(source: FakeOverviewSource, mappings: readonly ActionSource[]): ActionItem[] {
  const items: ActionItem[] = [];
  for (const { id } of mappings) {
    const record = source.records.get(id);
    if (!record) {
      continue;
    }
    for (const area of source.framework.areas) {
      for (const duty of area.duties) {
        const entry = record.mapping.entries.find((e) => e.dutyId === duty.id);
        if (entry && (entry.status === 'gap' || entry.status === 'partlyInPlace')) {
          const item: ActionItem = {
            mappingId: id,
            dutyId: duty.id,
            team: record.mapping.header.team,
            areaTitle: area.title,
            dutyText: duty.text,
            status: entry.status,
            what: entry.action?.what ?? '',
            owner: entry.action?.owner ?? ''
          };
          if (entry.action?.ownerPerson) {
            item.ownerPerson = entry.action.ownerPerson;
          }
          if (entry.action?.dueDate) {
            item.dueDate = entry.action.dueDate;
          }
          items.push(item);
        }
      }
    }
  }
  return items;
}

/**
 * The overview service over the fake's records, computing what the real one
 * reads from stored figures.
 *
 * @param source - The fake services.
 * @returns An OverviewService.
 */
export function fakeOverview(source: FakeOverviewSource): OverviewService {
  return {
    loadOverview: async (): Promise<OverviewData> => source.call('loadOverview', () => overviewOf(source)),
    loadActions: async (mappings: readonly ActionSource[]): Promise<ActionItem[]> => source.call('loadActions', () => actionsOf(source, mappings)),
    loadTracker: async (): Promise<TrackerData> =>
      source.call('loadTracker', () => ({ overview: overviewOf(source), actions: actionsOf(source, [...source.records.keys()].map((id) => ({ id, dutyCount: 0 }))) })),
    loadJdCoverage: async (mappings: readonly ActionSource[]): Promise<JdCitation[]> =>
      source.call('loadJdCoverage', () =>
        mappings.flatMap(({ id }) =>
          (source.records.get(id)?.mapping.entries ?? []).map((entry) => ({ mappingId: id, dutyId: entry.dutyId, foundIn: entry.foundIn, reference: entry.reference.trim() }))
        )
      ),
    loadPrevious: async (mappingId: number, previousMappingId?: number | null): Promise<PreviousMapping | undefined> =>
      source.call('loadPrevious', () => {
        const record = previousMappingId === null ? undefined : source.records.get(previousMappingId ?? source.previousOf.get(mappingId) ?? -1);
        if (!record) {
          return undefined;
        }
        const previous: PreviousMapping = { id: record.mapping.id, team: record.mapping.header.team, entries: JSON.parse(JSON.stringify(record.mapping.entries)) as PreviousMapping['entries'] };
        if (record.mapping.header.dateCompleted) {
          previous.dateCompleted = record.mapping.header.dateCompleted;
        }
        return previous;
      })
  };
}
