import { isContributor, previousMappingsOf, searchMappings, sortNewestFirst } from '../../../src/app/chooser/mappingList';
import type { MappingSummary } from '../../../src/services/types';

function summary(id: number, team: string, dateCompleted: string | undefined, modified: string, completedBy: string[] = []): MappingSummary {
  return {
    id,
    team,
    dateCompleted,
    completedBy,
    counts: { notReviewed: 0, inPlace: 0, partlyInPlace: 0, gap: 0, notApplicable: 0 },
    coverage: 0,
    frameworkId: 'sor-ap-band4',
    frameworkVersion: 1,
    modified,
    contributors: id === 2 ? ['i:0#.f|membership|Jo@nhs.example'] : []
  };
}

const mappings = [
  summary(1, 'CT', '2024-01-10', '2024-01-10T10:00:00Z', ['Priya Shah']),
  summary(2, 'MRI', undefined, '2025-02-01T10:00:00Z', ['Jo Bloggs']),
  summary(3, 'mri ', '2024-06-01', '2024-06-01T10:00:00Z')
];

describe('mapping list', () => {
  it('sorts newest first, an unfinished mapping by its last change', () => {
    expect(sortNewestFirst(mappings).map((m) => m.id)).toEqual([2, 3, 1]);
  });

  it('searches team and people, every word', () => {
    expect(searchMappings(mappings, 'jo').map((m) => m.id)).toEqual([2]);
    expect(searchMappings(mappings, 'ct priya').map((m) => m.id)).toEqual([1]);
    expect(searchMappings(mappings, '  ')).toHaveLength(3);
  });

  it("finds a team's previous mappings ignoring case and spaces, and my own mappings", () => {
    expect(previousMappingsOf(mappings, ' MRI').map((m) => m.id)).toEqual([2, 3]);
    expect(previousMappingsOf(mappings, '')).toEqual([]);
    expect(isContributor(mappings[1], 'i:0#.f|membership|jo@nhs.example')).toBe(true);
  });
});
