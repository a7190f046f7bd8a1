import { completedByNames } from '../../../src/model';
import type { MappingEntry, MappingHeader } from '../../../src/model';
import { readableCopy } from '../../../src/data/toolkit/rows';
import type { FieldChange, HistoryEntry } from '../../../src/services/governance';

/** One stored version of an item: who wrote it, when, and the tracked columns' values. */
interface FakeVersion {
  by: string;
  at: string;
  values: Record<string, string>;
}

/** The sign-off state column, as history reports it (a key the app words). */
export type StoredSignOffState = 'draft' | 'ready';

function entryValues(entry: MappingEntry): Record<string, string> {
  return {
    foundIn: entry.foundIn,
    reference: entry.reference,
    comments: entry.comments,
    status: entry.status,
    actionWhat: entry.action?.what ?? '',
    actionOwner: entry.action?.owner ?? '',
    actionDue: entry.action?.dueDate ?? ''
  };
}

function mappingValues(header: MappingHeader, signOffState: StoredSignOffState): Record<string, string> {
  return {
    team: header.team,
    completedBy: readableCopy(completedByNames(header.completedBy).join('; ')),
    dateCompleted: header.dateCompleted ?? '',
    notes: header.notes,
    signOffState
  };
}

/** Each version against the one before (the first against blanks), newest first, versions that changed nothing tracked left out. */
function historyOf(versions: readonly FakeVersion[]): HistoryEntry[] {
  const out: HistoryEntry[] = [];
  versions.forEach((version, index) => {
    const before = versions[index - 1]?.values ?? {};
    const changes: FieldChange[] = Object.entries(version.values)
      .filter(([field, to]) => to !== (before[field] ?? ''))
      .map(([field, to]) => ({ field, from: before[field] ?? '', to }));
    if (changes.length > 0) {
      out.push({ version: `${index + 1}.0`, by: version.by, at: version.at, changes });
    }
  });
  return out.reverse();
}

/** SharePoint's timestamps in version history: to the second, in UTC. */
function now(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * The version history SharePoint keeps of every write to a mapping's item and entries, and the
 * field-level history the real service reads from it: every write is a version (a save's counts
 * update, a sign-off's moving the versions on), shown only when it changed a tracked column.
 * Mappings a test puts on the fake "server" directly have none until written through a service.
 */
export class FakeVersions {
  private readonly entries = new Map<string, FakeVersion[]>();
  private readonly items = new Map<number, FakeVersion[]>();
  private readonly states = new Map<number, StoredSignOffState>();

  public constructor(private readonly userName: () => string) {}

  /** An entry was written (created, saved, or its version moved on). */
  public entryWritten(mappingId: number, entry: MappingEntry, by = this.userName()): void {
    const key = `${mappingId}/${entry.dutyId}`;
    this.entries.set(key, [...(this.entries.get(key) ?? []), { by, at: now(), values: entryValues(entry) }]);
  }

  /** The mapping's item was written; `signOffState` when the write set it (a new item is a draft). */
  public itemWritten(mappingId: number, header: MappingHeader, signOffState?: StoredSignOffState, by = this.userName()): void {
    const state = signOffState ?? this.states.get(mappingId) ?? 'draft';
    this.states.set(mappingId, state);
    this.items.set(mappingId, [...(this.items.get(mappingId) ?? []), { by, at: now(), values: mappingValues(header, state) }]);
  }

  public dutyHistory(mappingId: number, dutyId: string): HistoryEntry[] {
    return historyOf(this.entries.get(`${mappingId}/${dutyId}`) ?? []);
  }

  public mappingHistory(mappingId: number): HistoryEntry[] {
    return historyOf(this.items.get(mappingId) ?? []);
  }
}
