import { DEFAULT_FRAMEWORK, dutyIndex, findDuty, flattenDuties, topLevelDutyIds } from '../../src/model';

describe('duties of a framework', () => {
  it('maps the top-level duties of every area, in order', () => {
    const ids = topLevelDutyIds(DEFAULT_FRAMEWORK);
    expect(ids).toHaveLength(24);
    expect(ids.slice(0, 2)).toEqual(['clean-safe-1', 'clean-safe-2']);
    expect(ids[ids.length - 1]).toBe('perform-exams-8');
    expect(ids).not.toContain('perform-exams-4-1');
  });

  it('flattens nested items after their parent, with depth and top-level duty', () => {
    const flat = flattenDuties(DEFAULT_FRAMEWORK);
    expect(flat).toHaveLength(38);
    const index = flat.findIndex((d) => d.duty.id === 'perform-exams-7');
    expect(flat.slice(index, index + 5).map((d) => [d.duty.id, d.depth, d.parentId])).toEqual([
      ['perform-exams-7', 1, undefined],
      ['perform-exams-7-1', 2, 'perform-exams-7'],
      ['perform-exams-7-1-1', 3, 'perform-exams-7-1'],
      ['perform-exams-7-1-2', 3, 'perform-exams-7-1'],
      ['perform-exams-7-1-3', 3, 'perform-exams-7-1']
    ]);
  });

  it('flattens one area on its own', () => {
    expect(flattenDuties(DEFAULT_FRAMEWORK.areas[1]).map((d) => d.areaId)).toEqual(Array(5).fill('manage-data'));
  });

  it('finds a nested duty with its area and the duty it is mapped under', () => {
    const found = findDuty(DEFAULT_FRAMEWORK, 'perform-exams-7-1-2');
    expect(found?.duty.text).toBe('image-guided manipulation of extremities in theatre');
    expect(found?.areaId).toBe('perform-exams');
    expect(found?.topLevelId).toBe('perform-exams-7');
    expect(findDuty(DEFAULT_FRAMEWORK, 'no-such-duty')).toBeUndefined();
    expect(dutyIndex(DEFAULT_FRAMEWORK).get('communicate-3')?.duty.text).toBe('Answering or referring queries');
  });
});
