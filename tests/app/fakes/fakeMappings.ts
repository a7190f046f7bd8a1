import { copyEntriesForReview, countByStatus, coverage, topLevelDutyIds } from '../../../src/model';
import type { Framework, MappingEntry, MappingHeader, StatusCounts } from '../../../src/model';
import { AppError, PartialSaveError } from '../../../src/services/errors';
import { signedOffError } from '../../../src/services/governance';
import type { AccessLevel, MappingChanges, MappingRepository, MappingSummary, NewMappingInput, OpenedMapping, SaveConflict, SaveOutcome } from '../../../src/services/types';
import type { FakeVersions } from './fakeHistory';
import type { FakeRecord } from './FakeServices';

/** What the fake repository reads from and writes to the fake "server". */
export interface FakeMappingsSource {
  framework: Framework;
  records: Map<number, FakeRecord>;
  previousOf: Map<number, number>;
  saveCalls: { mappingId: number; changes: MappingChanges }[];
  createCalls: NewMappingInput[];
  /** The framework versions the framework store holds (a mapping opens with its own version). */
  storedFramework(id: string, version: number): Framework | undefined;
  record(mappingId: number): FakeRecord;
  entry(mappingId: number, dutyId: string): MappingEntry;
  addMapping(header: Partial<MappingHeader> & { team: string }, extra?: { modified?: string }): number;
  countsOf(entries: readonly MappingEntry[]): StatusCounts;
  etag(): string;
  /** Whether the mapping is signed off (its saves are refused until it is reopened). */
  isSignedOff(mappingId: number): boolean;
  /** The version history every write adds to. */
  versions: FakeVersions;
  /** The next queued failure of a save's counts update, if any. */
  nextCountsFailure(): AppError | undefined;
  call<T>(method: 'listMappings' | 'openMapping' | 'createMapping' | 'saveChanges', run: () => T): Promise<T>;
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Whether two entries hold the same answers (key order and absent-versus-blank optional fields aside). */
function sameEntry(a: MappingEntry, b: MappingEntry): boolean {
  const shape = (entry: MappingEntry): string =>
    JSON.stringify([entry.dutyId, entry.foundIn, entry.reference, entry.comments, entry.status, entry.action?.what ?? '', entry.action?.owner ?? '', entry.action?.dueDate ?? '']);
  return shape(a) === shape(b);
}

function summary(source: FakeMappingsSource, record: FakeRecord): MappingSummary {
  const ids = topLevelDutyIds(source.framework);
  const { header } = record.mapping;
  return {
    id: record.mapping.id,
    team: header.team,
    dateCompleted: header.dateCompleted,
    completedBy: [...header.completedBy.people.map((p) => p.displayName), ...header.completedBy.otherNames],
    counts: { ...record.storedCounts },
    coverage: coverage(record.mapping.entries, ids),
    frameworkId: header.frameworkId,
    frameworkVersion: header.frameworkVersion,
    modified: record.modified,
    contributors: record.contributors
  };
}

function save(source: FakeMappingsSource, mappingId: number, changes: MappingChanges, access: AccessLevel): SaveOutcome {
  source.saveCalls.push({ mappingId, changes });
  const record = source.record(mappingId);
  if (access === 'read') {
    throw new AppError('forbidden', { status: 403 });
  }
  if (source.isSignedOff(mappingId)) {
    throw signedOffError();
  }
  const outcome: SaveOutcome = { savedEntryEtags: {}, conflicts: [], counts: countByStatus([], []), countsStored: true };
  for (const change of changes.entries) {
    const dutyId = change.entry.dutyId;
    if (change.etag !== record.entryEtags[dutyId] && sameEntry(source.entry(mappingId, dutyId), change.entry)) {
      // Someone already saved exactly this (as the repository does: no conflict to resolve).
      outcome.savedEntryEtags[dutyId] = record.entryEtags[dutyId];
      continue;
    }
    if (change.etag !== record.entryEtags[dutyId]) {
      const theirs = source.entry(mappingId, dutyId);
      const conflict: SaveConflict = { kind: 'entry', dutyId, mine: change.entry, theirs: clone(theirs), theirEtag: record.entryEtags[dutyId], modifiedBy: record.modifiedBy };
      outcome.conflicts.push(conflict);
      continue;
    }
    record.mapping.entries = record.mapping.entries.map((e) => (e.dutyId === dutyId ? change.entry : e));
    record.entryEtags[dutyId] = source.etag();
    source.versions.entryWritten(mappingId, change.entry);
    outcome.savedEntryEtags[dutyId] = record.entryEtags[dutyId];
  }
  const countsFailure = source.nextCountsFailure();
  if (countsFailure) {
    // The entries are stored; the mapping item (counts and any header change) is not.
    outcome.counts = source.countsOf(record.mapping.entries);
    throw new PartialSaveError(countsFailure, { ...outcome, countsStored: false });
  }
  if (changes.header) {
    if (changes.header.etag !== record.headerEtag) {
      outcome.conflicts.push({ kind: 'header', mine: changes.header.header, theirs: clone(record.mapping.header), theirEtag: record.headerEtag, theirAreaComments: clone(record.mapping.areaComments), modifiedBy: record.modifiedBy });
    } else {
      record.mapping.header = changes.header.header;
      record.mapping.areaComments = changes.header.areaComments;
      record.headerEtag = source.etag();
      outcome.headerEtag = record.headerEtag;
    }
  }
  record.storedCounts = source.countsOf(record.mapping.entries);
  // The counts update writes the item whatever else changed: a version, whether or not the details did.
  source.versions.itemWritten(mappingId, record.mapping.header);
  outcome.counts = record.storedCounts;
  return outcome;
}

/**
 * The mappings as a session with the given access sees them: it keeps ETags as
 * SharePoint does, so stale saves come back as conflicts, and a reader's saves
 * are refused, as SharePoint refuses a Visitor's.
 */
export function fakeMappings(source: FakeMappingsSource, access: () => AccessLevel): MappingRepository {
  return {
    listMappings: async (): Promise<MappingSummary[]> => source.call('listMappings', () => Array.from(source.records.values()).map((r) => summary(source, r))),
    openMapping: async (id: number): Promise<OpenedMapping> =>
      source.call('openMapping', () => {
        const record = source.record(id);
        // As the repository does: stored counts that disagree with the entries are rewritten on opening.
        record.storedCounts = source.countsOf(record.mapping.entries);
        const { frameworkId, frameworkVersion } = record.mapping.header;
        const stored = source.storedFramework(frameworkId, frameworkVersion);
        return { mapping: clone(record.mapping), framework: clone(stored ?? source.framework), headerEtag: record.headerEtag, entryEtags: { ...record.entryEtags } };
      }),
    createMapping: async (input: NewMappingInput): Promise<number> =>
      source.call('createMapping', () => {
        source.createCalls.push(clone(input));
        const id = source.addMapping({ ...input.header }, { modified: '2026-01-01T09:00:00Z' });
        if (input.copyFromMappingId !== undefined) {
          source.previousOf.set(id, input.copyFromMappingId);
          source.record(id).mapping.entries = copyEntriesForReview(source.record(input.copyFromMappingId).mapping.entries, source.framework);
        }
        const { mapping } = source.record(id);
        source.versions.itemWritten(id, mapping.header);
        mapping.entries.forEach((entry) => source.versions.entryWritten(id, entry));
        return id;
      }),
    saveChanges: async (mappingId: number, changes: MappingChanges): Promise<SaveOutcome> =>
      source.call('saveChanges', () => save(source, mappingId, clone(changes), access()))
  };
}
