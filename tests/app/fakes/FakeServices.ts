import { DEFAULT_FRAMEWORK, copyEntriesForReview, countByStatus, coverage, createEntries, topLevelDutyIds } from '../../../src/model';
import type { DirectoryPerson, Framework, Mapping, MappingEntry, MappingHeader, StatusCounts } from '../../../src/model';
import { AppError, PartialSaveError } from '../../../src/services/errors';
import type { AppErrorDetails, AppErrorKind } from '../../../src/services/errors';
import type { OverviewMapping } from '../../../src/services/overview';
import { fakeOverview } from './fakeOverview';
import type { GovernanceRecord, GovernanceService, HistoryEntry, MappingGovernance } from '../../../src/services/governance';
import { FakeDocuments } from './fakeDocuments';
import type {
  AccessLevel,
  AppServices,
  MappingChanges,
  MappingRepository,
  MappingSummary,
  NewMappingInput,
  OpenedMapping,
  SaveConflict,
  SaveOutcome,
  SetupStep,
  SiteReadiness
} from '../../../src/services/types';
import { FakeFrameworkStore } from './FakeFrameworkStore';
import { FakeSites } from './fakeSites';

/** A mapping as the fake "server" stores it. */
export interface FakeRecord {
  mapping: Mapping;
  headerEtag: string;
  entryEtags: Record<string, string>;
  modified: string;
  contributors: string[];
  modifiedBy?: string;
  /** Counts as stored on the mapping item (what the chooser shows), which a failed counts update leaves behind. */
  storedCounts: StatusCounts;
}

type Method =
  | 'getAccess'
  | 'checkSite'
  | 'loadOverview'
  | 'loadActions'
  | 'loadJdCoverage'
  | 'loadPrevious'
  | 'run'
  | 'listMappings'
  | 'openMapping'
  | 'createMapping'
  | 'saveChanges'
  | 'search'
  // [jdimport]
  | 'listDocuments'
  | 'readDocument'
  | 'saveDocument'
  | 'earlierVersions'
  // [governance]
  | 'readGovernance'
  | 'setReady'
  | 'signOff'
  | 'reopen'
  | 'dutyHistory'
  | 'mappingHistory';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Whether two entries hold the same answers (key order and absent-versus-blank optional fields aside). */
function sameEntry(a: MappingEntry, b: MappingEntry): boolean {
  const shape = (entry: MappingEntry): string =>
    JSON.stringify([entry.dutyId, entry.foundIn, entry.reference, entry.comments, entry.status, entry.action?.what ?? '', entry.action?.owner ?? '', entry.action?.dueDate ?? '']);
  return shape(a) === shape(b);
}

export const ME: DirectoryPerson = { id: 7, login: 'i:0#.f|membership|alex.morgan@nhs.example', displayName: 'Alex Morgan', email: 'alex.morgan@nhs.example' };

/**
 * An in-memory AppServices: the UI's seam in tests. It keeps ETags like
 * SharePoint does, so stale saves come back as conflicts, and can be told to
 * fail (any AppError kind), to deny access or to have no lists.
 */
export class FakeServices implements AppServices {
  public access: AccessLevel = 'edit';
  public siteSetUp = true;
  /** What "Update this site" would do on a site set up by an older version; empty when up to date. */
  public pendingUpdate: SetupStep[] = [];
  public framework: Framework = clone(DEFAULT_FRAMEWORK);
  public reviewPeriodMonths = 12;
  public readonly overviewPatches = new Map<number, Partial<OverviewMapping>>();
  /** The mapping each yearly review was made from. */
  public readonly previousOf = new Map<number, number>();
  public readonly records = new Map<number, FakeRecord>();
  public readonly saveCalls: { mappingId: number; changes: MappingChanges }[] = [];
  public readonly createCalls: NewMappingInput[] = [];
  public directory: DirectoryPerson[] = [ME, { id: 8, login: 'i:0#.f|membership|sam.patel@nhs.example', displayName: 'Sam Patel' }];
  /** Set-up creates these lists, one step each. */
  public setupLists = ['Frameworks', 'Mappings', 'Entries'];
  /** While set, set-up pauses at its second step until the test resolves it. */
  public setupPause: Promise<void> | undefined;
  private readonly failures = new Map<Method, AppError[]>();
  private readonly countsFailures: AppError[] = [];
  private etagCounter = 1;
  private nextId = 1;

