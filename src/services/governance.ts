/**
 * Sign-off and change history, in the app's terms. Whether a mapping is signed
 * off is read from the records library, which Members cannot write; "ready for
 * sign-off" is a column of the mapping that any Member may set.
 */

import { AppError } from './errors';

export type LifecycleState = 'draft' | 'ready' | 'signedOff';

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
}

export interface MappingGovernance {
  state: LifecycleState;
  /** The sign-off in force when signed off. */
  signedOff?: GovernanceRecord;
  /** The latest reopening, if the mapping was ever reopened. */
  reopened?: GovernanceRecord;
  /** Every record of this mapping, newest first. */
  records: GovernanceRecord[];
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

/** One field changed by one saved version. */
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
