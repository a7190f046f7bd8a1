import { DEFAULT_FRAMEWORK, copyEntriesForReview, createEntries, emptyEntry, topLevelDutyIds } from '../../src/model';
import type { Framework, MappingEntry } from '../../src/model';

describe('createEntries', () => {
  it('gives a new mapping one blank entry per top-level duty, in framework order', () => {
    const entries = createEntries(DEFAULT_FRAMEWORK);
    expect(entries.map((e) => e.dutyId)).toEqual(topLevelDutyIds(DEFAULT_FRAMEWORK));
    expect(entries).toHaveLength(24);
    expect(entries.every((e) => e.status === 'notReviewed' && e.foundIn === 'notMapped' && e.comments === '')).toBe(true);
  });
});

describe('copyEntriesForReview', () => {
  const lastYear: MappingEntry[] = [
    {
      dutyId: 'clean-safe-4',
      foundIn: 'neither',
      reference: '',
      comments: 'QA done by radiographers.',
      status: 'gap',
      action: { what: 'Train APs on daily QA', owner: 'QA lead', dueDate: '2025-06-30' }
    },
    { dutyId: 'communicate-3', foundIn: 'jd', reference: 'JD 2.1', comments: '', status: 'inPlace' },
    { dutyId: 'retired-duty', foundIn: 'jd', reference: 'JD 9', comments: 'Gone from the framework.', status: 'inPlace' }
  ];

  /** This year's framework: one duty removed, one added. */
  function revised(): Framework {
    const framework = JSON.parse(JSON.stringify(DEFAULT_FRAMEWORK)) as Framework;
    framework.version = 2;
    framework.areas[2].duties = framework.areas[2].duties.filter((d) => d.id !== 'communicate-4');
    framework.areas[2].duties.push({ id: 'communicate-5', text: 'Supporting students on placement' });
    return framework;
  }

  it('carries last year’s answers over for duties still in the framework', () => {
    const entries = copyEntriesForReview(lastYear, revised());
    expect(entries.find((e) => e.dutyId === 'clean-safe-4')).toEqual(lastYear[0]);
    expect(entries.find((e) => e.dutyId === 'communicate-3')).toEqual(lastYear[1]);
  });

  it('starts new duties blank and leaves behind duties the framework dropped', () => {
    const framework = revised();
    const entries = copyEntriesForReview(lastYear, framework);
    expect(entries.map((e) => e.dutyId)).toEqual(topLevelDutyIds(framework));
    expect(entries.find((e) => e.dutyId === 'communicate-5')).toEqual(emptyEntry('communicate-5'));
    expect(entries.some((e) => e.dutyId === 'retired-duty' || e.dutyId === 'communicate-4')).toBe(false);
  });

  it('leaves last year’s mapping untouched when the copy is edited', () => {
    const entries = copyEntriesForReview(lastYear, DEFAULT_FRAMEWORK);
    const copied = entries.find((e) => e.dutyId === 'clean-safe-4') as MappingEntry;
    copied.status = 'inPlace';
    if (copied.action) {
      copied.action.owner = 'Someone new';
    }
    expect(lastYear[0].status).toBe('gap');
    expect(lastYear[0].action?.owner).toBe('QA lead');
  });
});
