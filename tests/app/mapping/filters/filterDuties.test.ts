import { filterDuties, isFiltering, NO_FILTER } from '../../../../src/app/mapping/filters/filterDuties';
import { DEFAULT_FRAMEWORK, emptyEntry } from '../../../../src/model';
import type { MappingEntry } from '../../../../src/model';

const entries: Record<string, MappingEntry> = {
  'clean-safe-1': { ...emptyEntry('clean-safe-1'), status: 'gap', comments: 'Radiation safety training' },
  'perform-exams-4': { ...emptyEntry('perform-exams-4'), status: 'inPlace', reference: 'PS 3' }
};

describe('filterDuties', () => {
  it('shows everything without a filter', () => {
    const result = filterDuties(DEFAULT_FRAMEWORK, entries, NO_FILTER);
    expect(result).toMatchObject({ shown: 24, total: 24 });
    expect(isFiltering(NO_FILTER)).toBe(false);
  });

  it('counts a duty without an entry as not yet reviewed', () => {
    const result = filterDuties(DEFAULT_FRAMEWORK, entries, { statuses: ['notReviewed'], text: '' });
    expect(result.shown).toBe(22);
  });

  it('matches sub-item text, references and comments, within an area', () => {
    expect(filterDuties(DEFAULT_FRAMEWORK, entries, { statuses: [], text: 'dexa' }).byArea['perform-exams'].map((d) => d.id)).toEqual(['perform-exams-4']);
    expect(filterDuties(DEFAULT_FRAMEWORK, entries, { statuses: [], text: 'ps 3' }).shown).toBe(1);
    const scoped = filterDuties(DEFAULT_FRAMEWORK, entries, { statuses: ['gap'], areaId: 'communicate', text: '' });
    expect(scoped.shown).toBe(0);
    expect(filterDuties(DEFAULT_FRAMEWORK, entries, { statuses: ['gap'], text: 'training' }).byArea['clean-safe'].map((d) => d.id)).toEqual([
      'clean-safe-1'
    ]);
  });
});
