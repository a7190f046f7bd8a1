import {
  DEFAULT_FRAMEWORK,
  addArea,
  addDuty,
  blankFramework,
  copyFramework,
  dutyAt,
  frameworkIdFrom,
  moveArea,
  moveDuty,
  newItemId,
  parseFrameworkDefinition,
  planMove,
  removeDuty,
  rewordDuty
} from '../../src/model';
import type { Framework, MappingEntry } from '../../src/model';

const base = (): Framework => JSON.parse(JSON.stringify(DEFAULT_FRAMEWORK)) as Framework;

describe('editing a framework draft', () => {
  test('new duties get ids nothing else has, and rewording keeps the id', () => {
    const { framework, path } = addDuty(base(), 2);
    const added = dutyAt(framework, path);
    expect(added).toEqual({ id: `${DEFAULT_FRAMEWORK.areas[2].id}-local-1`, text: '' });
    const second = addDuty(framework, 2);
    expect(dutyAt(second.framework, second.path)?.id).toBe(`${DEFAULT_FRAMEWORK.areas[2].id}-local-2`);
    const reworded = rewordDuty(second.framework, { area: 0, duties: [0] }, 'New wording');
    expect(reworded.areas[0].duties[0]).toEqual({ ...DEFAULT_FRAMEWORK.areas[0].duties[0], text: 'New wording' });
    expect(DEFAULT_FRAMEWORK.areas[0].duties[0].text).not.toBe('New wording');
  });

  test('sub-items nest up to three levels and no deeper', () => {
    let draft = base();
    const first = addDuty(draft, 0);
    draft = first.framework;
    const child = addDuty(draft, 0, first.path);
    const grandchild = addDuty(child.framework, 0, child.path);
    expect(grandchild.path.duties).toHaveLength(3);
    expect(() => addDuty(grandchild.framework, 0, grandchild.path)).toThrow(/three levels/);
  });

  test('moving up and down stays among siblings and stops at the ends', () => {
    const draft = base();
    const down = moveDuty(draft, { area: 0, duties: [0] }, 1);
    expect(down.path).toEqual({ area: 0, duties: [1] });
    expect(down.framework.areas[0].duties[1].id).toBe(draft.areas[0].duties[0].id);
    expect(moveDuty(draft, { area: 0, duties: [0] }, -1).framework).toBe(draft);
    expect(moveArea(draft, 0, 1).areas[1].id).toBe(draft.areas[0].id);
  });

  test('removing the last sub-item leaves a plain duty; a new area validates once filled in', () => {
    const withChild = addDuty(base(), 0, { area: 0, duties: [0] });
    const removed = removeDuty(withChild.framework, withChild.path);
    expect(removed.areas[0].duties[0].children).toBeUndefined();
    const withArea = addArea(base());
    const invalid = parseFrameworkDefinition(withArea);
    expect(invalid.ok).toBe(false);
    const last = withArea.areas.length - 1;
    withArea.areas[last].title = 'Local area';
    withArea.areas[last].duties[0].text = 'Local duty';
    expect(parseFrameworkDefinition(withArea).ok).toBe(true);
  });

  test('copies and blank frameworks, with ids made from titles', () => {
    const copy = copyFramework(base(), 'senior-csw', 'Senior clinical support worker');
    expect(copy).toMatchObject({ id: 'senior-csw', version: 1, title: 'Senior clinical support worker' });
    expect(copy.areas).toEqual(DEFAULT_FRAMEWORK.areas);
    expect(parseFrameworkDefinition(blankFramework('x', 'X')).ok).toBe(false);
    expect(frameworkIdFrom('Senior clinical support worker (Band 3)', [])).toBe('senior-clinical-support-worker-band-3');
    expect(frameworkIdFrom('Mammography associate', ['MAMMOGRAPHY-ASSOCIATE'])).toBe('mammography-associate-2');
    expect(newItemId(base(), '***')).toBe('item-local-1');
  });
});

describe('planning a move to a newer version', () => {
  test('new duties arrive unreviewed, removed duties’ entries are listed and kept, reworded ones keep their entries', () => {
    const from = base();
    let to = addDuty(from, 0).framework;
    to = rewordDuty(to, { area: 1, duties: [0] }, 'Reworded');
    const gone = from.areas[2].duties[0].id;
    to = removeDuty(to, { area: 2, duties: [0] });
    const entries: MappingEntry[] = from.areas.flatMap((a) => a.duties).map((d) => ({ dutyId: d.id, foundIn: 'jd', reference: '1.1', comments: '', status: 'inPlace' }));
    const plan = planMove(entries, from, to);
    expect(plan.newDuties.map((d) => d.id)).toEqual([`${from.areas[0].id}-local-1`]);
    expect(plan.removedEntries.map((r) => [r.entry.dutyId, r.text])).toEqual([[gone, from.areas[2].duties[0].text]]);
    expect(plan.reworded.map((r) => [r.id, r.after])).toEqual([[from.areas[1].duties[0].id, 'Reworded']]);
    expect(plan.keptCount).toBe(entries.length - 1);
  });
});
