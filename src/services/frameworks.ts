/**
 * What the app asks of the framework store: several frameworks
 * side by side (one per role), their published versions, and tolerance of a
 * damaged version item.
 */
import type { DefinitionError } from '../model/definitionProblems';
import type { Framework } from '../model/framework';

/** One published version, as the version list shows it. */
export interface FrameworkVersionInfo {
  version: number;
  /** The item in the Duty Mapping Frameworks list that holds it. */
  itemId: number;
  /** Display name of whoever published it. */
  publishedBy?: string;
  /** ISO timestamp. */
  published?: string;
  /** The change note the owner wrote; empty for the first version. */
  note: string;
}

/** One framework (all its versions), read from the list's columns without the definitions. */
export interface FrameworkSummary {
  id: string;
  /** Title of its newest version. */
  title: string;
  role?: string;
  band?: string;
  /** Hidden from new mappings, kept for existing ones. */
  retired: boolean;
  /** Newest first. */
  versions: FrameworkVersionInfo[];
  /** The highest version number stored: the next publish takes the one after. */
  latestVersion: number;
}

/** A stored version item that cannot be read, with what is wrong and where. */
export interface DamagedVersion {
  frameworkId: string;
  title: string;
  version: number;
  itemId: number;
  /** The located problems, first first. */
  problems: DefinitionError[];
}

/** The newest readable version of a framework, and any newer ones that could not be read. */
export interface UsableFramework {
  framework: Framework;
  /** Newer versions skipped because they are damaged. */
  skipped: DamagedVersion[];
}

/** A framework version opened in place of the one a mapping records. */
export interface FrameworkFallback {
  /** The version the mapping records. */
  wanted: number;
  /** The version it was opened with. */
  used: number;
  /** Why: the wanted version's item is damaged, or missing from the list. */
  reason: 'damaged' | 'missing';
}

/** What to publish: the edited framework, the version it was based on, and the owner's note. */
export interface PublishInput {
  framework: Framework;
  /** The latest version number the owner saw (0 for a new framework); the new version is this plus one. */
  basedOnVersion: number;
  note: string;
  /** Carried from the framework's latest version, so publishing does not bring a retired framework back. */
  retired?: boolean;
}

/** How far moving a mapping has got: new entries created of those needed. */
export interface MoveProgress {
  done: number;
  total: number;
}

export interface FrameworkStore {
  /** The newest valid version of the product's own framework, seeding it when the site has none. */
  getCurrent(): Promise<Framework>;
  /** Every framework on the site with its versions: one request, no definitions. */
  listFrameworks(): Promise<FrameworkSummary[]>;
  /** The newest version of one framework that can be read, skipping damaged ones. */
  getNewestValid(frameworkId: string): Promise<UsableFramework>;
  /** One version exactly; AppError('invalid') when damaged, ('notFound') when missing. */
  getVersion(frameworkId: string, version: number): Promise<Framework>;
  /** Every stored version that cannot be read (for owners: what to repair). */
  findDamaged(): Promise<DamagedVersion[]>;
  /** Publishes basedOnVersion + 1 in one request; AppError('conflict') when someone else took that number. */
  publish(input: PublishInput): Promise<Framework>;
  /** Saves a new version after the latest (Owners only); returns it with its version number. */
  saveNewVersion(framework: Framework): Promise<Framework>;
  /** Retires a framework (hidden from new mappings) or brings it back. */
  setRetired(frameworkId: string, retired: boolean): Promise<void>;
  /** Moves a mapping to another version of its framework, creating entries for new duties in batches; nothing is deleted. */
  moveMapping(mappingId: number, toVersion: number, onProgress: (progress: MoveProgress) => void): Promise<void>;
}
