import { DEFAULT_FRAMEWORK, countByStatus, createEntries, topLevelDutyIds } from '../../../src/model';
import type { DirectoryPerson, Framework, Mapping, MappingEntry, MappingHeader, StatusCounts } from '../../../src/model';
import { AppError } from '../../../src/services/errors';
import type { AppErrorDetails, AppErrorKind } from '../../../src/services/errors';
import type { MappingGovernance } from '../../../src/services/governance';
import type { OverviewMapping } from '../../../src/services/overview';
import type { AccessLevel, AppServices, MappingChanges, MappingRepository, NewMappingInput, SetupStep } from '../../../src/services/types';
import { FakeDocuments } from './fakeDocuments';
import { FakeFrameworkStore } from './FakeFrameworkStore';
import { FakeSites } from './fakeSites';
import { fakeGovernance } from './fakeGovernance';
import { FakeVersions } from './fakeHistory';
import { fakeMappings } from './fakeMappings';
import { fakeOverview } from './fakeOverview';
import { fakePeople } from './fakePeople';
import { fakePermissions } from './fakePermissions';
import { fakeSetup } from './fakeSetup';

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
  | 'unresolved'
  | 'getAccess'
  | 'checkSite'
  | 'loadOverview'
  | 'loadActions'
  | 'loadTracker'
  | 'loadJdCoverage'
  | 'loadPrevious'
  | 'run'
  | 'listMappings'
  | 'openMapping'
  | 'createMapping'
  | 'saveChanges'
  | 'search'
  | 'listDocuments'
  | 'readDocument'
  | 'saveDocument'
  | 'earlierVersions'
  | 'readGovernance'
  | 'setReady'
  | 'signOff'
  | 'reopen'
  | 'dutyHistory'
  | 'mappingHistory';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export const ME: DirectoryPerson = { id: 7, login: 'i:0#.f|membership|alex.morgan@nhs.example', displayName: 'Alex Morgan', email: 'alex.morgan@nhs.example' };

/**
 * An in-memory AppServices: the UI's seam in tests. This class is the fake
 * "server" (the mappings, ETags, queued failures); each service is its own fake
 * beside it (fakeMappings, fakeGovernance, fakeOverview…), held to the real
 * service by the contract suites in tests/contract. It keeps ETags like
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
  /** SharePoint's version history of the mappings' items and entries written through the services. */
  public readonly versions = new FakeVersions(() => this.userName());
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

  public readonly permissions = fakePermissions(this);

  public readonly setup = fakeSetup(this);

  /** In-memory sign-off: state per mapping, records newest first. */
  public readonly governanceState = new Map<number, MappingGovernance>();
  public canSignOffValue = false;

  public readonly governance = fakeGovernance(this);

  public readonly overview = fakeOverview(this);

  /** The mappings' JD and PS, with versions. */
  public readonly documents = new FakeDocuments(this, () => ME.displayName);

  public readonly me = ME;

  /** The department sites: the tenant property unset unless a test sets it. */
  public readonly sites: FakeSites = new FakeSites(this, () => ME);

  public readonly people = fakePeople(this);

  public readonly frameworks = new FakeFrameworkStore(this.framework, (mappingId, framework) => {
    const record = this.record(mappingId);
    const have = new Set(record.mapping.entries.map((e) => e.dutyId));
    const added = createEntries(framework).filter((e) => !have.has(e.dutyId));
    record.mapping.entries = [...record.mapping.entries, ...added];
    added.forEach((e) => (record.entryEtags[e.dutyId] = this.etag()));
    record.mapping.header = { ...record.mapping.header, frameworkVersion: framework.version };
    record.headerEtag = this.etag();
    added.forEach((e) => this.versions.entryWritten(mappingId, e));
    this.versions.itemWritten(mappingId, record.mapping.header);
  });

  public readonly mappings = fakeMappings(this, () => this.access);

  /**
   * The mappings as a session with the given access sees them, sharing this
   * "server": a reader's saves are refused, as SharePoint refuses a Visitor's.
   */
  public mappingsAs(access: AccessLevel): MappingRepository {
    return fakeMappings(this, () => access);
  }

  public userName(): string {
    return ME.displayName;
  }

  public sameVersions(mappingId: number, basedOn: { entryEtags: Record<string, string>; headerEtag: string }): boolean {
    const record = this.record(mappingId);
    return record.headerEtag === basedOn.headerEtag && Object.entries(record.entryEtags).every(([dutyId, etag]) => basedOn.entryEtags[dutyId] === etag);
  }

  public isSignedOff(mappingId: number): boolean {
    return this.governanceState.get(mappingId)?.state === 'signedOff';
  }

  public moveVersionsOn(mappingId: number): void {
    const record = this.record(mappingId);
    record.headerEtag = this.etag();
    this.versions.itemWritten(mappingId, record.mapping.header);
    for (const dutyId of Object.keys(record.entryEtags)) {
      record.entryEtags[dutyId] = this.etag();
    }
    record.mapping.entries.forEach((e) => this.versions.entryWritten(mappingId, e));
  }

  public storedFramework(id: string, version: number): Framework | undefined {
    return this.frameworks.versions.find((v) => v.framework.id === id && v.framework.version === version)?.framework;
  }

  public nextFailure(method: Method): AppError | undefined {
    return this.failures.get(method)?.shift();
  }

  public nextCountsFailure(): AppError | undefined {
    return this.countsFailures.shift();
  }

  public countsOf(entries: readonly MappingEntry[]): StatusCounts {
    return countByStatus(entries, topLevelDutyIds(this.framework));
  }

  public etag(): string {
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
