import { DEFAULT_FRAMEWORK, addDuty, compareFrameworks, hasChanges, moveDuty, removeDuty, rewordDuty, updateArea } from '../../src/model';
import type { Framework } from '../../src/model';

const base = (): Framework => JSON.parse(JSON.stringify(DEFAULT_FRAMEWORK)) as Framework;

describe('comparing two versions of a framework', () => {
  test('the same framework has no changes', () => {
    expect(hasChanges(compareFrameworks(base(), base()))).toBe(false);
  });

  test('an added duty, a reworded one and a removed one are told apart by id', () => {
    const before = base();
    const added = addDuty(before, 0);
    const addedId = added.framework.areas[0].duties[added.path.duties[0]].id;
    let after = rewordDuty(added.framework, added.path, 'Check the resuscitation trolley daily');
    after = rewordDuty(after, { area: 1, duties: [0] }, 'Reworded second-area duty');
    const removedId = after.areas[2].duties[0].id;
    after = removeDuty(after, { area: 2, duties: [0] });
    const diff = compareFrameworks(before, after);
    expect(diff.dutiesAdded).toEqual([{ id: addedId, text: 'Check the resuscitation trolley daily', areaTitle: before.areas[0].title }]);
    expect(diff.dutiesReworded).toEqual([{ id: before.areas[1].duties[0].id, areaTitle: before.areas[1].title, before: before.areas[1].duties[0].text, after: 'Reworded second-area duty' }]);
    expect(diff.dutiesRemoved.map((d) => d.id)).toEqual([removedId]);
    // Removing the first duty does not make the others look moved.
    expect(diff.dutiesMoved).toEqual([]);
  });

  test('moving one duty down flags that duty alone, with where it was and is', () => {
    const before = base();
    const after = moveDuty(before, { area: 0, duties: [0] }, 1).framework;
    const diff = compareFrameworks(before, after);
    expect(diff.dutiesMoved).toHaveLength(1);
    expect([before.areas[0].duties[0].id, before.areas[0].duties[1].id]).toContain(diff.dutiesMoved[0].id);
    expect(diff.dutiesReworded).toEqual([]);
  });

  test('a duty moved to another area is reported with both areas', () => {
    const before = base();
    const after = base();
    const [moved] = after.areas[0].duties.splice(1, 1);
    after.areas[3].duties.push(moved);
    const diff = compareFrameworks(before, after);
    expect(diff.dutiesMoved).toEqual([{ id: moved.id, text: moved.text, from: before.areas[0].title, to: before.areas[3].title }]);
  });

  test('area titles and QSI references are compared by id and code', () => {
    const before = base();
    let after = updateArea(before, 0, { title: 'Keep the environment clean and safe' });
    after = updateArea(after, 1, {
      qsiStandards: [...before.areas[1].qsiStandards.map((q, i) => (i === 0 ? { ...q, title: 'Renamed standard' } : q)), { code: 'XR-999', title: 'Local standard' }]
    });
    const diff = compareFrameworks(before, after);
    expect(diff.areasRenamed).toEqual([{ id: before.areas[0].id, before: before.areas[0].title, after: 'Keep the environment clean and safe' }]);
    expect(diff.qsiChanges).toEqual([
      {
        areaTitle: before.areas[1].title,
        added: [{ code: 'XR-999', title: 'Local standard' }],
        removed: [],
        retitled: [{ code: before.areas[1].qsiStandards[0].code, before: before.areas[1].qsiStandards[0].title, after: 'Renamed standard' }]
      }
    ]);
  });

  test('framework fields, added and removed areas', () => {
    const before = base();
    const after = { ...base(), role: 'Assistant practitioner', areas: [...base().areas.slice(1), { id: 'new-area', title: 'New', qsiStandards: [], duties: [{ id: 'n1', text: 'x' }] }] };
    const diff = compareFrameworks(before, after);
    expect(diff.fieldsChanged).toEqual(['role']);
    expect(diff.areasAdded).toEqual([{ id: 'new-area', title: 'New' }]);
    expect(diff.areasRemoved).toEqual([{ id: before.areas[0].id, title: before.areas[0].title }]);
  });
});
