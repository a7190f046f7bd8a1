/** @jest-environment node */
import { seedDemoSite } from '../../local/seed/seedDemo';
import { CT_TEAM, GENERAL_XRAY_ANSWERS, GENERAL_XRAY_TEAM } from '../../local/seed/demoContent';
import { DEFAULT_FRAMEWORK, topLevelDutyIds } from '../../src/model';
import { VISITOR, siteForThisFile } from './helpers';

const site = siteForThisFile();

test('the demo site is set up with two teams’ mappings, through the data layer', async () => {
  await seedDemoSite(site.server.siteUrl);
  const visitor = site.services(VISITOR);
  await expect(visitor.setup.checkSite()).resolves.toEqual({ state: 'ready' });
  const summaries = await visitor.mappings.listMappings();
  expect(summaries.map((s) => s.team).sort()).toEqual([CT_TEAM, GENERAL_XRAY_TEAM].sort());

  const xray = summaries.find((s) => s.team === GENERAL_XRAY_TEAM);
  expect(xray?.completedBy).toHaveLength(3);
  const opened = await visitor.mappings.openMapping(xray?.id ?? 0);
  expect(opened.mapping.header.completedBy.people.map((p) => p.displayName)).toEqual(['Marcus Mensah', 'Priya Patel']);
  expect(opened.mapping.header.completedBy.otherNames).toHaveLength(1);
  const answered = opened.mapping.entries.filter((e) => e.status !== 'notReviewed');
  // About half the duties are answered, and the gaps carry actions.
  expect(answered.length).toBe(Object.keys(GENERAL_XRAY_ANSWERS).length);
  expect(answered.length / topLevelDutyIds(DEFAULT_FRAMEWORK).length).toBeGreaterThanOrEqual(0.4);
  const gaps = opened.mapping.entries.filter((e) => e.status === 'gap');
  expect(gaps.length).toBeGreaterThanOrEqual(2);
  expect(gaps.every((g) => g.action?.what)).toBe(true);
  expect(xray?.counts.inPlace).toBeGreaterThan(0);
});

test('seeding again leaves the site as it is', async () => {
  const before = await site.services(VISITOR).mappings.listMappings();
  await seedDemoSite(site.server.siteUrl);
  expect(await site.services(VISITOR).mappings.listMappings()).toEqual(before);
});

describe('the department npm start shows', () => {
  const department = siteForThisFile();

  test('has at least eight teams across two hospitals, half with last year’s mapping, and actions with owners and due dates, some overdue', async () => {
    await seedDemoSite(department.server.siteUrl, { department: true });
    const visitor = department.services(VISITOR);
    const overview = await visitor.overview.loadOverview();
    const teams = new Set(overview.mappings.map((m) => m.team));
    expect(teams.size).toBeGreaterThanOrEqual(8);
    expect([...teams].filter((t) => t.startsWith('Royal Infirmary')).length).toBeGreaterThanOrEqual(3);
    expect([...teams].filter((t) => t.startsWith('St Luke’s Hospital')).length).toBeGreaterThanOrEqual(3);
    const withPrevious = [...teams].filter((t) => overview.mappings.filter((m) => m.team === t).length > 1);
    expect(withPrevious.length).toBeGreaterThanOrEqual(teams.size / 2);
    expect(overview.mappings.every((m) => m.figuresAddUp && m.breakdown !== undefined)).toBe(true);

    const latest = overview.mappings.filter((m) => !overview.mappings.some((other) => other.team === m.team && other.id > m.id));
    const actions = await visitor.overview.loadActions(latest.map((m) => ({ id: m.id, dutyCount: m.dutyCount })));
    const today = new Date().toISOString().slice(0, 10);
    expect(actions.filter((a) => a.owner !== '' && a.dueDate !== undefined).length).toBeGreaterThan(10);
    expect(actions.some((a) => a.dueDate !== undefined && a.dueDate < today)).toBe(true);
    expect(actions.some((a) => a.dueDate !== undefined && a.dueDate > today)).toBe(true);
    expect(actions.some((a) => a.owner === '')).toBe(true);
  });
});
