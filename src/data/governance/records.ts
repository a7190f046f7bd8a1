import type { GovernanceRecord, LifecycleState, MappingGovernance, RecordIntegrity } from '../../services/governance';
import { isoDate } from '../toolkit/rows';
import type { SiteTimeZone } from '../toolkit/rows';
import { RECORD_FIELDS, RECORD_KINDS, SIGN_OFF_STATE_CHOICES } from '../schema';

/** A records library item as read with {@link RECORD_SELECT}. */
export type RecordRow = Record<string, unknown>;

/** What one read of a mapping's records asks for: the columns and SharePoint's own record of who changed the file. */
export const RECORD_SELECT: string[] = [
  'ID',
  'FileLeafRef',
  'FileRef',
  'Created',
  'Modified',
  'AuthorId',
  'EditorId',
  'Author/Title',
  'Editor/Title',
  'OData__UIVersionString',
  RECORD_FIELDS.mappingId,
  RECORD_FIELDS.kind,
  RECORD_FIELDS.note,
  RECORD_FIELDS.reviewDue,
  RECORD_FIELDS.signedOffAt,
  RECORD_FIELDS.signedOffBy,
  RECORD_FIELDS.documentSha256,
  RECORD_FIELDS.snapshotSha256,
  // SharePoint's hidden, read-only retention label column, on every library (docs/records-purview.md).
  'OData__ComplianceTag'
];
export const RECORD_EXPAND: string[] = ['Author', 'Editor'];

/**
 * How long after a record's upload the app's own column write may land: the
 * upload of the second file and one batch. A later change is someone else's.
 */
const AS_MADE_WINDOW_MS = 10 * 60 * 1000;

/**
 * The versions a record file has when the app has made it: 1.0 after the
 * upload, 2.0 after the batch that sets its columns (one MERGE, as SharePoint
 * adds a version for every change to a versioned library's item); 1.0 alone
 * when an Owner turned the library's versioning off.
 */
const AS_MADE_VERSIONS: ReadonlySet<string> = new Set(['1.0', '2.0']);

/** File names of one record: numbered in one sequence per mapping, so a second approver's upload collides. */
export function recordFileNames(mappingId: number, sequence: number, kind: GovernanceRecord['kind']): { snapshot: string; document: string } {
  const base = kind === 'signedOff' ? `Mapping ${mappingId} sign-off ${sequence}` : `Mapping ${mappingId} reopened ${sequence}`;
  return { snapshot: `${base}.json`, document: `${base}.docx` };
}

/**
 * The record number in a file name the app gave (`Mapping 7 sign-off 3.json`).
 *
 * @param name - File name.
 * @param mappingId - The mapping it should belong to.
 * @returns The number, or undefined for any other name.
 */
