import { DEFAULT_FRAMEWORK, changesSince, createEntries } from '../../src/model';
import type { MappingEntry } from '../../src/model';

function withStatuses(statuses: Record<string, MappingEntry['status']>): MappingEntry[] {
  return createEntries(DEFAULT_FRAMEWORK).map((entry) => (statuses[entry.dutyId] ? { ...entry, status: statuses[entry.dutyId] } : entry));
}

describe('change since the previous mapping', () => {
  it('lists each duty whose status moved, the new gaps and the closed gaps, in framework order', () => {
    const previous = withStatuses({ 'clean-safe-1': 'gap', 'clean-safe-2': 'inPlace', 'communicate-1': 'gap', 'perform-exams-8': 'partlyInPlace' });
    const current = withStatuses({ 'clean-safe-1': 'inPlace', 'clean-safe-2': 'gap', 'communicate-1': 'gap', 'perform-exams-8': 'partlyInPlace', 'manage-data-1': 'notApplicable' });
    const summary = changesSince(DEFAULT_FRAMEWORK, previous, current);
    expect(summary.changed).toEqual([
      { dutyId: 'clean-safe-1', areaId: 'clean-safe', from: 'gap', to: 'inPlace' },
      { dutyId: 'clean-safe-2', areaId: 'clean-safe', from: 'inPlace', to: 'gap' },
      { dutyId: 'manage-data-1', areaId: 'manage-data', from: 'notReviewed', to: 'notApplicable' }
    ]);
    expect(summary.newGaps.map((c) => c.dutyId)).toEqual(['clean-safe-2']);
    expect(summary.closedGaps.map((c) => c.dutyId)).toEqual(['clean-safe-1']);
  });

  it('treats a duty the previous mapping did not have as not yet reviewed before', () => {
    const previous = createEntries(DEFAULT_FRAMEWORK).filter((entry) => entry.dutyId !== 'communicate-4');
    const current = withStatuses({ 'communicate-4': 'gap' });
    expect(changesSince(DEFAULT_FRAMEWORK, previous, current).newGaps).toEqual([{ dutyId: 'communicate-4', areaId: 'communicate', from: 'notReviewed', to: 'gap' }]);
  });
});
