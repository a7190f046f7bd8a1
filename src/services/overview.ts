/**
 * What the manager's overview and action tracker read, in the app's terms.
 */
import type { AreaBreakdown } from '../model/areaBreakdown';
import type { DirectoryPerson, MappingEntry } from '../model/mapping';
import type { DutyStatus, FoundIn, StatusCounts } from '../model/status';

/** One mapping as the overview shows it: read from the mapping item alone. */
export interface OverviewMapping {
  id: number;
  team: string;
  dateCompleted?: string;
  completedBy: string[];
  frameworkId: string;
  frameworkVersion: number;
  dutyCount: number;
  counts: StatusCounts;
  coverage: number;
  /**
   * False when the stored figures cannot be true (negative, not adding up to
   * the duty count, coverage outside 0–100%): shown as "figures need checking".
   */
  figuresAddUp: boolean;
  /** Per-area figures and open actions; undefined until counted by area (an older site, or damaged). */
  breakdown?: AreaBreakdown;
  /** ISO timestamp of the last change. */
  modified: string;
  /** Id of who made the last change (its Editor), when read. */
  modifiedBy?: number;
  /** yyyy-mm-dd review date set when it was signed off (its latest record is a sign-off). */
  signedOffReviewDue?: string;
  /**
   * Set when the stored gap or partly-in-place counts (whole or per area)
   * disagree with the entries themselves: the entries' own figures (the stored
   * ones are then not shown as fact, and figuresAddUp is false).
   */
  entryFigures?: { gap: number; partlyInPlace: number };
  /**
   * A signed-off mapping written to after its sign-off (its details, or an
   * entry needing action, or its figures no longer those signed), or a
   * mapping whose latest sign-off record was changed or is damaged.
   */
  signOffCheck?: 'changedAfterSignOff' | 'recordNeedsChecking';
  /** The site it is on, when the overview gathers several sites. */
  siteUrl?: string;
}

/** A top-level duty as the JD coverage view names it. */
export interface OverviewDuty {
  id: string;
  text: string;
}

/** An area as the overview heads a column with it. */
export interface OverviewArea {
  id: string;
  title: string;
  /** Its top-level duties, so an action can open its mapping at its area. */
  dutyIds: string[];
  /** The same duties with their wording, in framework order (the JD coverage view lists them). */
  duties: OverviewDuty[];
}

/** A framework version whose mappings the overview shows together. */
export interface OverviewFramework {
  id: string;
  version: number;
  title: string;
  /** The support-worker role and its band, when the framework names them (one framework per role). */
  role?: string;
  band?: string;
  areas: OverviewArea[];
}

export interface OverviewData {
  /** Every mapping, newest first. */
  mappings: OverviewMapping[];
  /** Every readable framework version on the site. */
  frameworks: OverviewFramework[];
  /** The site's review period (12 months unless the Settings list says otherwise). */
  reviewPeriodMonths: number;
}

/** One duty that needs action in one mapping. */
export interface ActionItem {
  mappingId: number;
  dutyId: string;
  team: string;
  areaTitle: string;
  dutyText: string;
  status: Extract<DutyStatus, 'gap' | 'partlyInPlace'>;
  /** Blank when no action has been written yet. */
  what: string;
  /** Free-text owner; blank when nobody owns it (or only a person does). */
  owner: string;
  /** The owner as a person in the directory, when chosen with the people picker. */
  ownerPerson?: DirectoryPerson;
  /**
   * True when the owner person is no longer found on the mapping's site (they have left): the
   * person stays as stored, and nobody is offered a reminder to them.
   */
  ownerLeft?: boolean;
  /** yyyy-mm-dd, or undefined when blank or not a real date. */
  dueDate?: string;
  /** The site its mapping is on, when the tracker gathers several sites. */
  siteUrl?: string;
}

/** The action tracker's first screen: the overview and every open action of every mapping, read together. */
export interface TrackerData {
  overview: OverviewData;
  /** Every duty with status Gap or Partly in place, of every mapping the overview lists (the screen keeps the latest). */
  actions: ActionItem[];
}

/** A mapping whose actions to read, and how many entries it has (to keep each read under the threshold). */
export interface ActionSource {
  id: number;
  dutyCount: number;
}

/** Where one mapping's team found one duty in its JD or PS, as stored on the entry. */
export interface JdCitation {
  mappingId: number;
  dutyId: string;
  foundIn: FoundIn;
  /** The JD/PS reference as written ("JD 3.2; PS Essential 4"); blank when none. */
  reference: string;
}

/** The mapping a yearly review was made from, to compare with. */
export interface PreviousMapping {
  id: number;
  team: string;
  dateCompleted?: string;
  entries: MappingEntry[];
}

export interface OverviewService {
  /** Mappings, frameworks and the review period in one request. */
  loadOverview(): Promise<OverviewData>;
  /**
   * Every duty with status Gap or Partly in place in the given mappings, read in
   * pages of up to 5,000 through an indexed filter, so a site of 40,000 entries
   * never meets the list view threshold.
   */
  loadActions(mappings: readonly ActionSource[]): Promise<ActionItem[]>;
  /**
   * The overview and every open action in one request: the overview's $batch already reads the
   * entries needing action (to check the stored counts), and reads them with the action
   * tracker's columns here. Past the list view threshold (more than 5,000 such entries) one more
   * request reads them per group of mappings, as {@link loadOverview} does.
   */
  loadTracker(): Promise<TrackerData>;
  /**
   * "Found in" and the JD/PS reference of every entry of the given mappings
   * (each team's latest), for the JD coverage view: one $batch of reads
   * filtered on the indexed mapping id, each read at most 4,000 entries and a
   * short URL, so it stays under the list view threshold on any site.
   */
  loadJdCoverage(mappings: readonly ActionSource[]): Promise<JdCitation[]>;
  /**
   * The mapping this one was made from, with its entries; undefined when there is none.
   * `previousMappingId`, when the caller already read it with the mapping (see
   * OpenedMapping.previousMappingId), saves the request for the link: null says there is none.
   */
  loadPrevious(mappingId: number, previousMappingId?: number | null): Promise<PreviousMapping | undefined>;
}
