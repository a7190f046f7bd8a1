import { PAGE_ROWS, moveFor, startsEditing } from '../../../../src/app/mapping/table/gridKeys';
import { nextNotReviewed } from '../../../../src/app/mapping/areas/nextNotReviewed';
import { emptyEntry } from '../../../../src/model';
import type { MappingEntry } from '../../../../src/model';

const SHAPE = { rows: 8, cols: 5 };

describe('grid keys', () => {
  it('moves one cell with the arrow keys and stops at the edges', () => {
    expect(moveFor({ row: 2, col: 2 }, 'ArrowRight', false, SHAPE)).toEqual({ row: 2, col: 3 });
    expect(moveFor({ row: 2, col: 4 }, 'ArrowRight', false, SHAPE)).toEqual({ row: 2, col: 4 });
    expect(moveFor({ row: 2, col: 2 }, 'ArrowLeft', false, SHAPE)).toEqual({ row: 2, col: 1 });
    expect(moveFor({ row: 0, col: 2 }, 'ArrowUp', false, SHAPE)).toEqual({ row: 0, col: 2 });
    expect(moveFor({ row: 7, col: 2 }, 'ArrowDown', false, SHAPE)).toEqual({ row: 7, col: 2 });
  });

  it('goes to the row’s ends with Home and End, and the grid’s with Ctrl', () => {
    expect(moveFor({ row: 3, col: 2 }, 'Home', false, SHAPE)).toEqual({ row: 3, col: 0 });
    expect(moveFor({ row: 3, col: 2 }, 'End', false, SHAPE)).toEqual({ row: 3, col: 4 });
    expect(moveFor({ row: 3, col: 2 }, 'Home', true, SHAPE)).toEqual({ row: 0, col: 0 });
    expect(moveFor({ row: 3, col: 2 }, 'End', true, SHAPE)).toEqual({ row: 7, col: 4 });
  });

  it('pages by a few rows, and keeps the area cell (which spans every row) where it is', () => {
    expect(moveFor({ row: 1, col: 3 }, 'PageDown', false, SHAPE)).toEqual({ row: Math.min(1 + PAGE_ROWS, 7), col: 3 });
    expect(moveFor({ row: 1, col: 3 }, 'PageUp', false, SHAPE)).toEqual({ row: 0, col: 3 });
    expect(moveFor({ row: 4, col: 0 }, 'ArrowDown', false, SHAPE)).toEqual({ row: 4, col: 0 });
    expect(moveFor({ row: 4, col: 0 }, 'ArrowRight', false, SHAPE)).toEqual({ row: 4, col: 1 });
  });

  it('leaves every other key to the browser, and edits with Enter or F2', () => {
    expect(moveFor({ row: 1, col: 1 }, 'a', false, SHAPE)).toBeUndefined();
    expect(moveFor({ row: 1, col: 1 }, 'Tab', false, SHAPE)).toBeUndefined();
    expect(startsEditing('Enter')).toBe(true);
    expect(startsEditing('F2')).toBe(true);
    expect(startsEditing(' ')).toBe(false);
  });
});

describe('next not yet reviewed', () => {
  const order = ['a', 'b', 'c', 'd'];
  const entries = (statuses: Record<string, MappingEntry['status']>): Record<string, MappingEntry> =>
    Object.fromEntries(order.map((id) => [id, { ...emptyEntry(id), status: statuses[id] ?? 'notReviewed' }]));

  it('finds the first one after the duty the team is on, going round to the start', () => {
    const some = entries({ a: 'inPlace', b: 'notReviewed', c: 'gap', d: 'notReviewed' });
    expect(nextNotReviewed(order, some)).toBe('b');
    expect(nextNotReviewed(order, some, 'b')).toBe('d');
    expect(nextNotReviewed(order, some, 'd')).toBe('b');
  });

  it('finds none when every duty shown has been reviewed', () => {
    expect(nextNotReviewed(order, entries({ a: 'inPlace', b: 'gap', c: 'notApplicable', d: 'partlyInPlace' }), 'c')).toBeUndefined();
    expect(nextNotReviewed([], {})).toBeUndefined();
  });
});