  /** Makes the next call(s) of a method fail with the given kind. */
  public failNext(method: Method, kind: AppErrorKind, times = 1, details: AppErrorDetails = {}): void {
    const queue = this.failures.get(method) ?? [];
    for (let i = 0; i < times; i += 1) {
      const error = new AppError(kind, details);
      // Named after the call, as the data layer's withAppErrors names real failures.
      error.operation = method;
      queue.push(error);
    }
    this.failures.set(method, queue);
  }

  /**
   * Makes the counts update of the next save(s) fail after the entries are stored,
   * as a throttled or lost MERGE of the mapping item does on SharePoint.
   */
  public failCountsUpdate(kind: AppErrorKind, times = 1, options: { retryAfterSeconds?: number } = {}): void {
    for (let i = 0; i < times; i += 1) {
      this.countsFailures.push(new AppError(kind, options));
    }
  }

  /** Puts a mapping on the "server". */
  public addMapping(header: Partial<MappingHeader> & { team: string }, extra: { modified?: string; contributors?: string[]; entries?: Partial<MappingEntry>[] } = {}): number {
    const id = this.nextId++;
    const entries = createEntries(this.framework).map((entry) => {
      const patch = extra.entries?.find((e) => e.dutyId === entry.dutyId);
      return patch ? { ...entry, ...patch } : entry;
    });
    const mapping: Mapping = {
      id,
      header: { completedBy: { people: [], otherNames: [] }, notes: '', frameworkId: this.framework.id, frameworkVersion: this.framework.version, ...header },
      areaComments: {},
      entries
    };
    const entryEtags: Record<string, string> = {};
    for (const entry of entries) {
      entryEtags[entry.dutyId] = this.etag();
    }
    this.records.set(id, {
      mapping,
      headerEtag: this.etag(),
      entryEtags,
      modified: extra.modified ?? '2025-01-01T09:00:00Z',
      contributors: extra.contributors ?? [],
      storedCounts: this.countsOf(entries)
    });
    return id;
  }

  /** Someone else saves a duty on the "server" (its ETag changes). */
  public externalEdit(mappingId: number, dutyId: string, patch: Partial<MappingEntry>, by?: string): void {
    const record = this.record(mappingId);
    record.mapping.entries = record.mapping.entries.map((e) => (e.dutyId === dutyId ? { ...e, ...patch } : e));
    record.entryEtags[dutyId] = this.etag();
    record.modifiedBy = by;
  }

  /** Someone else saves the header on the "server". */
  public externalHeaderEdit(mappingId: number, patch: Partial<MappingHeader>, by?: string): void {
    const record = this.record(mappingId);
    record.mapping.header = { ...record.mapping.header, ...patch };
    record.headerEtag = this.etag();
    record.modifiedBy = by;
  }

  public entry(mappingId: number, dutyId: string): MappingEntry {
    return this.record(mappingId).mapping.entries.find((e) => e.dutyId === dutyId) as MappingEntry;
  }

  public record(mappingId: number): FakeRecord {
    const record = this.records.get(mappingId);
    if (!record) {
      throw new AppError('notFound');
    }
    return record;
  }

  public readonly permissions = { getAccess: async (): Promise<AccessLevel> => this.call('getAccess', () => this.access) };

  public readonly setup = {
    checkSite: async (): Promise<SiteReadiness> =>
      this.call('checkSite', (): SiteReadiness => {
        if (!this.siteSetUp) {
          return { state: 'notSetUp' };
        }
        return this.pendingUpdate.length > 0 ? { state: 'needsUpdate', steps: clone(this.pendingUpdate) } : { state: 'ready' };
      }),
    run: async (onProgress: (steps: SetupStep[]) => void): Promise<void> => {
      const steps: SetupStep[] = this.setupLists.map((listTitle, i) => ({ id: `step-${i}`, task: 'createList', listTitle, state: 'pending' }));
      onProgress(steps.map((s) => ({ ...s })));
      for (const [index, step] of steps.entries()) {
        step.state = 'running';
        onProgress(steps.map((s) => ({ ...s })));
        await (index === 1 && this.setupPause ? this.setupPause : Promise.resolve());
        const failure = this.failures.get('run')?.shift();
        if (failure) {
          step.state = 'failed';
          onProgress(steps.map((s) => ({ ...s })));
          throw failure;
        }
        step.state = 'done';
        onProgress(steps.map((s) => ({ ...s })));
      }
      this.siteSetUp = true;
      this.pendingUpdate = [];
    }
  };

