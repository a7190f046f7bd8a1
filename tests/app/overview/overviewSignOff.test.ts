import { frameworkGroups, overviewRows } from '../../../src/app/overview/overviewRows';
import { zeroCounts } from '../../../src/model';
import type { OverviewData, OverviewMapping } from '../../../src/services/overview';

function mapping(id: number, team: string, extra: Partial<OverviewMapping>): OverviewMapping {
  return { id, team, completedBy: [], frameworkId: 'sor', frameworkVersion: 1, dutyCount: 0, counts: zeroCounts(), coverage: 0, figuresAddUp: true, modified: '2026-01-01T00:00:00Z', ...extra };
}

test('a signed-off mapping is due for review on the date set at sign-off; others a review period after completion', () => {
  const data: OverviewData = {
    mappings: [
      mapping(1, 'CT', { dateCompleted: '2025-01-10', signedOffReviewDue: '2027-03-01' }),
      mapping(2, 'MRI', { dateCompleted: '2025-01-10' }),
      mapping(3, 'Ultrasound', { signedOffReviewDue: '2026-02-01' })
    ],
    frameworks: [{ id: 'sor', version: 1, title: 'SoR', areas: [] }],
    reviewPeriodMonths: 12
  };
  const { groups, groupOf } = frameworkGroups(data.frameworks);
  const rows = overviewRows(data, groups[0], groupOf, { includeEarlier: false, today: '2026-06-01' });
  const byTeam = Object.fromEntries(rows.map((row) => [row.mapping.team, { due: row.reviewDue, overdue: row.reviewOverdue }]));
  expect(byTeam).toEqual({
    CT: { due: '2027-03-01', overdue: false },
    MRI: { due: '2026-01-10', overdue: true },
    Ultrasound: { due: '2026-02-01', overdue: true }
  });
});
