import { parseFrameworkDefinition, serialiseFrameworkDefinition } from '../../model';
import type { DefinitionError, Framework } from '../../model';
import { AppError } from '../../services/errors';
import type { DamagedVersion, FrameworkSummary, FrameworkVersionInfo } from '../../services/frameworks';
import { FRAMEWORK_FIELDS as F, FRAMEWORKS_LIST, selectFields } from '../schema';
import { idOf, num, personTitle, readableCopy, text } from '../toolkit/rows';
import type { Row, RowValues } from '../toolkit/rows';

export const FRAMEWORK_SELECT: string[] = selectFields(FRAMEWORKS_LIST);

/** The columns that describe a version without its (large) definition, for the version list. */
export const FRAMEWORK_SUMMARY_SELECT: string[] = ['ID', 'Title', 'Created', 'Author/Title', F.frameworkId, F.version, F.role, F.band, F.changeNote, F.retired];

/** A stored version read from its item: the framework, or what makes it unreadable. */
export type StoredVersion = { ok: true; framework: Framework; itemId: number } | { ok: false; damage: DamagedVersion };

/**
 * The unique key of a framework version: SharePoint's "enforce unique values"
 * on it refuses a second item for the same version. Lower case, because
 * SharePoint compares text without regard to case and so do framework ids.
 *
 * @param frameworkId - Framework id.
 * @param version - Version number.
 * @returns "id@version".
 */
export function versionKey(frameworkId: string, version: number): string {
  return `${frameworkId.toLowerCase()}@${version}`;
}

/**
 * Reads a framework version item without throwing: the columns (id, version)
 * are the record of which version this is; the JSON holds the content.
 *
 * @param row - The item, with the definition selected.
 * @returns The framework, or where it is damaged.
 */
export function readStoredVersion(row: Row): StoredVersion {
  const result = parseFrameworkDefinition(text(row, F.definition));
  const version = num(row, F.version);
  if (!result.ok) {
    const problems: DefinitionError[] = result.errors;
    return { ok: false, damage: { frameworkId: text(row, F.frameworkId), title: text(row, 'Title'), version, itemId: idOf(row), problems } };
  }
  const framework = { ...result.framework, id: text(row, F.frameworkId) || result.framework.id, version: version || result.framework.version };
  return { ok: true, framework, itemId: idOf(row) };
}

/**
 * The error for a version that cannot be read: which item, what is wrong, how to repair it.
 *
 * @param damage - The damaged version.
 * @returns AppError('invalid').
 */
export function damagedVersionError(damage: DamagedVersion): AppError {
  return new AppError('invalid', { reason: 'frameworkUnreadable', frameworkVersion: damage.version, itemId: damage.itemId, frameworkProblems: damage.problems });
}

/**
 * Reads a framework version item, throwing when it is damaged.
 *
 * @param row - The item.
 * @returns The framework.
 * @throws AppError('invalid') when the stored JSON was damaged, e.g. edited by hand in SharePoint.
 */
export function frameworkFromRow(row: Row): Framework {
  const stored = readStoredVersion(row);
  if (!stored.ok) {
    throw damagedVersionError(stored.damage);
  }
  return stored.framework;
}

/**
 * Columns of a framework version item.
 *
 * @param framework - The framework, with its final version number.
 * @param note - The owner's change note.
 * @param retired - Whether the framework is retired (carried from the version before).
 * @returns Values for an add.
 */
export function frameworkValues(framework: Framework, note = '', retired = false): RowValues {
  return {
    Title: readableCopy(framework.title),
    [F.frameworkId]: framework.id,
    [F.version]: framework.version,
    [F.definition]: serialiseFrameworkDefinition(framework),
    [F.versionKey]: versionKey(framework.id, framework.version),
    [F.role]: framework.role ?? null,
    [F.band]: framework.band ?? null,
    [F.changeNote]: note === '' ? null : note,
    [F.retired]: retired
  };
}

/**
 * Groups version items (read with {@link FRAMEWORK_SUMMARY_SELECT}) into frameworks.
 * The newest version names the framework; the first item for a version number
 * counts (later duplicates predate the unique version key).
 *
 * @param rows - Version items, any order.
 * @returns Frameworks in the order their first version was stored.
 */
export function summariesFromRows(rows: readonly Row[]): FrameworkSummary[] {
  const sorted = [...rows].sort((a, b) => idOf(a) - idOf(b));
  const byId = new Map<string, { summary: FrameworkSummary; newestRow: Row; seen: Set<number> }>();
  for (const row of sorted) {
    const id = text(row, F.frameworkId);
    const version = num(row, F.version);
    let group = byId.get(id.toLowerCase());
    if (!group) {
      group = { summary: { id, title: '', retired: false, versions: [], latestVersion: 0 }, newestRow: row, seen: new Set() };
      byId.set(id.toLowerCase(), group);
    }
    if (group.seen.has(version)) {
      continue;
    }
    group.seen.add(version);
    const info: FrameworkVersionInfo = { version, itemId: idOf(row), note: text(row, F.changeNote) };
    const by = personTitle(row, 'Author');
    if (by !== undefined) {
      info.publishedBy = by;
    }
    const created = text(row, 'Created');
    if (created !== '') {
      info.published = created;
    }
    group.summary.versions.push(info);
    if (version >= group.summary.latestVersion) {
      group.summary.latestVersion = version;
      group.newestRow = row;
    }
  }
  return [...byId.values()].map(({ summary, newestRow }) => {
    summary.versions.sort((a, b) => b.version - a.version);
    summary.title = text(newestRow, 'Title');
    summary.retired = newestRow[F.retired] === true;
    const role = text(newestRow, F.role);
    const band = text(newestRow, F.band);
    if (role !== '') {
      summary.role = role;
    }
    if (band !== '') {
      summary.band = band;
    }
    return summary;
  });
}
