/**
 * After the soak: every acknowledged edit against what is stored, each
 * mapping's stored counts against its entries, and every conflict against
 * what the other editors sent.
 */
import { countByStatus, topLevelDutyIds } from '../../src/model';
import type { AppServices } from '../../src/services/types';
import { etagVersion } from './soakTypes';
import type { Ack, SoakLog } from './soakTypes';

export interface SoakVerdict {
  /** Acknowledged values neither stored at the end nor superseded by a later write. */
  lostEdits: number;
  /**
   * Acknowledged values replaced by a later write that landed although its
   * save failed (so it was never acknowledged). Not lost, but counted: by the
   * letter of "superseded by a later acknowledged write" these would be lost.
   */
  supersededByUnacknowledged: number;
  /** Mappings whose stored counts differ from counts over their stored entries. */
  countMismatches: number;
  /** Conflicts on a shared duty whose "theirs" was not a value another editor sent. */
  conflictsWithoutTheirValue: number;
  /** Conflicts on duties only one editor writes: there should be none. */
  unexpectedConflicts: number;
  /** A few examples of what went wrong, for the report. */
  details: string[];
}

/** Later acknowledged write first: the ETag's item version, or the order of acknowledgement. */
function laterThan(a: Ack, b: Ack): boolean {
  return Number.isFinite(a.version) && Number.isFinite(b.version) ? a.version > b.version : a.seq > b.seq;
}

/**
 * Checks the stored data against the soak's log.
 *
 * @param services - A fresh session (an owner) to read with.
 * @param mappingIds - The soak's mappings.
 * @param log - What the editors saw.
 * @returns The verdict.
 */
export async function checkSoak(services: AppServices, mappingIds: readonly number[], log: SoakLog): Promise<SoakVerdict> {
  const verdict: SoakVerdict = { lostEdits: 0, supersededByUnacknowledged: 0, countMismatches: 0, conflictsWithoutTheirValue: 0, unexpectedConflicts: 0, details: [] };
  const note = (detail: string): void => {
    if (verdict.details.length < 10) {
      verdict.details.push(detail);
    }
  };
  const summaries = new Map((await services.mappings.listMappings()).map((summary) => [summary.id, summary]));
  const byDuty = new Map<string, Ack[]>();
  for (const ack of log.acks) {
    const key = `${ack.mappingId}/${ack.dutyId}`;
    const list = byDuty.get(key) ?? [];
    list.push(ack);
    byDuty.set(key, list);
  }
  for (const mappingId of mappingIds) {
    const opened = await services.mappings.openMapping(mappingId);
    const expected = countByStatus(opened.mapping.entries, topLevelDutyIds(opened.framework));
    const stored = summaries.get(mappingId)?.counts;
    if (JSON.stringify(stored) !== JSON.stringify(expected)) {
      verdict.countMismatches += 1;
      note(`mapping ${mappingId}: stored counts ${JSON.stringify(stored)}, entries give ${JSON.stringify(expected)}`);
    }
    for (const entry of opened.mapping.entries) {
      const acks = byDuty.get(`${mappingId}/${entry.dutyId}`) ?? [];
      const storedVersion = etagVersion(opened.entryEtags[entry.dutyId]);
      for (const ack of acks) {
        if (acks.some((other) => other !== ack && laterThan(other, ack))) {
          continue;
        }
        if (ack.entry.comments === entry.comments && ack.entry.status === entry.status) {
          continue;
        }
        if (storedVersion > ack.version && log.sent.get(`${mappingId}/${entry.dutyId}`)?.has(entry.comments) === true) {
          verdict.supersededByUnacknowledged += 1;
        } else {
          verdict.lostEdits += 1;
          note(`mapping ${mappingId} ${entry.dutyId}: acknowledged "${ack.entry.comments}" (v${ack.version}), stored "${entry.comments}" (v${storedVersion})`);
        }
      }
    }
  }
  for (const conflict of log.conflicts) {
    if (!conflict.shared) {
      verdict.unexpectedConflicts += 1;
      note(`editor ${conflict.editor} got a conflict on its own duty ${conflict.dutyId}`);
      continue;
    }
    const sender = log.sent.get(`${conflict.mappingId}/${conflict.dutyId}`)?.get(conflict.theirs);
    if (sender === undefined || sender === conflict.editor || conflict.theirs === conflict.mine) {
      verdict.conflictsWithoutTheirValue += 1;
      note(`editor ${conflict.editor}'s conflict on ${conflict.dutyId} carried "${conflict.theirs}", not another editor's value`);
    }
  }
  return verdict;
}