export function recordNumber(name: string, mappingId: number): number | undefined {
  const match = /^Mapping (\d+) (?:sign-off|reopened) (\d+)\.(?:json|docx)$/i.exec(name);
  if (!match || Number(match[1]) !== mappingId) {
    return undefined;
  }
  return Number(match[2]);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function personName(row: RecordRow, name: 'Author' | 'Editor'): string {
  const person = row[name] as { Title?: unknown } | undefined;
  return text(person?.Title);
}

/**
 * What SharePoint itself says about a record file since it was made: a later
 * version, another editor, or a change long after the upload.
 *
 * @param row - The record file's item.
 * @returns `changed` with who and when, or undefined when it looks as made.
 */
export function changedSinceMade(row: RecordRow): Extract<RecordIntegrity, { kind: 'changed' }> | undefined {
  const version = text(row.OData__UIVersionString);
  const created = Date.parse(text(row.Created));
  const modified = Date.parse(text(row.Modified));
  const otherEditor = row.AuthorId !== undefined && row.EditorId !== undefined && Number(row.AuthorId) !== Number(row.EditorId);
  const late = Number.isFinite(created) && Number.isFinite(modified) && modified - created > AS_MADE_WINDOW_MS;
  if ((version !== '' && !AS_MADE_VERSIONS.has(version)) || otherEditor || late) {
    return { kind: 'changed', by: personName(row, 'Editor'), at: text(row.Modified), version };
  }
  return undefined;
}

/** The kind a record's column names; undefined for a value the app never writes. */
export function kindOf(row: RecordRow): GovernanceRecord['kind'] | undefined {
  const kind = row[RECORD_FIELDS.kind];
  return kind === RECORD_KINDS.signedOff ? 'signedOff' : kind === RECORD_KINDS.reopened ? 'reopened' : undefined;
}

/**
 * Whether a library item is a record (its columns were set), as opposed to a
 * file a failed sign-off left behind. The kind column has a default, which a
 * bare upload gets too; the mapping id is what the app's columns add.
 */
export function hasColumns(row: RecordRow): boolean {
  const kind = row[RECORD_FIELDS.kind];
  const mappingId = row[RECORD_FIELDS.mappingId];
  return typeof kind === 'string' && kind !== '' && mappingId !== null && mappingId !== undefined && mappingId !== '';
}

function integrityFromColumns(row: RecordRow): RecordIntegrity {
  const changed = changedSinceMade(row);
  if (changed) {
    return changed;
  }
  if (kindOf(row) === undefined) {
    return { kind: 'damaged', reason: 'unknownKind', by: personName(row, 'Editor'), at: text(row.Modified) };
  }
  return text(row[RECORD_FIELDS.snapshotSha256]) === '' ? { kind: 'unchecked', beforeHashes: true } : { kind: 'unchecked' };
}

function recordFromRow(row: RecordRow, mappingId: number, documents: Map<string, RecordRow>, zone?: SiteTimeZone): GovernanceRecord {
  const kind = kindOf(row) ?? 'signedOff';
  const name = text(row.FileLeafRef);
  const document = kind === 'signedOff' ? documents.get(name.slice(0, -5)) : undefined;
  // The Word document's own changes count against the sign-off too.
  const integrity = integrityFromColumns(row);
  const documentChanged = document ? changedSinceMade(document) : undefined;
  const record: GovernanceRecord = {
    kind,
    by: personName(row, 'Author'),
    at: text(row[RECORD_FIELDS.signedOffAt]) || text(row.Created),
    note: text(row[RECORD_FIELDS.note]),
    // A date-only column comes back as a moment near midnight: the day is what counts.
    reviewDue: isoDate(row, RECORD_FIELDS.reviewDue, zone),
    fileUrl: text(row.FileRef),
    documentUrl: document ? text(document.FileRef) : undefined,
    integrity: integrity.kind === 'unchecked' && documentChanged ? documentChanged : integrity
  };
  const number = recordNumber(name, mappingId);
  if (number !== undefined) {
    record.number = number;
  }
  const label = text(row.OData__ComplianceTag);
  if (label !== '') {
    record.retentionLabel = label;
  }
  return record;
}

function trusted(record: GovernanceRecord): boolean {
  return record.integrity.kind === 'intact' || record.integrity.kind === 'unchecked';
}

/**
 * Turns a mapping's records (any order) into its governance: the JSON file of
 * each sign-off or reopening is the record; a sign-off's .docx is attached to
 * the JSON of the same name. Files without columns (an upload whose columns
 * never followed) count for nothing. The latest record decides the state only
 * while it is as the app made it: changed, damaged or missing (the mapping
 * remembers a higher number than any record has) makes it `needsChecking`,
 * never Draft.
 *
 * @param rows - Records library items of one mapping.
 * @param stateColumn - The mapping's own Sign-off state value (Draft or Ready).
 * @param mappingId - The mapping.
 * @param latestRemembered - The record number the mapping item remembers (undefined on older sites or before its first record).
 * @returns State and records, newest first.
 */
export function governanceFrom(rows: RecordRow[], stateColumn: unknown, mappingId: number, latestRemembered?: number, zone?: SiteTimeZone): MappingGovernance {
  const documents = new Map<string, RecordRow>();
  for (const row of rows) {
    const name = text(row.FileLeafRef);
    if (name.toLowerCase().endsWith('.docx')) {
      documents.set(name.slice(0, -5), row);
    }
  }
  const records: GovernanceRecord[] = rows
    .filter((row) => text(row.FileLeafRef).toLowerCase().endsWith('.json') && hasColumns(row))
    .sort((a, b) => Number(b.ID) - Number(a.ID))
    .map((row) => recordFromRow(row, mappingId, documents, zone));
  const latest = records[0];
  let state: LifecycleState = stateColumn === SIGN_OFF_STATE_CHOICES.ready ? 'ready' : 'draft';
  const governance: MappingGovernance = { state, records };
  const highest = records.reduce((max, record) => Math.max(max, record.number ?? 0), 0);
  if (latestRemembered !== undefined && latestRemembered > highest) {
    state = 'needsChecking';
    governance.problem = { kind: 'missingRecord', number: latestRemembered };
  } else if (latest && !trusted(latest)) {
    state = 'needsChecking';
    governance.problem = { kind: 'recordChanged', record: latest };
  } else if (latest?.kind === 'signedOff') {
    state = 'signedOff';
    governance.signedOff = latest;
  }
  governance.state = state;
  const reopened = records.find((record) => record.kind === 'reopened');
  if (reopened) {
    governance.reopened = reopened;
  }
  return governance;
}

/**
 * The next record number: one past every number the mapping's files carry
 * (with or without columns) and the one the mapping item remembers.
 *
 * @param rows - The mapping's records library items.
 * @param mappingId - The mapping.
 * @param latestRemembered - The mapping item's latest record number.
 * @returns The number for the next record.
 */
export function nextRecordNumber(rows: RecordRow[], mappingId: number, latestRemembered?: number): number {
  let highest = latestRemembered ?? 0;
  for (const row of rows) {
    highest = Math.max(highest, recordNumber(text(row.FileLeafRef), mappingId) ?? 0);
  }
  return highest + 1;
}
