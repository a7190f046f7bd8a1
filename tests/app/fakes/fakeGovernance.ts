import type { GovernanceRecord, GovernanceService, HistoryEntry, MappingGovernance } from '../../../src/services/governance';

/** What the fake governance reads from the fake "server". */
export interface FakeGovernanceSource {
  /** Sign-off state per mapping, records newest first. */
  governanceState: Map<number, MappingGovernance>;
  canSignOffValue: boolean;
  /** The display name of the person signing off. */
  userName(): string;
  call<T>(method: 'readGovernance' | 'setReady' | 'signOff' | 'reopen' | 'dutyHistory' | 'mappingHistory', run: () => T): Promise<T>;
}

const DRAFT: MappingGovernance = { state: 'draft', records: [] };

/** In-memory sign-off: a mapping is a draft until marked ready; signing off and reopening each leave a record. */
export function fakeGovernance(source: FakeGovernanceSource): GovernanceService {
  const current = (mappingId: number): MappingGovernance => source.governanceState.get(mappingId) ?? DRAFT;
  return {
    read: async (mappingId) => source.call('readGovernance', () => current(mappingId)),
    canSignOff: async () => source.canSignOffValue,
    setReady: async (mappingId, ready) =>
      source.call('setReady', () => {
        source.governanceState.set(mappingId, { ...current(mappingId), state: ready ? 'ready' : 'draft' });
      }),
    signOff: async (input) =>
      source.call('signOff', () => {
        const record: GovernanceRecord = { kind: 'signedOff', by: source.userName(), at: new Date().toISOString(), note: input.note, fileUrl: `/records/${input.mappingId}.json` };
        source.governanceState.set(input.mappingId, { state: 'signedOff', signedOff: record, records: [record, ...current(input.mappingId).records] });
        return record;
      }),
    reopen: async (mappingId, reason) =>
      source.call('reopen', () => {
        const record: GovernanceRecord = { kind: 'reopened', by: source.userName(), at: new Date().toISOString(), note: reason, fileUrl: `/records/${mappingId}-reopened.json` };
        source.governanceState.set(mappingId, { state: 'draft', reopened: record, records: [record, ...current(mappingId).records] });
        return record;
      }),
    dutyHistory: async () => source.call('dutyHistory', (): HistoryEntry[] => []),
    mappingHistory: async () => source.call('mappingHistory', (): HistoryEntry[] => [])
  };
}
