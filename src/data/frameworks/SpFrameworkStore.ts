import { DEFAULT_FRAMEWORK, parseFrameworkDefinition } from '../../model';
import type { Framework } from '../../model';
import { AppError } from '../../services/errors';
import type { DamagedVersion, FrameworkFallback, FrameworkStore, FrameworkSummary, MoveProgress, PublishInput, UsableFramework } from '../../services/frameworks';
import type { PermissionService } from '../../services/types';
import { toAppError } from '../../services/toAppError';
import { InvalidFrameworkError, withAppErrors } from '../toolkit/errors';
import { odataString } from '../toolkit/odata';
import { FRAMEWORK_FIELDS as F } from '../schema';
import { frameworkKey } from '../toolkit/context';
import type { DataContext } from '../toolkit/context';
import { damagedVersions, newestValid, versionForMapping, versionForOpening } from './frameworkQueries';
import { FRAMEWORK_SUMMARY_SELECT, frameworkValues, summariesFromRows } from './frameworkRows';
import { moveMapping } from '../mappings/moveMapping';
import type { Row } from '../toolkit/rows';

const DUPLICATE_VALUES = 'SPDuplicateValuesFoundException';

/** The product's own framework as a summary, for a site that has not stored it yet. */
function builtInSummary(): FrameworkSummary {
  return {
    id: DEFAULT_FRAMEWORK.id,
    title: DEFAULT_FRAMEWORK.title,
    role: DEFAULT_FRAMEWORK.role,
    band: DEFAULT_FRAMEWORK.band,
    retired: false,
    versions: [{ version: DEFAULT_FRAMEWORK.version, itemId: 0, note: '' }],
    latestVersion: DEFAULT_FRAMEWORK.version
  };
}

/**
 * Frameworks live one version per item in the Frameworks list; published
 * versions are never edited. Several frameworks (one per role) share the list,
 * told apart by their framework id.
 */
export class SpFrameworkStore implements FrameworkStore {
  private readonly context: DataContext;
  private readonly permissions: PermissionService;

  public constructor(context: DataContext, permissions: PermissionService) {
    this.context = context;
    this.permissions = permissions;
  }

  /**
   * The newest readable version of the product's own framework. When the site
   * has none yet, an owner's visit stores it as version 1; anyone else gets it
   * without anything being written.
   *
   * @returns The framework.
   */
  public async getCurrent(): Promise<Framework> {
    return withAppErrors(async () => {
      const usable = await newestValid(this.context, DEFAULT_FRAMEWORK.id);
      if (usable) {
        return usable.framework;
      }
      if ((await this.permissions.getAccess()) === 'setUp') {
        await this.context.list('frameworks').items.add(frameworkValues(DEFAULT_FRAMEWORK));
      }
      return this.remember(DEFAULT_FRAMEWORK);
    }, 'getCurrent');
  }

  /**
   * Every framework on the site, with its versions (who, when, note), in one
   * request that leaves the definitions out.
   *
   * @returns The frameworks; the product's own is always among them.
   */
  public async listFrameworks(): Promise<FrameworkSummary[]> {
    return withAppErrors(async () => {
      const rows: Row[] = [];
      for await (const page of this.context.list('frameworks').items.select(...FRAMEWORK_SUMMARY_SELECT).expand('Author').orderBy('ID', true).top(5000)) {
        rows.push(...(page as Row[]));
      }
      const summaries = summariesFromRows(rows);
      return summaries.some((summary) => summary.id === DEFAULT_FRAMEWORK.id) ? summaries : [builtInSummary(), ...summaries];
    }, 'listFrameworks');
  }

  /**
   * The newest readable version of one framework.
   *
   * @param frameworkId - Framework id.
   * @returns The framework and the damaged newer versions it skipped.
   */
  public async getNewestValid(frameworkId: string): Promise<UsableFramework> {
    return withAppErrors(async () => {
      if (frameworkId === DEFAULT_FRAMEWORK.id) {
        const usable = await newestValid(this.context, frameworkId);
        return usable ?? { framework: await this.getCurrent(), skipped: [] };
      }
      const usable = await newestValid(this.context, frameworkId);
      if (!usable) {
        throw new AppError('notFound', { reason: 'frameworkMissing' });
      }
      return usable;
    }, 'getNewestValid');
  }

  /**
   * One version exactly, from memory or the list.
   *
   * @param id - Framework id.
   * @param version - Version number.
   * @returns The framework.
   * @throws AppError('invalid') when its item is damaged; AppError('notFound') when it is missing.
   */
  public async getVersion(id: string, version: number): Promise<Framework> {
    const opened = await this.getVersionForMapping(id, version);
    if (opened.fallback) {
      throw opened.fallback.reason === 'missing'
        ? new AppError('notFound', { reason: 'frameworkVersionMissing', frameworkVersion: version })
        : new AppError('invalid', { reason: 'frameworkUnreadable', frameworkVersion: version });
    }
    return opened.framework;
  }

