import { DEFAULT_FRAMEWORK, areaRollup, countByStatus, coverage, emptyEntry, mappingRollup } from '../../src/model';
import type { MappingEntry } from '../../src/model';

function entry(dutyId: string, fields: Partial<MappingEntry>): MappingEntry {
  return { ...emptyEntry(dutyId), ...fields };
}

/** A team part-way through: area 1 mapped, one duty of area 2, area 3 not offered, area 4 untouched. */
const entries: MappingEntry[] = [
  entry('clean-safe-1', { foundIn: 'jd', reference: 'JD 4.2', status: 'inPlace' }),
  entry('clean-safe-2', { foundIn: 'jdAndPs', reference: 'JD 4.3; PS E2', status: 'inPlace' }),
  entry('clean-safe-3', {
    foundIn: 'ps',
    reference: 'PS D1',
    comments: 'Spill kits covered at induction only.',
    status: 'partlyInPlace',
    action: { what: 'Add spill management to the JD', owner: 'Band 6 lead', dueDate: '2025-09-30' }
  }),
  entry('clean-safe-4', {
    foundIn: 'neither',
    status: 'gap',
    action: { what: 'Train two APs on daily QA checks', owner: 'QA radiographer', dueDate: '2025-12-01' }
  }),
  entry('clean-safe-5', { foundIn: 'neither', comments: 'QA programme run by medical physics.', status: 'notApplicable' }),
  entry('clean-safe-6', { foundIn: 'neither', status: 'gap' }),
  entry('manage-data-1', { foundIn: 'jd', status: 'inPlace' }),
  ...['communicate-1', 'communicate-2', 'communicate-3', 'communicate-4'].map((id) => entry(id, { status: 'notApplicable' })),
  // Left over from an older framework version, and a nested item: neither is counted.
  entry('retired-duty', { status: 'gap' }),
  entry('perform-exams-4-1', { status: 'inPlace', foundIn: 'jd' })
];

describe('countByStatus', () => {
  it('counts duties without an entry as not yet reviewed, so the counts add up to the duties', () => {
    expect(countByStatus(entries, ['clean-safe-1', 'clean-safe-6', 'clean-safe-7'])).toEqual({
      notReviewed: 1,
      inPlace: 1,
      partlyInPlace: 0,
      gap: 1,
      notApplicable: 0
    });
  });

  it('ignores entries for duties it was not asked about', () => {
    const counts = countByStatus(entries, ['clean-safe-1']);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(1);
  });
});

describe('coverage', () => {
  it('is the share of applicable duties found in the JD, the PS or both', () => {
    const area1 = DEFAULT_FRAMEWORK.areas[0].duties.map((d) => d.id);
    // 7 duties, 1 not applicable: 3 of the other 6 are documented.
    expect(coverage(entries, area1)).toBe(0.5);
  });

  it('is 0 when no duty applies, and when there are no duties', () => {
    expect(coverage(entries, ['communicate-1', 'communicate-2'])).toBe(0);
    expect(coverage(entries, [])).toBe(0);
  });

  it('counts a duty not yet reviewed as applicable but not covered', () => {
    expect(coverage([], ['clean-safe-1', 'clean-safe-2'])).toBe(0);
    expect(coverage([entry('clean-safe-1', { foundIn: 'ps' })], ['clean-safe-1', 'clean-safe-2'])).toBe(0.5);
  });
});

describe('areaRollup', () => {
  it('sums up area 1 with its gaps and actions in framework order', () => {
    const rollup = areaRollup(DEFAULT_FRAMEWORK.areas[0], entries);
    expect(rollup.areaId).toBe('clean-safe');
    expect(rollup.dutyCount).toBe(7);
    expect(rollup.counts).toEqual({ notReviewed: 1, inPlace: 2, partlyInPlace: 1, gap: 2, notApplicable: 1 });
    expect(rollup.coverage).toBe(0.5);
    expect(rollup.gaps).toEqual([
      {
        dutyId: 'clean-safe-3',
        areaId: 'clean-safe',
        dutyText: 'Ensuring hygiene procedures are followed, including managing blood and body fluid spills',
        status: 'partlyInPlace',
        action: { what: 'Add spill management to the JD', owner: 'Band 6 lead', dueDate: '2025-09-30' }
      },
      expect.objectContaining({ dutyId: 'clean-safe-4', status: 'gap', action: expect.objectContaining({ owner: 'QA radiographer' }) }),
      {
        dutyId: 'clean-safe-6',
        areaId: 'clean-safe',
        dutyText:
          'Cleaning and moving ultrasound and mobile x-ray machines from place to place to facilitate service efficiency and effectiveness',
        status: 'gap'
      }
    ]);
  });

  it('counts only top-level duties: nested modality items are part of their parent', () => {
    const rollup = areaRollup(DEFAULT_FRAMEWORK.areas[3], entries);
    expect(rollup.dutyCount).toBe(8);
    expect(rollup.counts.notReviewed).toBe(8);
    expect(rollup.counts.inPlace).toBe(0);
  });
});

describe('mappingRollup', () => {
  const rollup = mappingRollup(DEFAULT_FRAMEWORK, entries);

  it('totals every top-level duty of the framework', () => {
    expect(rollup.dutyCount).toBe(24);
    expect(rollup.counts).toEqual({ notReviewed: 13, inPlace: 3, partlyInPlace: 1, gap: 2, notApplicable: 5 });
  });

  it('works out coverage over the whole mapping, not as an average of areas', () => {
    // 24 duties, 5 not applicable, 4 documented.
    expect(rollup.coverage).toBeCloseTo(4 / 19, 10);
  });

  it('gives each area its own totals, in framework order', () => {
    expect(rollup.areas.map((a) => [a.areaId, a.dutyCount, a.coverage])).toEqual([
      ['clean-safe', 7, 0.5],
      ['manage-data', 5, 0.2],
      ['communicate', 4, 0],
      ['perform-exams', 8, 0]
    ]);
    expect(rollup.areas[2].counts.notApplicable).toBe(4);
  });

  it('lists the duties needing action across areas, ignoring entries the framework no longer has', () => {
    expect(rollup.gaps.map((g) => g.dutyId)).toEqual(['clean-safe-3', 'clean-safe-4', 'clean-safe-6']);
  });

  it('does not hand out the entry’s own action object', () => {
    const fresh = mappingRollup(DEFAULT_FRAMEWORK, entries);
    fresh.gaps[0].action!.owner = 'Someone else';
    expect(entries[2].action?.owner).toBe('Band 6 lead');
  });

  it('for a new mapping, has every duty not yet reviewed and nothing covered', () => {
    const blank = mappingRollup(DEFAULT_FRAMEWORK, []);
    expect(blank.counts).toEqual({ notReviewed: 24, inPlace: 0, partlyInPlace: 0, gap: 0, notApplicable: 0 });
    expect(blank.coverage).toBe(0);
    expect(blank.gaps).toEqual([]);
  });
});
