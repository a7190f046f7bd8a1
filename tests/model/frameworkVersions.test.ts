import { nearestValidVersion, newestValidVersion } from '../../src/model';

const versions = (valid: Record<number, boolean>): Array<{ version: number; valid: boolean }> =>
  Object.entries(valid).map(([version, ok]) => ({ version: Number(version), valid: ok }));

describe('choosing a readable framework version', () => {
  test('new mappings use the newest valid version, skipping damaged newer ones', () => {
    expect(newestValidVersion(versions({ 1: true, 2: true, 3: false }))).toBe(2);
    expect(newestValidVersion(versions({ 1: false, 2: false }))).toBeUndefined();
    expect(newestValidVersion([])).toBeUndefined();
  });

  test('a mapping opens with the nearest valid version; on a tie, the older one', () => {
    expect(nearestValidVersion(versions({ 1: false, 2: true, 3: true }), 1)).toBe(2);
    expect(nearestValidVersion(versions({ 1: true, 2: false, 3: true }), 2)).toBe(1);
    expect(nearestValidVersion(versions({ 1: true, 2: false, 3: false, 4: true }), 3)).toBe(4);
    expect(nearestValidVersion(versions({ 5: true, 1: true, 2: true }), 4)).toBe(5);
    expect(nearestValidVersion(versions({ 1: false }), 1)).toBeUndefined();
  });
});
