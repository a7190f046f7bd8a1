import { DEFAULT_FRAMEWORK, nearestValidVersion } from '../../model';
import type { Framework } from '../../model';
import type { DamagedVersion, FrameworkFallback, UsableFramework } from '../../services/frameworks';
import { AppError } from '../../services/errors';
import { odataNumber, odataString } from '../toolkit/odata';
import { FRAMEWORK_FIELDS as F } from '../schema';
import { frameworkKey } from '../toolkit/context';
import type { DataContext } from '../toolkit/context';
import { damagedVersionError, readStoredVersion } from './frameworkRows';
import type { StoredVersion } from './frameworkRows';
import { num } from '../toolkit/rows';
import type { Row } from '../toolkit/rows';
import { inBatch, settle } from '../toolkit/batch';
import type { Settled } from '../toolkit/batch';
import type { IWeb } from '../toolkit/pnp';

/**
 * What reading a definition needs: the columns every site has had since the
 * first release, so mappings open on a site whose newer columns are not added yet.
 */
const DEFINITION_SELECT = ['ID', 'Title', F.frameworkId, F.version, F.definition];

/** Versions of one framework, newest first, each read or found damaged. */
async function readAllVersions(context: DataContext, frameworkId: string): Promise<StoredVersion[]> {
  const rows: Row[] = [];
  const query = context
    .list('frameworks')
    .items.select(...DEFINITION_SELECT)
    .filter(`${F.frameworkId} eq ${odataString(frameworkId)}`)
    .orderBy(F.version, false)
    .top(5000);
  for await (const page of query) {
    rows.push(...(page as Row[]));
  }
  return firstPerVersion(rows.map(readStoredVersion));
}

function versionOf(stored: StoredVersion): number {
  return stored.ok ? stored.framework.version : stored.damage.version;
}

/** Keeps the first item per version number (later duplicates predate the unique version key). */
function firstPerVersion(stored: StoredVersion[]): StoredVersion[] {
  const byVersion = new Map<number, StoredVersion>();
  const itemId = (s: StoredVersion): number => (s.ok ? s.itemId : s.damage.itemId);
  for (const item of stored) {
    const known = byVersion.get(versionOf(item));
    if (!known || itemId(item) < itemId(known)) {
      byVersion.set(versionOf(item), item);
    }
  }
  return [...byVersion.values()].sort((a, b) => versionOf(b) - versionOf(a));
}

function remember(context: DataContext, framework: Framework): Framework {
  context.frameworks.set(frameworkKey(framework.id, framework.version), framework);
  return framework;
}

/**
 * The newest version of a framework that can be read. Damaged newer versions
 * are skipped and reported, so one bad item never stops new mappings.
 *
 * @param context - Data context.
 * @param frameworkId - Framework id.
 * @returns The framework and the versions skipped; undefined when the list holds no version of it.
 * @throws AppError('invalid') when every stored version is damaged (and it is not the product's own framework).
 */
export async function newestValid(context: DataContext, frameworkId: string): Promise<UsableFramework | undefined> {
  const stored = await readAllVersions(context, frameworkId);
  if (stored.length === 0) {
    return undefined;
  }
  const skipped: DamagedVersion[] = [];
  for (const item of stored) {
    if (item.ok) {
      return { framework: remember(context, item.framework), skipped };
    }
    skipped.push(item.damage);
  }
  if (frameworkId === DEFAULT_FRAMEWORK.id) {
    // The product's own framework is built in, so new mappings can always start.
    return { framework: DEFAULT_FRAMEWORK, skipped };
  }
  throw damagedVersionError(skipped[0]);
}

/**
 * The version a mapping records, in one request (none when this session has
 * it). When that version is damaged or missing, the nearest readable version
 * of the same framework is used instead (one more request), and said so.
 *
 * @param context - Data context.
 * @param frameworkId - Framework id.
 * @param version - The version the mapping records.
 * @returns The framework to open with, and the fallback when it is not the version wanted.
 * @throws AppError('invalid' | 'notFound') when no version of the framework can be read.
 */
export async function versionForMapping(context: DataContext, frameworkId: string, version: number): Promise<{ framework: Framework; fallback?: FrameworkFallback }> {
  const known = context.frameworks.get(frameworkKey(frameworkId, version));
  if (known) {
    return { framework: known };
  }
  return fromExactRows(context, frameworkId, version, await exactVersion(context, context.sp.web, frameworkId, version));
}

