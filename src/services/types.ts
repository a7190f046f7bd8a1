import type { MappingGovernance } from './governance';
/**
 * The services the React app uses, in the app's own terms. `src/data/` holds
 * the one PnPjs implementation; components reach these through React context
 * and never see SharePoint field names.
 */
import type { Framework } from '../model/framework';
import type { DirectoryPerson, Mapping, MappingEntry, MappingHeader } from '../model/mapping';
import type { StatusCounts } from '../model/status';
import type { GovernanceService } from './governance';
import type { OverviewService } from './overview';
import type { MappingDocumentService } from './documents';
import type { FrameworkFallback, FrameworkStore } from './frameworks';
import type { SitesService } from './sites';

/** What the current user may do on this site, from EffectiveBasePermissions. */
export type AccessLevel = 'setUp' | 'edit' | 'read';

/** One row of the mapping chooser and the manager's overview: read from the mapping item alone. */
export interface MappingSummary {
  id: number;
  team: string;
  dateCompleted?: string;
  /** Display names of everyone who completed it (directory people then free-text names). */
  completedBy: string[];
  counts: StatusCounts;
  /** Share (0..1) of applicable duties found in the JD or PS. */
  coverage: number;
  frameworkId: string;
  frameworkVersion: number;
  /** ISO timestamp of the last change. */
  modified: string;
  /** Logins of everyone who completed it (directory people) or has saved to it, for "my mappings". */
  contributors: string[];
}

/** When a duty's entry item was last saved, and by whom (for exports). */
export interface EntryHistory {
  /** ISO timestamp. */
  modified?: string;
  modifiedBy?: string;
}

/** A mapping as opened for editing, with the ETags needed to save without overwriting anyone. */
export interface OpenedMapping {
  mapping: Mapping;
  framework: Framework;
  /** ETag of the mapping item (header, area comments, counts). */
  headerEtag: string;
  /** ETag per duty id. */
  entryEtags: Record<string, string>;
  /** Last saved when and by whom, per duty id, as read when opened. */
  entryHistory?: Record<string, EntryHistory>;
  /** Set when the mapping's framework version could not be read and a neighbouring one was used. */
  frameworkFallback?: FrameworkFallback;
  /**
   * The newest version number stored for its framework, read with the framework (undefined when it
   * could not be read), so a newer version can be offered without reading the frameworks list.
   */
  latestFrameworkVersion?: number;
  /**
   * The mapping it was made from (a yearly review), read with it: null when none; undefined when the
   * site does not record it. Lets the "changes since" panel skip reading the link again.
   */
  previousMappingId?: number | null;
  /** Its sign-off state and records, read with it (undefined when they could not be read then). */
  governance?: MappingGovernance;
}

export interface NewMappingInput {
  header: Omit<MappingHeader, 'frameworkId' | 'frameworkVersion'>;
  /** Start from this earlier mapping's entries (the yearly review). */
  copyFromMappingId?: number;
  /** The framework to map against (its newest valid version); the product's own when omitted. */
  frameworkId?: string;
}

/** A change to one entry, with the ETag it was based on. */
export interface EntryChange {
  entry: MappingEntry;
  etag: string;
}

export interface MappingChanges {
  header?: { header: MappingHeader; areaComments: Mapping['areaComments']; etag: string };
  entries: EntryChange[];
  /**
   * An earlier save stored entries but not the mapping item's counts: store
   * them now, even when nothing else is sent.
   */
  updateCounts?: boolean;
}

/** Someone else changed what we tried to save: never overwritten silently. */
export type SaveConflict =
  | { kind: 'entry'; dutyId: string; mine: MappingEntry; theirs: MappingEntry; theirEtag: string; modifiedBy?: string }
  | { kind: 'header'; mine: MappingHeader; theirs: MappingHeader; theirEtag: string; theirAreaComments: Mapping['areaComments']; modifiedBy?: string };