  /** [governance] In-memory sign-off: state per mapping, records newest first. */
  public readonly governanceState = new Map<number, MappingGovernance>();
  public canSignOffValue = false;

  public readonly governance: GovernanceService = {
    read: async (mappingId) => this.call('readGovernance', () => this.governanceState.get(mappingId) ?? { state: 'draft', records: [] }),
    canSignOff: async () => this.canSignOffValue,
    setReady: async (mappingId, ready) =>
      this.call('setReady', () => {
        const current = this.governanceState.get(mappingId) ?? { state: 'draft', records: [] };
        this.governanceState.set(mappingId, { ...current, state: ready ? 'ready' : 'draft' });
      }),
    signOff: async (input) =>
      this.call('signOff', () => {
        const record: GovernanceRecord = { kind: 'signedOff', by: ME.displayName, at: new Date().toISOString(), note: input.note, fileUrl: `/records/${input.mappingId}.json` };
        const current = this.governanceState.get(input.mappingId) ?? { state: 'draft', records: [] };
        this.governanceState.set(input.mappingId, { state: 'signedOff', signedOff: record, records: [record, ...current.records] });
        return record;
      }),
    reopen: async (mappingId, reason) =>
      this.call('reopen', () => {
        const record: GovernanceRecord = { kind: 'reopened', by: ME.displayName, at: new Date().toISOString(), note: reason, fileUrl: `/records/${mappingId}-reopened.json` };
        const current = this.governanceState.get(mappingId) ?? { state: 'draft', records: [] };
        this.governanceState.set(mappingId, { state: 'draft', reopened: record, records: [record, ...current.records] });
        return record;
      }),
    dutyHistory: async () => this.call('dutyHistory', (): HistoryEntry[] => []),
    mappingHistory: async () => this.call('mappingHistory', (): HistoryEntry[] => [])
  };

  public readonly overview = fakeOverview(this);

  /** [jdimport] The mappings' JD and PS, with versions. */
  public readonly documents = new FakeDocuments(this, () => ME.displayName);

  /** [sites] The department sites: the tenant property unset unless a test sets it. */
  public readonly sites: FakeSites = new FakeSites(this, () => ME);

  public readonly people = {
    currentUser: async (): Promise<DirectoryPerson> => ME,
    search: async (text: string): Promise<DirectoryPerson[]> =>
      this.call('search', () => this.directory.filter((p) => `${p.displayName} ${p.email ?? ''}`.toLowerCase().includes(text.toLowerCase())))
  };

  public readonly frameworks = new FakeFrameworkStore(this.framework, (mappingId, framework) => {
    const record = this.record(mappingId);
    const have = new Set(record.mapping.entries.map((e) => e.dutyId));
    const added = createEntries(framework).filter((e) => !have.has(e.dutyId));
    record.mapping.entries = [...record.mapping.entries, ...added];
    added.forEach((e) => (record.entryEtags[e.dutyId] = this.etag()));
    record.mapping.header = { ...record.mapping.header, frameworkVersion: framework.version };
    record.headerEtag = this.etag();
  });

