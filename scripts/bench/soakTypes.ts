/** What the soak records and plans, shared by the soak and its checks. */
import type { MappingEntry } from '../../src/model';

export interface Ack {
  editor: number;
  mappingId: number;
  dutyId: string;
  entry: MappingEntry;
  /** The item version from the returned ETag (SharePoint's "guid,version" or the local server's "version"). */
  version: number;
  /** Order of acknowledgement across all editors, a fallback when the ETag carries no version. */
  seq: number;
}

export interface SeenConflict {
  editor: number;
  mappingId: number;
  dutyId: string;
  shared: boolean;
  mine: string;
  theirs: string;
}

export interface SoakLog {
  saves: number;
  acks: Ack[];
  conflicts: SeenConflict[];
  errors: string[];
  /** Every comment value sent, keyed "mapping/duty", with who sent it: a conflict must carry one of another editor's. */
  sent: Map<string, Map<string, number>>;
  elapsedMs: number;
}

export interface SoakPlan {
  mappingIds: number[];
  clients: number;
  seconds: number;
  /** Each editor waits between `min` and `max` ms (uniformly) after each save. */
  pauseMs: { min: number; max: number };
  /** Duties at the end of the framework's order that every editor of a mapping may write. */
  sharedDuties: number;
}

/**
 * The version in an ETag: its last integer.
 *
 * @param etag - An ETag.
 * @returns The version, or NaN.
 */
export function etagVersion(etag: string | undefined): number {
  const match = /(\d+)\D*$/.exec(etag ?? '');
  return match ? Number(match[1]) : Number.NaN;
}
