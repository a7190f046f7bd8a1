import { DEMO_WRITTEN_FOR, demoDate, monthsSinceWritten, shiftMonths } from '../../local/seed/demoDates';

describe('the demo’s dates move with the day it is seeded', () => {
  it('are as written on the day they were written for', () => {
    expect(monthsSinceWritten(DEMO_WRITTEN_FOR)).toBe(0);
    expect(demoDate('2027-03-31', DEMO_WRITTEN_FOR)).toBe('2027-03-31');
  });

  it('move by whole months, keeping month ends at month ends', () => {
    expect(shiftMonths('2027-03-31', 1)).toBe('2027-04-30');
    expect(shiftMonths('2027-02-28', 12)).toBe('2028-02-29');
    expect(shiftMonths('2026-01-30', 1)).toBe('2026-02-28');
    expect(shiftMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(shiftMonths('2026-01-15', -2)).toBe('2025-11-15');
  });

  it('seeded a year and a half later, an action due a month after writing is due a month after seeding', () => {
    const seeded = '2028-06-10';
    expect(monthsSinceWritten(seeded)).toBe(18);
    expect(demoDate('2027-01-15', seeded)).toBe('2028-07-15');
  });
});
