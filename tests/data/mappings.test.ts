/** @jest-environment node */
import '../../src/data/toolkit/pnp';
import { DEFAULT_FRAMEWORK, countByStatus, coverage, topLevelDutyIds } from '../../src/model';
import type { MappingEntry } from '../../src/model';
import { PartialSaveError } from '../../src/services/errors';
import { MEMBER, OWNER, VISITOR, expectAppError, siteForThisFile } from './helpers';
import { editEntries, newHeader } from './fixtures';

type Json = Record<string, unknown>;
const MARKUP_TEAM = `O'Brien's <b>"Team"</b>`;

const site = siteForThisFile({ setUp: true });

function entryItems(mappingId: number): Promise<Json[]> {
  return site.sp(OWNER).web.lists.getByTitle('Duty Mapping Entries').items.filter(`IdmMappingId eq ${mappingId}`).top(5000)<Json[]>();
}

test('a full round trip: create, open, save, re-open, with totals right on the mapping item', async () => {
  const member = site.services(MEMBER);
  const id = await member.mappings.createMapping({ header: newHeader(MARKUP_TEAM) });

  const opened = await member.mappings.openMapping(id);
  expect(opened.mapping.header).toEqual({ ...newHeader(MARKUP_TEAM), frameworkId: DEFAULT_FRAMEWORK.id, frameworkVersion: 1 });
  expect(opened.framework).toEqual(DEFAULT_FRAMEWORK);
  expect(opened.mapping.entries.map((e) => e.dutyId)).toEqual(topLevelDutyIds(DEFAULT_FRAMEWORK));
  expect(opened.mapping.entries.every((e) => e.status === 'notReviewed' && e.foundIn === 'notMapped')).toBe(true);
  expect(Object.keys(opened.entryEtags).sort()).toEqual(topLevelDutyIds(DEFAULT_FRAMEWORK).sort());

  const changes = editEntries(opened, 7);
  changes[0].entry.comments = 'Line one\nLine two — with <i>markup</i> & "quotes" and an emoji 🩻';
  const areaComments = { 'clean-safe': 'QA is the opportunity here.' };
  const header = { ...opened.mapping.header, notes: 'Updated notes', dateCompleted: '2025-04-01' };
  const outcome = await member.mappings.saveChanges(id, { entries: changes, header: { header, areaComments, etag: opened.headerEtag } });
  expect(outcome.conflicts).toEqual([]);
  expect(Object.keys(outcome.savedEntryEtags).sort()).toEqual(changes.map((c) => c.entry.dutyId).sort());

  const reopened = await site.services(VISITOR).mappings.openMapping(id);
  const expected: MappingEntry[] = opened.mapping.entries.map((e) => changes.find((c) => c.entry.dutyId === e.dutyId)?.entry ?? e);
  expect(reopened.mapping.entries).toEqual(expected);
  expect(reopened.mapping.header).toEqual(header);
  expect(reopened.mapping.areaComments).toEqual(areaComments);
  expect(reopened.headerEtag).toBe(outcome.headerEtag);
  for (const change of changes) {
    expect(reopened.entryEtags[change.entry.dutyId]).toBe(outcome.savedEntryEtags[change.entry.dutyId]);
  }

  const dutyIds = topLevelDutyIds(DEFAULT_FRAMEWORK);
  expect(outcome.counts).toEqual(countByStatus(expected, dutyIds));
  const summary = (await site.services(VISITOR).mappings.listMappings()).find((m) => m.id === id);
  expect(summary).toMatchObject({
    team: MARKUP_TEAM,
    completedBy: ['Marcus Mensah', 'Jo Hartley (bank)'],
    dateCompleted: '2025-04-01',
    counts: countByStatus(expected, dutyIds),
    frameworkVersion: 1
  });
  expect(summary?.coverage).toBeCloseTo(coverage(expected, dutyIds), 10);
  expect(summary?.contributors).toEqual(['i:0#.f|membership|marcus.mensah@imaging.local']);
  expect(Date.parse(summary?.modified ?? '')).not.toBeNaN();
});

