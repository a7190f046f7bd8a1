/** @jest-environment node */
import '../../src/data/toolkit/pnp';
import { DEFAULT_FRAMEWORK, areaBreakdown } from '../../src/model';
import { MAPPING_FIELDS } from '../../src/data/schema';
import { MEMBER, OWNER, VISITOR, countRequests, siteForThisFile } from './helpers';
import { editEntries, newHeader } from './fixtures';

const site = siteForThisFile({ setUp: true });

test('a new mapping stores its counts per area with the whole-mapping counts, and the overview reads them in one request', async () => {
  const member = site.services(MEMBER);
  const id = await member.mappings.createMapping({ header: newHeader('CT — Royal Infirmary') });
  const opened = await member.mappings.openMapping(id);
  await member.mappings.saveChanges(id, { entries: editEntries(opened, 10) });
  const saved = await member.mappings.openMapping(id);

  const visitor = site.services(VISITOR);
  const { result, requests } = await countRequests(site, () => visitor.overview.loadOverview());
  expect(requests).toBe(1);
  const row = result.mappings.find((m) => m.id === id);
  expect(row?.figuresAddUp).toBe(true);
  expect(row?.breakdown).toEqual(areaBreakdown(saved.framework, saved.mapping.entries));
  // Gaps and partly-in-place duties are the open actions; the fixture gives gaps a due date.
  expect(row?.breakdown?.actions.open).toBe(saved.mapping.entries.filter((e) => e.status === 'gap' || e.status === 'partlyInPlace').length);
  expect(row?.breakdown?.actions.dueDates).toEqual(saved.mapping.entries.filter((e) => e.status === 'gap').map(() => '2025-12-01'));
  expect(result.frameworks.map((f) => f.areas.map((a) => a.id))).toContainEqual(DEFAULT_FRAMEWORK.areas.map((a) => a.id));
  // Role and band name the framework in the overview and its export (one framework per role).
  expect(result.frameworks.find((f) => f.id === DEFAULT_FRAMEWORK.id)).toMatchObject({ role: 'Assistant Practitioner', band: 'indicative AfC Band 4' });
  expect(result.reviewPeriodMonths).toBe(12);
});

test('figures forged through REST are flagged, not shown as fact', async () => {
  const member = site.services(MEMBER);
  const id = await member.mappings.createMapping({ header: newHeader('Forged figures team') });
  // What a Member can do with REST alone: the forged item.
  await site
    .sp(MEMBER)
    .web.lists.getByTitle('Duty Mappings')
    .items.getById(id)
    .update({ IdmCountNotReviewed: -5, IdmCountInPlace: 1000000000, IdmCoverage: 12.5 });
  const row = (await site.services(VISITOR).overview.loadOverview()).mappings.find((m) => m.id === id);
  expect(row?.figuresAddUp).toBe(false);

  const areaForged = await member.mappings.createMapping({ header: newHeader('Forged area team') });
  const stored = await site.sp(MEMBER).web.lists.getByTitle('Duty Mappings').items.getById(areaForged).select(MAPPING_FIELDS.areaCounts)<Record<string, string>>();
  const parsed = JSON.parse(stored[MAPPING_FIELDS.areaCounts]) as { a: number[][] };
  parsed.a[0][3] = -2;
  await site.sp(MEMBER).web.lists.getByTitle('Duty Mappings').items.getById(areaForged).update({ [MAPPING_FIELDS.areaCounts]: JSON.stringify(parsed) });
  const areaRow = (await site.services(VISITOR).overview.loadOverview()).mappings.find((m) => m.id === areaForged);
  expect(areaRow?.figuresAddUp).toBe(false);
});

test('a site setting changes the review period; a nonsense value falls back to 12 months', async () => {
  const settings = site.sp(OWNER).web.lists.getByTitle('Duty Mapping Settings');
  const added = (await settings.items.add({ Title: 'reviewPeriodMonths', IdmSettingValue: '24' })) as { Id: number };
  expect((await site.services(VISITOR).overview.loadOverview()).reviewPeriodMonths).toBe(24);
  await settings.items.getById(added.Id).update({ IdmSettingValue: 'every year' });
  expect((await site.services(VISITOR).overview.loadOverview()).reviewPeriodMonths).toBe(12);
  await settings.items.getById(added.Id).delete();
});