  public readonly mappings = {
    listMappings: async (): Promise<MappingSummary[]> => this.call('listMappings', () => Array.from(this.records.values()).map((r) => this.summary(r))),
    openMapping: async (id: number): Promise<OpenedMapping> =>
      this.call('openMapping', () => {
        const record = this.record(id);
        // As the repository does: stored counts that disagree with the entries are rewritten on opening.
        record.storedCounts = this.countsOf(record.mapping.entries);
        const { frameworkId, frameworkVersion } = record.mapping.header;
        const stored = this.frameworks.versions.find((v) => v.framework.id === frameworkId && v.framework.version === frameworkVersion);
        return { mapping: clone(record.mapping), framework: clone(stored?.framework ?? this.framework), headerEtag: record.headerEtag, entryEtags: { ...record.entryEtags } };
      }),
    createMapping: async (input: NewMappingInput): Promise<number> =>
      this.call('createMapping', () => {
        this.createCalls.push(clone(input));
        const id = this.addMapping({ ...input.header }, { modified: '2026-01-01T09:00:00Z' });
        if (input.copyFromMappingId !== undefined) {
          this.previousOf.set(id, input.copyFromMappingId);
          this.record(id).mapping.entries = copyEntriesForReview(this.record(input.copyFromMappingId).mapping.entries, this.framework);
        }
        return id;
      }),
    saveChanges: async (mappingId: number, changes: MappingChanges): Promise<SaveOutcome> =>
      this.call('saveChanges', () => this.save(mappingId, clone(changes), this.access))
  };

  /**
   * The mappings as a session with the given access sees them, sharing this
   * "server": a reader's saves are refused, as SharePoint refuses a Visitor's.
   */
  public mappingsAs(access: AccessLevel): MappingRepository {
    return {
      ...this.mappings,
      saveChanges: async (mappingId: number, changes: MappingChanges): Promise<SaveOutcome> =>
        this.call('saveChanges', () => this.save(mappingId, clone(changes), access))
    };
  }

  private save(mappingId: number, changes: MappingChanges, access: AccessLevel): SaveOutcome {
    this.saveCalls.push({ mappingId, changes });
    const record = this.record(mappingId);
    if (access === 'read') {
      throw new AppError('forbidden', { status: 403 });
    }
    const outcome: SaveOutcome = { savedEntryEtags: {}, conflicts: [], counts: countByStatus([], []), countsStored: true };
    for (const change of changes.entries) {
      const dutyId = change.entry.dutyId;
      if (change.etag !== record.entryEtags[dutyId] && sameEntry(this.entry(mappingId, dutyId), change.entry)) {
        // Someone already saved exactly this (as the repository does: no conflict to resolve).
        outcome.savedEntryEtags[dutyId] = record.entryEtags[dutyId];
        continue;
      }
      if (change.etag !== record.entryEtags[dutyId]) {
        const theirs = this.entry(mappingId, dutyId);
        const conflict: SaveConflict = { kind: 'entry', dutyId, mine: change.entry, theirs: clone(theirs), theirEtag: record.entryEtags[dutyId], modifiedBy: record.modifiedBy };
        outcome.conflicts.push(conflict);
        continue;
      }
      record.mapping.entries = record.mapping.entries.map((e) => (e.dutyId === dutyId ? change.entry : e));
      record.entryEtags[dutyId] = this.etag();
      outcome.savedEntryEtags[dutyId] = record.entryEtags[dutyId];
    }
    const countsFailure = this.countsFailures.shift();
    if (countsFailure) {
      // The entries are stored; the mapping item (counts and any header change) is not.
      outcome.counts = this.countsOf(record.mapping.entries);
      throw new PartialSaveError(countsFailure, { ...outcome, countsStored: false });
    }
    if (changes.header) {
      if (changes.header.etag !== record.headerEtag) {
        outcome.conflicts.push({ kind: 'header', mine: changes.header.header, theirs: clone(record.mapping.header), theirEtag: record.headerEtag, theirAreaComments: clone(record.mapping.areaComments), modifiedBy: record.modifiedBy });
      } else {
        record.mapping.header = changes.header.header;
        record.mapping.areaComments = changes.header.areaComments;
        record.headerEtag = this.etag();
        outcome.headerEtag = record.headerEtag;
      }
    }
    record.storedCounts = this.countsOf(record.mapping.entries);
    outcome.counts = record.storedCounts;
    return outcome;
  }

  private summary(record: FakeRecord): MappingSummary {
    const ids = topLevelDutyIds(this.framework);
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

  private countsOf(entries: readonly MappingEntry[]): StatusCounts {
    return countByStatus(entries, topLevelDutyIds(this.framework));
  }

  private etag(): string {
    return `"${this.etagCounter++}"`;
  }

  public async call<T>(method: Method, run: () => T): Promise<T> {
    await Promise.resolve();
    const failure = this.failures.get(method)?.shift();
    if (failure) {
      throw failure;
    }
    return run();
  }
}