test('entry items carry readable copies for SharePoint views; long duty text is shortened only there', async () => {
  const id = await site.services(MEMBER).mappings.createMapping({ header: newHeader('Readable copies') });
  const items = await entryItems(id);
  const longest = DEFAULT_FRAMEWORK.areas.flatMap((a) => a.duties).reduce((a, b) => (a.text.length > b.text.length ? a : b));
  expect(longest.text.length).toBeGreaterThan(255);
  const item = items.find((i) => i.IdmDutyId === longest.id);
  expect(String(item?.Title)).toHaveLength(255);
  expect(String(item?.Title).endsWith('…')).toBe(true);
  expect(longest.text.startsWith(String(item?.Title).slice(0, 200))).toBe(true);
  expect(item).toMatchObject({ IdmTeam: 'Readable copies', IdmStatus: 'Not yet reviewed', IdmFoundIn: 'Not yet mapped', IdmMappingId: id });
  expect(typeof item?.IdmArea).toBe('string');
  // The app still shows the full text: it comes from the framework, not the copy.
  const opened = await site.services(MEMBER).mappings.openMapping(id);
  expect(opened.framework.areas.flatMap((a) => a.duties).find((d) => d.id === longest.id)?.text).toBe(longest.text);
});

test('a team name with quotes and markup round-trips exactly', async () => {
  const member = site.services(MEMBER);
  const id = await member.mappings.createMapping({ header: newHeader(`${MARKUP_TEAM} & 'Co'`) });
  const opened = await member.mappings.openMapping(id);
  expect(opened.mapping.header.team).toBe(`${MARKUP_TEAM} & 'Co'`);
  const items = await entryItems(id);
  expect(items.every((i) => i.IdmTeam === `${MARKUP_TEAM} & 'Co'`)).toBe(true);
});

test('the yearly review starts from last year’s answers', async () => {
  const member = site.services(MEMBER);
  const lastYear = await member.mappings.createMapping({ header: newHeader('Review team') });
  const opened = await member.mappings.openMapping(lastYear);
  const changes = editEntries(opened, 5, 'last year');
  await member.mappings.saveChanges(lastYear, { entries: changes });

  const thisYear = await member.mappings.createMapping({ header: { ...newHeader('Review team'), dateCompleted: undefined }, copyFromMappingId: lastYear });
  const copy = await member.mappings.openMapping(thisYear);
  for (const change of changes) {
    expect(copy.mapping.entries.find((e) => e.dutyId === change.entry.dutyId)).toEqual(change.entry);
  }
  const summary = (await member.mappings.listMappings()).find((m) => m.id === thisYear);
  expect(summary?.counts).toEqual(countByStatus(copy.mapping.entries, topLevelDutyIds(DEFAULT_FRAMEWORK)));
  // Editing the copy leaves last year untouched.
  await member.mappings.saveChanges(thisYear, { entries: editEntries(copy, 2, 'this year') });
  expect((await member.mappings.openMapping(lastYear)).mapping.entries.slice(0, 5)).toEqual(changes.map((c) => c.entry));
});

test('the overview lists every mapping newest first from the mapping items alone', async () => {
  const summaries = await site.services(VISITOR).mappings.listMappings();
  const ids = summaries.map((s) => s.id);
  expect(ids).toEqual([...ids].sort((a, b) => b - a));
  expect(summaries.length).toBeGreaterThanOrEqual(4);
});

test('renaming the team keeps the entries’ readable team column in step', async () => {
  const member = site.services(MEMBER);
  const id = await member.mappings.createMapping({ header: newHeader('Old name') });
  const opened = await member.mappings.openMapping(id);
  const outcome = await member.mappings.saveChanges(id, {
    entries: [],
    header: { header: { ...opened.mapping.header, team: 'New name' }, areaComments: {}, etag: opened.headerEtag }
  });
  expect(outcome.conflicts).toEqual([]);
  expect((await entryItems(id)).every((i) => i.IdmTeam === 'New name')).toBe(true);
  // The new ETags came back, so this session's next save is not a false conflict.
  const next = editEntries(opened, 1).map((c) => ({ ...c, etag: outcome.savedEntryEtags[c.entry.dutyId] }));
  expect((await member.mappings.saveChanges(id, { entries: next })).conflicts).toEqual([]);
});