function exactVersion(context: DataContext, web: IWeb, frameworkId: string, version: number): Promise<Row[]> {
  return context
    .list('frameworks', web)
    .items.select(...DEFINITION_SELECT)
    .filter(`${F.frameworkId} eq ${odataString(frameworkId)} and ${F.version} eq ${odataNumber(version)}`)
    .orderBy('ID', true)
    .top(1)<Row[]>();
}

/** The highest version number stored for a framework (readable or not), as the frameworks list counts it; one small row. */
function newestVersionNumber(context: DataContext, web: IWeb, frameworkId: string): Promise<Row[]> {
  return context.list('frameworks', web).items.select('ID', F.version).filter(`${F.frameworkId} eq ${odataString(frameworkId)}`).orderBy(F.version, false).top(1)<Row[]>();
}

function latestOf(rows: Settled<Row[]>): number | undefined {
  if (!rows.ok) {
    return undefined;
  }
  return rows.value.length > 0 ? num(rows.value[0], F.version) : 0;
}

/**
 * What opening a mapping needs of its framework: the version it records (as
 * {@link versionForMapping}) and the newest version number of the same
 * framework, so the screen can offer the move to a newer version without
 * reading the whole frameworks list. Both go in one $batch. When this session
 * already has the version, nothing is read and the newest number is left
 * undefined, as it is when it could not be read (the screen then reads it).
 *
 * @param context - Data context.
 * @param frameworkId - Framework id.
 * @param version - The version the mapping records.
 * @returns As versionForMapping, with the framework's newest stored version number.
 */
export async function versionForOpening(
  context: DataContext,
  frameworkId: string,
  version: number
): Promise<{ framework: Framework; fallback?: FrameworkFallback; latestVersion?: number }> {
  const known = context.frameworks.get(frameworkKey(frameworkId, version));
  if (known) {
    // Opening stays one request; the screen reads the newest version itself, as it would have.
    return { framework: known };
  }
  const [exact, newest] = await inBatch(context.sp, (web) => Promise.all([exactVersion(context, web, frameworkId, version), settle(newestVersionNumber(context, web, frameworkId))]));
  const opened = await fromExactRows(context, frameworkId, version, exact);
  const latest = latestOf(newest);
  return latest === undefined ? opened : { ...opened, latestVersion: latest };
}

async function fromExactRows(context: DataContext, frameworkId: string, version: number, rows: Row[]): Promise<{ framework: Framework; fallback?: FrameworkFallback }> {
  const exact = rows.length > 0 ? readStoredVersion(rows[0]) : undefined;
  if (exact?.ok) {
    return { framework: remember(context, exact.framework) };
  }
  if (!exact && frameworkId === DEFAULT_FRAMEWORK.id && version === DEFAULT_FRAMEWORK.version) {
    return { framework: remember(context, DEFAULT_FRAMEWORK) };
  }
  const reason = exact ? 'damaged' : 'missing';
  const all = await readAllVersions(context, frameworkId);
  const candidates = all.map((item) => ({ version: versionOf(item), valid: item.ok }));
  const builtIn = frameworkId === DEFAULT_FRAMEWORK.id && !all.some((item) => versionOf(item) === DEFAULT_FRAMEWORK.version);
  if (builtIn) {
    candidates.push({ version: DEFAULT_FRAMEWORK.version, valid: true });
  }
  const used = nearestValidVersion(candidates, version);
  const usable = all.find((item) => item.ok && item.framework.version === used);
  const framework = usable?.ok ? remember(context, usable.framework) : used !== undefined && builtIn ? DEFAULT_FRAMEWORK : undefined;
  if (!framework) {
    if (exact && !exact.ok) {
      throw damagedVersionError(exact.damage);
    }
    throw new AppError('notFound', { reason: 'frameworkVersionMissing', frameworkVersion: version });
  }
  return { framework, fallback: { wanted: version, used: framework.version, reason } };
}

/**
 * Every stored version that cannot be read, for owners to repair.
 *
 * @param context - Data context.
 * @returns The damaged versions, newest item first.
 */
export async function damagedVersions(context: DataContext): Promise<DamagedVersion[]> {
  const damaged: DamagedVersion[] = [];
  for await (const page of context.list('frameworks').items.select(...DEFINITION_SELECT).orderBy('ID', false).top(500)) {
    for (const row of page as Row[]) {
      const stored = readStoredVersion(row);
      if (!stored.ok) {
        damaged.push(stored.damage);
      }
    }
  }
  return damaged;
}

