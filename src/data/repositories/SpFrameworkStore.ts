import { DEFAULT_FRAMEWORK, parseFrameworkDefinition } from '../../model';
import type { Framework } from '../../model';
import { AppError } from '../../services/errors';
import type { FrameworkStore, PermissionService } from '../../services/types';
import { InvalidFrameworkError, withAppErrors } from '../errors';
import { odataNumber, odataString } from '../odata';
import { FRAMEWORK_FIELDS as F } from '../schema';
import { frameworkKey } from './context';
import type { DataContext } from './context';
import { FRAMEWORK_SELECT, frameworkFromRow, frameworkValues } from './frameworkRows';
import { num } from './rows';
import type { Row } from './rows';

/** Frameworks live one version per item in the Frameworks list; saved versions are never edited. */
export class SpFrameworkStore implements FrameworkStore {
  private readonly context: DataContext;
  private readonly permissions: PermissionService;

  public constructor(context: DataContext, permissions: PermissionService) {
    this.context = context;
    this.permissions = permissions;
  }

  /**
   * The newest framework version on the site. When the site has none yet, an
   * owner's visit stores the default framework as version 1; anyone else gets
   * the default framework without anything being written.
   *
   * @returns The current framework.
   */
  public async getCurrent(): Promise<Framework> {
    return withAppErrors(async () => {
      const rows = await this.context.list('frameworks').items.select(...FRAMEWORK_SELECT).orderBy('ID', false).top(1)<Row[]>();
      if (rows.length > 0) {
        return this.remember(frameworkFromRow(rows[0]));
      }
      if ((await this.permissions.getAccess()) === 'setUp') {
        await this.context.list('frameworks').items.add(frameworkValues(DEFAULT_FRAMEWORK));
      }
      return this.remember(DEFAULT_FRAMEWORK);
    }, 'getCurrent');
  }

  /**
   * Saves an edited framework as a new version (site owners only).
   *
   * @param framework - The framework as edited; its version number is ignored.
   * @returns The framework as saved, with its new version number.
   * @throws AppError('forbidden') for anyone but an owner; AppError('invalid') listing every problem, each with where it is.
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
      const latest = await this.context
        .list('frameworks')
        .items.select(F.version)
        .filter(`${F.frameworkId} eq ${odataString(parsed.framework.id)}`)
        .orderBy(F.version, false)
        .top(1)<Row[]>();
      // Mappings made before any version was stored used the built-in default as its
      // version 1, so the first stored edit of it must not reuse that number.
      const builtIn = parsed.framework.id === DEFAULT_FRAMEWORK.id ? DEFAULT_FRAMEWORK.version : 0;
      const previous = latest.length > 0 ? num(latest[0], F.version) : 0;
      const saved: Framework = { ...parsed.framework, version: Math.max(previous, builtIn) + 1 };
      await this.context.list('frameworks').items.add(frameworkValues(saved));
      return this.remember(saved);
    }, 'saveNewVersion');
  }

  /**
   * One framework version, from memory or the list. The default framework is
   * always available, even on a site where nobody has stored it.
   *
   * @param id - Framework id.
   * @param version - Version number.
   * @returns The framework.
   * @throws AppError('notFound') when the version is missing from the list.
   */
  public async getVersion(id: string, version: number): Promise<Framework> {
    const known = this.context.frameworks.get(frameworkKey(id, version));
    if (known) {
      return known;
    }
    return withAppErrors(async () => {
      const rows = await this.context
        .list('frameworks')
        .items.select(...FRAMEWORK_SELECT)
        .filter(`${F.frameworkId} eq ${odataString(id)} and ${F.version} eq ${odataNumber(version)}`)
        .top(1)<Row[]>();
      if (rows.length > 0) {
        return this.remember(frameworkFromRow(rows[0]));
      }
      if (id === DEFAULT_FRAMEWORK.id && version === DEFAULT_FRAMEWORK.version) {
        return this.remember(DEFAULT_FRAMEWORK);
      }
      throw new AppError('notFound', { reason: 'frameworkVersionMissing', frameworkVersion: version });
    }, 'getVersion');
  }

  private remember(framework: Framework): Framework {
    this.context.frameworks.set(frameworkKey(framework.id, framework.version), framework);
    return framework;
  }
}
