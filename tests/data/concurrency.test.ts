/** @jest-environment node */
import { countByStatus, topLevelDutyIds, DEFAULT_FRAMEWORK } from '../../src/model';
import type { AppServices } from '../../src/services/types';
import { MEMBER, MEMBER_2, OWNER, siteForThisFile } from './helpers';
import { editEntries, newHeader } from './fixtures';

const site = siteForThisFile({ setUp: true });

async function newMapping(team: string): Promise<{ id: number; a: AppServices; b: AppServices }> {
  const a = site.services(MEMBER);
  const b = site.services(MEMBER_2);
  const id = await a.mappings.createMapping({ header: newHeader(team) });
  return { id, a, b };
}

async function expectTotalsMatchEntries(id: number): Promise<void> {
  const opened = await site.services(OWNER).mappings.openMapping(id);
  const summary = (await site.services(OWNER).mappings.listMappings()).find((m) => m.id === id);
  expect(summary?.counts).toEqual(countByStatus(opened.mapping.entries, topLevelDutyIds(DEFAULT_FRAMEWORK)));
}

test('two people editing the same entry: the second gets a conflict carrying the first’s value, and nothing is lost', async () => {
  const { id, a, b } = await newMapping('Same entry team');
  const openedA = await a.mappings.openMapping(id);
  const openedB = await b.mappings.openMapping(id);
  const dutyId = openedA.mapping.entries[0].dutyId;

  const first = { ...openedA.mapping.entries[0], status: 'gap' as const, comments: 'Marcus: nobody does this yet' };
  const second = { ...openedB.mapping.entries[0], status: 'inPlace' as const, comments: 'Priya: APs do this on nights' };
  const savedA = await a.mappings.saveChanges(id, { entries: [{ entry: first, etag: openedA.entryEtags[dutyId] }] });
  expect(savedA.conflicts).toEqual([]);

  const savedB = await b.mappings.saveChanges(id, { entries: [{ entry: second, etag: openedB.entryEtags[dutyId] }] });
  expect(savedB.savedEntryEtags[dutyId]).toBeUndefined();
  expect(savedB.conflicts).toEqual([
    { kind: 'entry', dutyId, mine: second, theirs: first, theirEtag: savedA.savedEntryEtags[dutyId], modifiedBy: 'Marcus Mensah' }
  ]);
  // The first person's answer is what is stored.
  expect((await site.services(OWNER).mappings.openMapping(id)).mapping.entries[0]).toEqual(first);

  // The second person merges both answers knowingly, with the ETag the conflict gave them.
  const merged = { ...first, comments: `${first.comments}; ${second.comments}` };
  const resolved = await b.mappings.saveChanges(id, { entries: [{ entry: merged, etag: savedB.conflicts[0].theirEtag }] });
  expect(resolved.conflicts).toEqual([]);
  expect((await site.services(OWNER).mappings.openMapping(id)).mapping.entries[0]).toEqual(merged);
  await expectTotalsMatchEntries(id);
});

test('saving what someone else already saved is not a conflict', async () => {
  const { id, a, b } = await newMapping('Same value team');
  const openedA = await a.mappings.openMapping(id);
  const openedB = await b.mappings.openMapping(id);
  const [change] = editEntries(openedA, 1);
  await a.mappings.saveChanges(id, { entries: [change] });
  const again = await b.mappings.saveChanges(id, { entries: [{ entry: change.entry, etag: openedB.entryEtags[change.entry.dutyId] }] });
  expect(again.conflicts).toEqual([]);
  expect(again.savedEntryEtags[change.entry.dutyId]).toBeDefined();
});

test('two people saving different entries of one mapping at once: both are saved and the totals stay right', async () => {
  const { id, a, b } = await newMapping('Different entries team');
  for (let round = 0; round < 3; round++) {
    const openedA = await a.mappings.openMapping(id);
    const openedB = await b.mappings.openMapping(id);
    const changesA = editEntries(openedA, 24, `A${round}`).filter((_, i) => i % 2 === 0);
    const changesB = editEntries(openedB, 24, `B${round}`)
      .filter((_, i) => i % 2 === 1)
      .map((c, i) => ({ ...c, entry: { ...c.entry, status: round % 2 === 0 ? ('gap' as const) : ('notApplicable' as const), action: i % 2 ? undefined : c.entry.action } }));
    const [savedA, savedB] = await Promise.all([a.mappings.saveChanges(id, { entries: changesA }), b.mappings.saveChanges(id, { entries: changesB })]);
    expect(savedA.conflicts).toEqual([]);
    expect(savedB.conflicts).toEqual([]);

    const stored = (await site.services(OWNER).mappings.openMapping(id)).mapping.entries;
    for (const change of [...changesA, ...changesB]) {
      expect(stored.find((e) => e.dutyId === change.entry.dutyId)).toEqual(change.entry);
    }
    await expectTotalsMatchEntries(id);
  }
  const summary = (await site.services(OWNER).mappings.listMappings()).find((m) => m.id === id);
  expect(summary?.contributors.sort()).toEqual(['i:0#.f|membership|marcus.mensah@imaging.local', 'i:0#.f|membership|priya.patel@imaging.local']);
});

test('header changes conflict only with header changes, never with entry saves', async () => {
  const { id, a, b } = await newMapping('Header team');
  const openedA = await a.mappings.openMapping(id);
  const openedB = await b.mappings.openMapping(id);

  // A saves entries (which rewrites the mapping item's totals); B's header save is not a conflict.
  await a.mappings.saveChanges(id, { entries: editEntries(openedA, 3) });
  const headerB = { ...openedB.mapping.header, notes: 'Notes from Priya' };
  const savedB = await b.mappings.saveChanges(id, { entries: [], header: { header: headerB, areaComments: { communicate: 'Priya’s comment' }, etag: openedB.headerEtag } });
  expect(savedB.conflicts).toEqual([]);

  // A's header edit was based on the old header: it conflicts and carries B's header.
  const headerA = { ...openedA.mapping.header, notes: 'Notes from Marcus' };
  const savedA = await a.mappings.saveChanges(id, { entries: [], header: { header: headerA, areaComments: {}, etag: openedA.headerEtag } });
  expect(savedA.conflicts).toEqual([
    { kind: 'header', mine: headerA, theirs: headerB, theirAreaComments: { communicate: 'Priya’s comment' }, theirEtag: savedB.headerEtag, modifiedBy: 'Priya Patel' }
  ]);
  const stored = await site.services(OWNER).mappings.openMapping(id);
  expect(stored.mapping.header.notes).toBe('Notes from Priya');

  // With the token from the conflict, A's choice is saved.
  const retried = await a.mappings.saveChanges(id, { entries: [], header: { header: headerA, areaComments: {}, etag: savedA.conflicts[0].theirEtag } });
  expect(retried.conflicts).toEqual([]);
  expect((await site.services(OWNER).mappings.openMapping(id)).mapping.header.notes).toBe('Notes from Marcus');
  await expectTotalsMatchEntries(id);
});

test('an edit that does not say which version it was based on is never written blind', async () => {
  const { id, a } = await newMapping('No ETag team');
  const opened = await a.mappings.openMapping(id);
  const [change] = editEntries(opened, 1);
  const outcome = await a.mappings.saveChanges(id, { entries: [{ ...change, etag: '' }] });
  expect(outcome.conflicts).toEqual([expect.objectContaining({ kind: 'entry', dutyId: change.entry.dutyId, theirs: opened.mapping.entries[0] })]);
  expect((await site.services(OWNER).mappings.openMapping(id)).mapping.entries[0]).toEqual(opened.mapping.entries[0]);
});