test('nothing that SharePoint cannot store is sent: each problem comes back with its field and limit', async () => {
  const member = site.services(MEMBER);
  await expectAppError(member.mappings.createMapping({ header: newHeader('   ') }), 'invalid');
  const id = await member.mappings.createMapping({ header: newHeader('Validation team') });
  const opened = await member.mappings.openMapping(id);
  const [change] = editEntries(opened, 1);
  change.entry.reference = 'x'.repeat(256);
  const error = await expectAppError(member.mappings.saveChanges(id, { entries: [change] }), 'invalid');
  expect(error.details.problems).toEqual([{ field: 'reference', code: 'tooLong', length: 256, max: 255 }]);
});

test('opening a mapping that does not exist says so, with the request id of the $batch it failed in', async () => {
  const error = await expectAppError(site.services(MEMBER).mappings.openMapping(99999), 'notFound');
  // The read is a part of a $batch: SharePoint's SPRequestGuid is on the batch's response, and the part's failure carries it.
  expect(error.details.requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
});

test('a visitor can read but a save is refused as forbidden', async () => {
  const id = await site.services(MEMBER).mappings.createMapping({ header: newHeader('Visitor test') });
  const visitor = site.services(VISITOR);
  const opened = await visitor.mappings.openMapping(id);
  const error = await expectAppError(visitor.mappings.saveChanges(id, { entries: editEntries(opened, 2) }), 'forbidden');
  expect(error.status).toBe(403);
  await expectAppError(visitor.mappings.createMapping({ header: newHeader('Visitor mapping') }), 'forbidden');
  const header = { header: { ...opened.mapping.header, notes: 'x' }, areaComments: {}, etag: opened.headerEtag };
  await expectAppError(visitor.mappings.saveChanges(id, { entries: [], header }), 'forbidden');
  expect((await visitor.mappings.openMapping(id)).mapping.entries.every((e) => e.status === 'notReviewed')).toBe(true);
});

test('"my mappings" covers people named as completing a mapping, not only those who saved to it', async () => {
  const id = await site.services(OWNER).mappings.createMapping({ header: newHeader('Named but not yet saved') });
  const summary = (await site.services(VISITOR).mappings.listMappings()).find((m) => m.id === id);
  expect(summary?.contributors).toContain('i:0#.f|membership|marcus.mensah@imaging.local');
  expect(summary?.contributors).not.toContain('i:0#.f|membership|vera.vance@imaging.local');
});

test('a save that stores some entries and fails on another says which were stored, with their new ETags', async () => {
  const member = site.services(MEMBER);
  const id = await member.mappings.createMapping({ header: newHeader('Partly saved') });
  const opened = await member.mappings.openMapping(id);
  const [kept, lost] = editEntries(opened, 2, 'partial');
  // Someone deletes one entry's item in SharePoint while the mapping is open.
  const items = await entryItems(id);
  const doomed = items.find((item) => item.IdmDutyId === lost.entry.dutyId) as Json & { Id: number };
  await site.sp(OWNER).web.lists.getByTitle('Duty Mapping Entries').items.getById(doomed.Id).delete();

  const failure = await member.mappings.saveChanges(id, { entries: [kept, lost] }).then(
    () => undefined,
    (error: unknown) => error
  );
  expect(failure).toBeInstanceOf(PartialSaveError);
  const saved = (failure as PartialSaveError).saved;
  expect(Object.keys(saved.savedEntryEtags)).toEqual([kept.entry.dutyId]);
  const reopened = await member.mappings.openMapping(id);
  expect(reopened.mapping.entries.find((e) => e.dutyId === kept.entry.dutyId)).toEqual(kept.entry);
  expect(reopened.entryEtags[kept.entry.dutyId]).toBe(saved.savedEntryEtags[kept.entry.dutyId]);
});
