import type { AreaComments, MappingEntry, MappingHeader } from '../../model';
import type { GovernanceRecord, RecordDamage, RecordIntegrity } from '../../services/governance';
import { isoDate } from '../toolkit/rows';
import type { SiteTimeZone } from '../toolkit/rows';
import { RECORD_FIELDS } from '../schema';
import { canonicalJson, sha256Hex } from './recordHash';
import { changedSinceMade, kindOf } from './records';
import type { RecordRow } from './records';

/** The mapping as SharePoint held it when it was signed off: what later changes are compared with. */
export interface StoredMapping {
  header: MappingHeader;
  areaComments: AreaComments;
  entries: MappingEntry[];
}

/** What a record's JSON says; its SHA-256 (of the canonical JSON) is in the file and in the columns. */
export interface RecordPayload {
  kind: GovernanceRecord['kind'];
  mappingId: number;
  number: number;
  /** Who made it, as the app knew them. */
  by: string;
  /** ISO timestamp. */
  at: string;
  /** The sign-off note or the reason for reopening. */
  note: string;
  reviewDue?: string;
  /** SHA-256 of the sign-off's Word document. */
  documentSha256?: string;
  /** The mapping as stored at sign-off. */
  stored?: StoredMapping;
  /** What the caller snapshot (framework, header, entries as the screen showed them). */
  snapshot?: unknown;
}

/** The record file: format 2 carries its hash; older records have none. */
interface RecordFile {
  format: 2;
  sha256: string;
  payload: RecordPayload;
}

/**
 * The JSON text of a record and the hash that goes in its columns.
 *
 * @param payload - What the record says.
 * @returns The file's text and the payload's SHA-256.
 */
export async function recordJson(payload: RecordPayload): Promise<{ text: string; sha256: string }> {
  const sha256 = await sha256Hex(canonicalJson(payload));
  const file: RecordFile = { format: 2, sha256, payload };
  return { text: JSON.stringify(file, null, 2), sha256 };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sameMoment(a: unknown, b: unknown): boolean {
  const left = typeof a === 'string' ? Date.parse(a) : Number.NaN;
  const right = typeof b === 'string' ? Date.parse(b) : Number.NaN;
  // SharePoint keeps date and time columns to the second.
  return Number.isFinite(left) && Math.floor(left / 1000) === Math.floor(right / 1000);
}

function damaged(reason: RecordDamage, row: RecordRow): RecordIntegrity {
  const editor = row.Editor as { Title?: unknown } | undefined;
  return { kind: 'damaged', reason, by: typeof editor?.Title === 'string' ? editor.Title : undefined, at: typeof row.Modified === 'string' ? row.Modified : undefined };
}

/** The checked record: its integrity and, when it can be trusted enough to compare with, what it says. */
export interface CheckedRecord {
  integrity: RecordIntegrity;
  payload?: RecordPayload;
}

function columnsAgree(row: RecordRow, payload: RecordPayload, zone: SiteTimeZone | undefined): boolean {
  const note = typeof row[RECORD_FIELDS.note] === 'string' ? row[RECORD_FIELDS.note] : '';
  return (
    kindOf(row) === payload.kind &&
    Number(row[RECORD_FIELDS.mappingId]) === payload.mappingId &&
    note === payload.note &&
    sameMoment(row[RECORD_FIELDS.signedOffAt], payload.at) &&
    isoDate(row, RECORD_FIELDS.reviewDue, zone) === payload.reviewDue &&
    (row[RECORD_FIELDS.documentSha256] ?? null) === (payload.documentSha256 ?? null)
  );
}

/**
 * Checks a record's JSON against its columns and itself: readable, of this
 * mapping, a kind the app writes, hashes that match, columns that say the same
 * as the JSON, and no later change by SharePoint's account. Never throws: a
 * forged or damaged record is reported as such.
 *
 * @param row - The record's JSON file item (with {@link RECORD_SELECT}).
 * @param content - The file's text.
 * @param mappingId - The mapping it is read for.
 * @param documentRow - The sign-off's Word document item, if any.
 * @returns Integrity, and the payload when it can be compared with.
 */
export async function checkRecord(row: RecordRow, content: string, mappingId: number, documentRow?: RecordRow, zone?: SiteTimeZone): Promise<CheckedRecord> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch {
    return { integrity: damaged('notJson', row) };
  }
  if (!isObject(parsed)) {
    return { integrity: damaged('notJson', row) };
  }
  if (kindOf(row) === undefined) {
    return { integrity: damaged('unknownKind', row) };
  }
  if (Number(row[RECORD_FIELDS.mappingId]) !== mappingId) {
    return { integrity: damaged('wrongMapping', row) };
  }
  const changed = changedSinceMade(row) ?? (documentRow ? changedSinceMade(documentRow) : undefined);
  if (parsed.format !== 2) {
    // Made before records carried hashes: only what SharePoint says about later changes can be checked.
    const legacyId = isObject(parsed) ? parsed.mappingId : undefined;
    if (legacyId !== undefined && Number(legacyId) !== mappingId) {
      return { integrity: damaged('wrongMapping', row) };
    }
    if (parsed.kind !== 'signedOff' && parsed.kind !== 'reopened') {
      return { integrity: damaged('unknownKind', row) };
    }
    return { integrity: changed ?? { kind: 'unchecked', beforeHashes: true } };
  }
  const payload = parsed.payload;
  if (!isObject(payload)) {
    return { integrity: damaged('notJson', row) };
  }
  if (payload.kind !== 'signedOff' && payload.kind !== 'reopened') {
    return { integrity: damaged('unknownKind', row) };
  }
  if (Number(payload.mappingId) !== mappingId) {
    return { integrity: damaged('wrongMapping', row) };
  }
  const typed = payload as unknown as RecordPayload;
  const hash = await sha256Hex(canonicalJson(payload));
  if (hash !== parsed.sha256 || hash !== row[RECORD_FIELDS.snapshotSha256]) {
    return { integrity: changed ?? damaged('hashMismatch', row) };
  }
  if (documentRow !== undefined && documentRow[RECORD_FIELDS.documentSha256] !== typed.documentSha256) {
    return { integrity: changed ?? damaged('hashMismatch', row) };
  }
  if (!columnsAgree(row, typed, zone)) {
    return { integrity: changed ?? damaged('columnsDisagree', row) };
  }
  return { integrity: changed ?? { kind: 'intact' }, payload: typed };
}
