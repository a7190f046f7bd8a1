import { DEFAULT_FRAMEWORK, areaBreakdown, createEntries, figuresAddUp, overdueCount, reviewDueDate, reviewPeriodFrom, zeroCounts } from '../../src/model';

describe('per-area figures', () => {
  it('count each area over its own duties and list the due dates of duties needing action', () => {
    const entries = createEntries(DEFAULT_FRAMEWORK);
    const [firstArea, secondArea] = DEFAULT_FRAMEWORK.areas;
    const gapDuty = firstArea.duties[0].id;
    const partlyDuty = secondArea.duties[0].id;
    const edited = entries.map((entry) => {
      if (entry.dutyId === gapDuty) {
        return { ...entry, status: 'gap' as const, action: { what: 'Train', owner: 'Sam', dueDate: '2026-02-01' } };
      }
      if (entry.dutyId === partlyDuty) {
        // A malformed date is not a due date.
        return { ...entry, status: 'partlyInPlace' as const, foundIn: 'jd' as const, action: { what: 'Review', owner: '', dueDate: '1/2/2026' } };
      }
      return entry;
    });
    const breakdown = areaBreakdown(DEFAULT_FRAMEWORK, edited);
    expect(breakdown.areas.map((area) => area.areaId)).toEqual(DEFAULT_FRAMEWORK.areas.map((area) => area.id));
    expect(breakdown.areas[0].counts.gap).toBe(1);
    expect(breakdown.areas[0].dutyCount).toBe(firstArea.duties.length);
    expect(breakdown.areas[1].counts.partlyInPlace).toBe(1);
    expect(breakdown.areas[1].coverage).toBeCloseTo(1 / secondArea.duties.length);
    expect(breakdown.actions).toEqual({ open: 2, dueDates: ['2026-02-01'] });
  });

  it('refuse figures that cannot be true', () => {
    const counts = { ...zeroCounts(), inPlace: 3, gap: 1 };
    expect(figuresAddUp(counts, 4, 0.75)).toBe(true);
    expect(figuresAddUp({ ...counts, notReviewed: -5, inPlace: 8 }, 4, 0.75)).toBe(false);
    expect(figuresAddUp({ ...counts, inPlace: 1000000000 }, 4, 0.75)).toBe(false);
    expect(figuresAddUp(counts, 4, 12.5)).toBe(false);
    expect(figuresAddUp(counts, 4, -0.1)).toBe(false);
    expect(figuresAddUp({ ...counts, inPlace: 2.5, gap: 1.5 }, 4, 0.5)).toBe(false);
  });

  it('count actions due before today as overdue, not those due today', () => {
    expect(overdueCount(['2026-01-01', '2026-03-01', '2026-03-02'], '2026-03-01')).toBe(1);
  });
});

describe('review dates', () => {
  it('fall the set number of months after the date completed, on the month’s last day when shorter', () => {
    expect(reviewDueDate('2025-03-31', 12)).toBe('2026-03-31');
    expect(reviewDueDate('2025-01-31', 1)).toBe('2025-02-28');
    expect(reviewDueDate('2023-02-28', 12)).toBe('2024-02-28');
    expect(reviewDueDate('2025-13-01', 12)).toBeUndefined();
    expect(reviewDueDate('31/03/2025', 12)).toBeUndefined();
  });

  it('use the site’s period when it is a sensible whole number of months, else 12', () => {
    expect(reviewPeriodFrom('24')).toBe(24);
    expect(reviewPeriodFrom(6)).toBe(6);
    for (const bad of ['', 'twelve', '0', '-3', '1.5', '999', undefined, null]) {
      expect(reviewPeriodFrom(bad)).toBe(12);
    }
  });
});