test('a visitor may not change the site settings (SharePoint refuses the write)', async () => {
  // Settings are read by everyone; the list inherits the site's permissions, so Visitors cannot write.
  await expect(site.sp(VISITOR).web.lists.getByTitle('Duty Mapping Settings').items.add({ Title: 'reviewPeriodMonths', IdmSettingValue: '1' })).rejects.toMatchObject({
    status: 403
  });
});

test('the action tracker lists every gap and partly-in-place duty of the mappings asked for, with blank owners and dates kept', async () => {
  const member = site.services(MEMBER);
  const id = await member.mappings.createMapping({ header: newHeader('Action team') });
  const opened = await member.mappings.openMapping(id);
  const [first, second, third] = opened.mapping.entries;
  await member.mappings.saveChanges(id, {
    entries: [
      { entry: { ...first, status: 'gap', action: { what: 'Train two APs', owner: 'Sam Patel', dueDate: '2026-01-31' } }, etag: opened.entryEtags[first.dutyId] },
      { entry: { ...second, status: 'partlyInPlace', action: { what: '', owner: '   ', dueDate: '' } }, etag: opened.entryEtags[second.dutyId] },
      { entry: { ...third, status: 'inPlace' }, etag: opened.entryEtags[third.dutyId] }
    ]
  });
  const other = await member.mappings.createMapping({ header: newHeader('Not asked for') });
  const otherOpened = await member.mappings.openMapping(other);
  const otherFirst = otherOpened.mapping.entries[0];
  await member.mappings.saveChanges(other, { entries: [{ entry: { ...otherFirst, status: 'gap' }, etag: otherOpened.entryEtags[otherFirst.dutyId] }] });

  const { result, requests } = await countRequests(site, () => site.services(VISITOR).overview.loadActions([{ id, dutyCount: 24 }]));
  expect(requests).toBe(1);
  expect(result).toHaveLength(2);
  expect(result.find((a) => a.dutyId === first.dutyId)).toMatchObject({ team: 'Action team', status: 'gap', what: 'Train two APs', owner: 'Sam Patel', dueDate: '2026-01-31' });
  const blank = result.find((a) => a.dutyId === second.dutyId);
  expect(blank).toMatchObject({ status: 'partlyInPlace', what: '', owner: '' });
  expect(blank?.dueDate).toBeUndefined();
  expect(blank?.areaTitle).toBe(DEFAULT_FRAMEWORK.areas[0].title);
});

test('a yearly review remembers the mapping it was made from, and reads it back with its entries', async () => {
  const member = site.services(MEMBER);
  const earlier = await member.mappings.createMapping({ header: newHeader('Review team') });
  const opened = await member.mappings.openMapping(earlier);
  await member.mappings.saveChanges(earlier, { entries: editEntries(opened, 6) });
  const review = await member.mappings.createMapping({ header: { ...newHeader('Review team'), dateCompleted: undefined }, copyFromMappingId: earlier });

  const visitor = site.services(VISITOR);
  const { result, requests } = await countRequests(site, () => visitor.overview.loadPrevious(review));
  expect(requests).toBe(2);
  expect(result?.id).toBe(earlier);
  expect(result?.dateCompleted).toBe('2025-03-31');
  const earlierOpened = await visitor.mappings.openMapping(earlier);
  expect(result?.entries).toEqual(earlierOpened.mapping.entries);
  await expect(visitor.overview.loadPrevious(earlier)).resolves.toBeUndefined();

  // Opening reads the link with the mapping, so the "changes since" panel skips that request, and makes none without one.
  const reviewOpened = await visitor.mappings.openMapping(review);
  expect(reviewOpened.previousMappingId).toBe(earlier);
  expect(earlierOpened.previousMappingId).toBeNull();
  const known = await countRequests(site, () => visitor.overview.loadPrevious(review, reviewOpened.previousMappingId));
  expect(known.requests).toBe(1);
  expect(known.result).toEqual(result);
  await expect(countRequests(site, () => visitor.overview.loadPrevious(earlier, null))).resolves.toEqual({ requests: 0, result: undefined });
});
