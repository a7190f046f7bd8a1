/**
 * Sign-off and change history, in the app's terms. Whether a mapping is signed
 * off is read from the records library, which Members cannot write; "ready for
 * sign-off" is a column of the mapping that any Member may set.
 */

import { AppError } from './errors';

/**
 * Draft and ready come from the mapping's own column; signed off from an intact
 * sign-off record. `needsChecking`: the latest record was changed after it was
 * made, is damaged, or is missing (the mapping remembers a record number that
 * no file has), so neither "signed off" nor "draft" can be trusted until an
 * Owner looks (reopening or signing off again settles it).
 */
export type LifecycleState = 'draft' | 'ready' | 'signedOff' | 'needsChecking';

/** Why a record's columns or JSON cannot be trusted as the app wrote them. */
export type RecordDamage = 'notJson' | 'wrongMapping' | 'hashMismatch' | 'unknownKind' | 'columnsDisagree';

/**
 * Whether a record is as the app made it. `intact`: its JSON was read and its
 * SHA-256 hashes, columns and mapping id agree, and SharePoint shows no later
 * change. `unchecked`: no sign of change in its columns (version 1.0, changed
 * by nobody else), but its JSON was not read here, or it was made before
 * records carried hashes. `changed`: SharePoint shows a later version or
 * another editor. `damaged`: its columns or JSON do not say what the app wrote.
 */
export type RecordIntegrity =
  | { kind: 'intact' }
  | { kind: 'unchecked'; beforeHashes?: boolean }
  | { kind: 'changed'; by: string; at: string; version: string }
  | { kind: 'damaged'; reason: RecordDamage; by?: string; at?: string };

/** A duty's or the details' change after sign-off: signed value → current value. */
export interface ChangeAfterSignOff {
  /** The duty, or undefined for the mapping's details. */
  dutyId?: string;
  kind: 'changed' | 'deleted' | 'added';
  /** Who last changed it, as SharePoint records it (unknown for a deleted entry). */
  by?: string;
  /** ISO timestamp of that change, when known. */
  at?: string;
  /** Field by field, signed → current (model values; the app words them). */
  fields: FieldChange[];
}

/** What differs between a signed-off mapping as stored now and its sign-off record's snapshot. */
export interface ChangesAfterSignOff {
  /** Entries and details that differ, duties in the snapshot's order, details first. */
  changes: ChangeAfterSignOff[];
  /** How many duties differ (changed, deleted or added). */
  duties: number;
  /** Who made them (distinct, in order of appearance). */
  people: string[];
  /** False when the record's snapshot could not be read or compared (damaged, or made before snapshots held the stored mapping). */
  compared: boolean;
}

/**
 * A save refused because the mapping was signed off after the editor read it
 * (SharePoint answered 412 to its entries, whose ETags sign-off moved on, or the
 * save's own read found the sign-off record). Nothing of that save was stored;
 * the editor keeps the changes in the browser's drafts.
 *
 * @param cause - What was caught, if anything.
 * @returns The error.
 */
export function signedOffError(cause?: unknown): AppError {
  return new AppError('conflict', { reason: 'signedOff', status: 412, cause });
}

export function isSignedOffError(error: unknown): boolean {
  return error instanceof AppError && error.reason === 'signedOff';
}

/** One file of the records library: a sign-off (document and snapshot) or a reopening. */
export interface GovernanceRecord {
  kind: 'signedOff' | 'reopened';
  /** Who added it, as SharePoint recorded it (the file's Created By). */
  by: string;
  /** ISO timestamp. */
  at: string;
  /** The sign-off note or the reason for reopening. */
  note: string;
  /** ISO date the signed-off mapping is next due for review. */
  reviewDue?: string;
  /** Server-relative URL of the JSON snapshot (sign-off) or note (reopening). */
  fileUrl: string;
  /** Server-relative URL of the Word document of a sign-off. */
  documentUrl?: string;
  /** The record's number in its file name (one sequence per mapping); undefined when the name has none. */
  number?: number;
  /** Whether it is as the app made it. */
  integrity: RecordIntegrity;
  /** The Microsoft Purview retention label on the record (SharePoint's `_ComplianceTag`), when it has one. */
  retentionLabel?: string;
}

export interface MappingGovernance {
  state: LifecycleState;
  /** The sign-off in force when signed off. */
  signedOff?: GovernanceRecord;
  /** The latest reopening, if the mapping was ever reopened. */
  reopened?: GovernanceRecord;
  /** Every record of this mapping, newest first. */
  records: GovernanceRecord[];
  /** Why the state is `needsChecking`. */
  problem?: { kind: 'missingRecord'; number: number } | { kind: 'recordChanged'; record: GovernanceRecord };
  /** When signed off and read with the mapping: what changed since (never written back). */
  changes?: ChangesAfterSignOff;
  /** Whether the signed-in user may sign off, when read with the mapping. */
  canSignOff?: boolean;
}

/** What is signed off: the Word document (built by the caller) and what the snapshot holds. */
export interface SignOffInput {
  mappingId: number;
  team: string;
  frameworkTitle: string;
  frameworkVersion: number;
  note: string;
  /** The .docx of the mapping, stored beside the snapshot. */
  document: Uint8Array;
  /** The mapping, its entries and its framework version, stored as JSON beside the document. */
  snapshot: unknown;
  /**
   * The versions the snapshot was made from (the editor's ETags after saving):
   * when anything stored differs, sign-off is refused, so the record is always
   * what SharePoint holds.
   */
  basedOn?: { entryEtags: Record<string, string>; headerEtag: string };
}

/**
 * One field changed by one saved version. Values are as the model holds them: status, Found in and
 * the sign-off state (`draft`, `ready`) as keys, dates as `YYYY-MM-DD`, for the app to word.
 */
export interface FieldChange {
  field: string;
  from: string;
  to: string;
}

/** One saved version and what it changed, newest first. */
export interface HistoryEntry {
  version: string;
  by: string;
  /** ISO timestamp. */
  at: string;
  changes: FieldChange[];
  /** The entry no longer exists: these are its signed-off values (from the sign-off record), each now blank. */
  deletedAfterSignOff?: boolean;
}

export interface GovernanceService {
  /** The mapping's state and records (one request). */
  read(mappingId: number): Promise<MappingGovernance>;
  /** Whether the signed-in user may sign off: a site Owner or an approver (one request). */
  canSignOff(): Promise<boolean>;
  /** Any Member: marks the mapping ready for sign-off, or back to draft. */
  setReady(mappingId: number, ready: boolean): Promise<void>;
  /** Owner or approver: stores the record; fails whole (nothing signed off) or succeeds. */
  signOff(input: SignOffInput): Promise<GovernanceRecord>;
  /** Owner: reopens a signed-off mapping, recording the reason in the records library. */
  reopen(mappingId: number, reason: string): Promise<GovernanceRecord>;
  /** Field-level history of one duty (one request once the mapping is open). */
  dutyHistory(mappingId: number, dutyId: string): Promise<HistoryEntry[]>;
  /** Field-level history of the mapping's details. */
  mappingHistory(mappingId: number): Promise<HistoryEntry[]>;
}
