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