export interface SaveOutcome {
  /** New ETags of what was saved. */
  savedEntryEtags: Record<string, string>;
  headerEtag?: string;
  conflicts: SaveConflict[];
  /** Counts as stored on the mapping item after the save. */
  counts: StatusCounts;
  /**
   * Whether the mapping item's counts now agree with the entries as stored.
   * False only on a PartialSaveError whose entries were stored but whose counts
   * update failed: the editor keeps the counts update pending and retries it.
   */
  countsStored: boolean;
}

export interface MappingRepository {
  /** The chooser and overview: one request over the mapping items, newest first. */
  listMappings(): Promise<MappingSummary[]>;
  /** Mapping, entries and framework in at most two requests. */
  openMapping(id: number): Promise<OpenedMapping>;
  /** Creates the mapping and one entry per duty; returns the new id. */
  createMapping(input: NewMappingInput): Promise<number>;
  /** Saves only what changed, batched, each with its ETag; 412s come back as conflicts. */
  saveChanges(mappingId: number, changes: MappingChanges): Promise<SaveOutcome>;
}

// The framework store has its own file.
export type { FrameworkStore } from './frameworks';

export interface PermissionService {
  getAccess(): Promise<AccessLevel>;
}

export interface PeopleService {
  currentUser(): Promise<DirectoryPerson>;
  /** Site users whose name or email contains the text. */
  search(text: string): Promise<DirectoryPerson[]>;
  /**
   * Of the given claims logins, those this site no longer resolves: people who have left (removed
   * from the site's user list, or from the organisation). Nothing stored about them is changed.
   */
  unresolved(logins: readonly string[]): Promise<string[]>;
}

export type SetupStepState = 'pending' | 'running' | 'done' | 'skipped' | 'failed';

/**
 * What a set-up step does; the app words each (SetupProgress). A lane adding a
 * step adds its task here and its wording in the loc strings.
 */
export type SetupTask =
  | 'inspect'
  | 'createList'
  | 'addColumns'
  | 'addIndexes'
  | 'uniqueVersions'
  | 'formatColumns'
  | 'addViews'
  | 'countAreas'
  | 'addFramework'
  | 'keepVersions'
  | 'createApprovers'
  | 'ownersOnly'
  | 'recordsPermissions'
  // Members' permission level without deleting, and the lists that use it
  | 'membersLevel'
  /** Make the approvers' permission level for the records library (add records, no deleting). */
  | 'approversLevel'
  | 'noDeleting'

  | 'documentPermissions';

export interface SetupStep {
  id: string;
  task: SetupTask;
  /** The list the step works on, as titled on the site. */
  listTitle?: string;
  state: SetupStepState;
}

/**
 * Whether the site is ready for this version of the app. A site set up by an
 * older version "needs an update": the app works (leaving out what is missing)
 * and Owners are offered "Update this site", which runs the same set-up.
 */
/**
 * needsUpdate lists the set-up steps an update would run (all 'pending'), for the app to word.
 * approversManagedBy (an Owner's check only): who owns the approvers group and so, with a site
 * collection administrator, adds and removes its members (SharePoint cannot make the Owners group
 * its owner through REST).
 */
export type SiteReadiness =
  | { state: 'notSetUp' }
  | { state: 'needsUpdate'; steps: SetupStep[]; approversManagedBy?: string }
  | { state: 'ready'; approversManagedBy?: string };

export interface SiteSetupService {
  /** Looks at the site's lists, columns, indexes and views (one request). */
  checkSite(): Promise<SiteReadiness>;
  /** Creates what is missing, never duplicating or resetting anything; reports each step. */
  run(onProgress: (steps: SetupStep[]) => void): Promise<void>;
}

/** Everything the app needs from its host's data, provided once through React context. */
export interface AppServices {
  mappings: MappingRepository;
  frameworks: FrameworkStore;
  permissions: PermissionService;
  people: PeopleService;
  setup: SiteSetupService;
  /** sign-off, reopening and change history */
  governance: GovernanceService;
  /** The manager's overview and action tracker. */
  overview: OverviewService;
  /** Each mapping's JD and PS in the "Duty Mapping Documents" library. */
  documents: MappingDocumentService;
  /** The department sites read together (tenant property), and each one's services. */
  sites: SitesService;
}
