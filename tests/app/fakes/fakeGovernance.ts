import { localToday, reviewDueDate } from '../../../src/model';
import { AppError } from '../../../src/services/errors';
import type { GovernanceRecord, GovernanceService, MappingGovernance } from '../../../src/services/governance';
import type { FakeVersions } from './fakeHistory';
import type { FakeRecord } from './FakeServices';

/** What the fake governance reads from the fake "server". */
export interface FakeGovernanceSource {
  /** Sign-off state per mapping, records newest first. */
  governanceState: Map<number, MappingGovernance>;
  canSignOffValue: boolean;
  /** The display name of the person signing off. */
  userName(): string;
  /** The site's review period, from the day of sign-off. */
  reviewPeriodMonths: number;
  /** Whether the mapping's stored versions are still these (a sign-off is refused otherwise). */
  sameVersions(mappingId: number, basedOn: { entryEtags: Record<string, string>; headerEtag: string }): boolean;
  /** The version history sign-off state changes add to, and field history reads. */
  versions: FakeVersions;
  record(mappingId: number): FakeRecord;
  /** Moves every version of the mapping on, as sign-off does, so a save prepared before it is a conflict. */
  moveVersionsOn(mappingId: number): void;
  call<T>(method: 'readGovernance' | 'setReady' | 'signOff' | 'reopen' | 'dutyHistory' | 'mappingHistory', run: () => T): Promise<T>;
}

const DRAFT: MappingGovernance = { state: 'draft', records: [] };

/**
 * In-memory sign-off with the real service's rules: a mapping is a draft until
 * marked ready; signing off is refused when already signed off or when the
 * mapping changed since the versions it is based on, and moves the mapping's
 * versions on; reopening is refused unless signed off. Each leaves a record.
 * Field history is the fake "server"'s version history (fakeHistory.ts).
 */
export function fakeGovernance(source: FakeGovernanceSource): GovernanceService {
  const current = (mappingId: number): MappingGovernance => source.governanceState.get(mappingId) ?? DRAFT;
  return {
    read: async (mappingId) => source.call('readGovernance', () => current(mappingId)),
    canSignOff: async () => source.canSignOffValue,
    setReady: async (mappingId, ready) =>
      source.call('setReady', () => {
        source.governanceState.set(mappingId, { ...current(mappingId), state: ready ? 'ready' : 'draft' });
        source.versions.itemWritten(mappingId, source.record(mappingId).mapping.header, ready ? 'ready' : 'draft');
      }),
    signOff: async (input) =>
      source.call('signOff', () => {
        if (current(input.mappingId).state === 'signedOff') {
          throw new AppError('conflict', { reason: 'alreadySignedOff' });
        }
        if (input.basedOn && !source.sameVersions(input.mappingId, input.basedOn)) {
          throw new AppError('conflict', { reason: 'changedSinceOpened' });
        }
        const at = new Date();
        const sequence = current(input.mappingId).records.filter((r) => r.kind === 'signedOff').length + 1;
        const record: GovernanceRecord = {
          kind: 'signedOff',
          by: source.userName(),
          at: at.toISOString(),
          note: input.note,
          reviewDue: reviewDueDate(localToday(at), source.reviewPeriodMonths),
          fileUrl: `/records/${input.mappingId}-${sequence}.json`,
          documentUrl: `/records/${input.mappingId}-${sequence}.docx`,
          integrity: { kind: 'intact' }
        };
        source.moveVersionsOn(input.mappingId);
        source.governanceState.set(input.mappingId, { state: 'signedOff', signedOff: record, records: [record, ...current(input.mappingId).records] });
        return record;
      }),
    reopen: async (mappingId, reason) =>
      source.call('reopen', () => {
        if (current(mappingId).state !== 'signedOff') {
          throw new AppError('conflict', { reason: 'notSignedOff' });
        }
        const record: GovernanceRecord = { kind: 'reopened', by: source.userName(), at: new Date().toISOString(), note: reason, fileUrl: `/records/${mappingId}-reopened.json`, integrity: { kind: 'intact' } };
        source.governanceState.set(mappingId, { state: 'draft', reopened: record, records: [record, ...current(mappingId).records] });
        source.versions.itemWritten(mappingId, source.record(mappingId).mapping.header, 'draft');
        return record;
      }),
    dutyHistory: async (mappingId, dutyId) => source.call('dutyHistory', () => source.versions.dutyHistory(mappingId, dutyId)),
    mappingHistory: async (mappingId) => source.call('mappingHistory', () => source.versions.mappingHistory(mappingId))
  };
}