  /**
   * The version a mapping records, or the nearest readable one when it is damaged or missing.
   *
   * @param id - Framework id.
   * @param version - Version number.
   * @returns The framework, and the fallback when it is another version.
   */
  public async getVersionForMapping(id: string, version: number): Promise<{ framework: Framework; fallback?: FrameworkFallback }> {
    return withAppErrors(() => versionForMapping(this.context, id, version), 'getVersionForMapping');
  }

  /**
   * The version a mapping records (as {@link getVersionForMapping}) with the framework's newest
   * version number, in one request (see {@link versionForOpening}).
   *
   * @param id - Framework id.
   * @param version - Version number.
   * @returns The framework, the fallback when it is another version, and the newest version number when it could be read.
   */
  public async getVersionForOpening(id: string, version: number): Promise<{ framework: Framework; fallback?: FrameworkFallback; latestVersion?: number }> {
    return withAppErrors(() => versionForOpening(this.context, id, version), 'getVersionForOpening');
  }

  /**
   * Every version item that cannot be read (for owners).
   *
   * @returns The damaged versions, each with its located problems.
   */
  public async findDamaged(): Promise<DamagedVersion[]> {
    return withAppErrors(() => damagedVersions(this.context), 'findDamaged');
  }

  /**
   * Publishes the version after `basedOnVersion` in one request. The list's
   * unique version key makes SharePoint refuse a second item for the same
   * version, so when two owners publish at once one succeeds and the other is
   * told, with their draft untouched.
   *
   * @param input - The framework, the version it was based on and the change note.
   * @returns The framework as published, with its version number.
   * @throws InvalidFrameworkError listing every problem; AppError('conflict') when the number was taken.
   */
  public async publish(input: PublishInput): Promise<Framework> {
    return withAppErrors(async () => {
      const parsed = parseFrameworkDefinition(JSON.parse(JSON.stringify(input.framework)) as unknown);
      if (!parsed.ok) {
        throw new InvalidFrameworkError(parsed.errors);
      }
      const published: Framework = { ...parsed.framework, version: input.basedOnVersion + 1 };
      try {
        await this.context.list('frameworks').items.add(frameworkValues(published, input.note.trim(), input.retired === true));
      } catch (error) {
        if (String((error as { message?: unknown })?.message ?? '').includes(DUPLICATE_VALUES)) {
          throw new AppError('conflict', { reason: 'versionTaken', frameworkVersion: published.version, cause: error });
        }
        throw toAppError(error);
      }
      return this.remember(published);
    }, 'publish');
  }

  /**
   * Saves an edited framework as the version after the latest (site owners only).
   *
   * @param framework - The framework as edited; its version number is ignored.
   * @returns The framework as saved, with its new version number.
   * @throws AppError('forbidden') for anyone but an owner; InvalidFrameworkError listing every problem.
   */
  public async saveNewVersion(framework: Framework): Promise<Framework> {
    return withAppErrors(async () => {
      if ((await this.permissions.getAccess()) !== 'setUp') {
        throw new AppError('forbidden', { reason: 'ownersOnly' });
      }
      const parsed = parseFrameworkDefinition(JSON.parse(JSON.stringify(framework)) as unknown);
      if (!parsed.ok) {
        throw new InvalidFrameworkError(parsed.errors);
      }
      const summary = (await this.listFrameworks()).find((candidate) => candidate.id.toLowerCase() === framework.id.toLowerCase());
      return this.publish({ framework: parsed.framework, basedOnVersion: summary?.latestVersion ?? 0, note: '', retired: summary?.retired });
    }, 'saveNewVersion');
  }

  /**
   * Retires a framework (hidden from new mappings, kept for existing ones) or
   * brings it back, by marking its newest version item.
   *
   * @param frameworkId - Framework id.
   * @param retired - Retire (true) or restore (false).
   */
  public async setRetired(frameworkId: string, retired: boolean): Promise<void> {
    return withAppErrors(async () => {
      const rows = await this.context
        .list('frameworks')
        .items.select('ID')
        .filter(`${F.frameworkId} eq ${odataString(frameworkId)}`)
        .orderBy(F.version, false)
        .top(1)<Row[]>();
      if (rows.length === 0) {
        throw new AppError('notFound', { reason: 'frameworkNotStored' });
      }
      await this.context.list('frameworks').items.getById(Number(rows[0].ID)).update({ [F.retired]: retired });
    }, 'setRetired');
  }

  /**
   * Moves a mapping to another version of its framework.
   *
   * @param mappingId - The mapping.
   * @param toVersion - The version to move to.
   * @param onProgress - Told how many new entries exist so far.
   */
  public async moveMapping(mappingId: number, toVersion: number, onProgress: (progress: MoveProgress) => void): Promise<void> {
    return withAppErrors(() => moveMapping(this.context, mappingId, toVersion, onProgress), 'moveMapping');
  }

  private remember(framework: Framework): Framework {
    this.context.frameworks.set(frameworkKey(framework.id, framework.version), framework);
    return framework;
  }
}
