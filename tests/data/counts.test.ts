/** @jest-environment node */
import '../../src/data/toolkit/pnp';
import { countByStatus, topLevelDutyIds, DEFAULT_FRAMEWORK } from '../../src/model';
import type { MappingEntry, StatusCounts } from '../../src/model';
import { PartialSaveError } from '../../src/services/errors';
import { MEMBER, OWNER, siteForThisFile } from './helpers';
import { editEntries, newHeader } from './fixtures';

const site = siteForThisFile({ setUp: true });

/** What the chooser and overview show for a mapping: the counts stored on its item. */
async function storedCounts(id: number): Promise<StatusCounts | undefined> {
  const summaries = await site.services(OWNER).mappings.listMappings();
  return summaries.find((summary) => summary.id === id)?.counts;
}

function countsOf(entries: MappingEntry[]): StatusCounts {
  return countByStatus(entries, topLevelDutyIds(DEFAULT_FRAMEWORK));
}

/** The mapping item's own MERGE (the counts update); the entry writes go in a $batch. */
const countsUpdate = (id: number): string => `getByTitle('Duty Mappings')/items(${id})`;

test('a counts update throttled past its retries leaves the entries stored and says the counts are not, and asking again stores them', async () => {
  const member = site.services(MEMBER);
  const id = await member.mappings.createMapping({ header: newHeader('Counts team') });
  const opened = await member.mappings.openMapping(id);
  const before = await storedCounts(id);
  const changes = editEntries(opened, 4);
  await site.fault({ status: 503, retryAfter: 0, times: 3, pathContains: countsUpdate(id) });

  const failure = await member.mappings.saveChanges(id, { entries: changes }).then(
    () => undefined,
    (error: unknown) => error
  );
  expect(failure).toBeInstanceOf(PartialSaveError);
  const partial = failure as PartialSaveError;
  expect(partial.kind).toBe('throttled');
  expect(partial.saved.countsStored).toBe(false);
  expect(Object.keys(partial.saved.savedEntryEtags).sort()).toEqual(changes.map((c) => c.entry.dutyId).sort());
  // The entries are stored; the item still has the old counts.
  const stored = (await site.services(OWNER).mappings.openMapping(id)).mapping.entries;
  expect(stored.slice(0, 4)).toEqual(changes.map((c) => c.entry));

  // The editor's retry sends no entry, only the request to store the counts.
  const retry = await member.mappings.saveChanges(id, { entries: [], updateCounts: true });
  expect(retry.countsStored).toBe(true);
  expect(retry.counts).toEqual(countsOf(stored));
  expect(await storedCounts(id)).toEqual(countsOf(stored));
  expect(await storedCounts(id)).not.toEqual(before);
});

test('opening a mapping whose stored counts disagree with its entries rewrites them, with one extra request only then', async () => {
  const member = site.services(MEMBER);
  const id = await member.mappings.createMapping({ header: newHeader('Self-healing team') });
  const opened = await member.mappings.openMapping(id);
  const changes = editEntries(opened, 3);
  await site.fault({ status: 503, retryAfter: 0, times: 3, pathContains: countsUpdate(id) });
  await expect(member.mappings.saveChanges(id, { entries: changes })).rejects.toBeInstanceOf(PartialSaveError);
  const entries = opened.mapping.entries.map((entry, i) => (i < 3 ? changes[i].entry : entry));
  expect(await storedCounts(id)).not.toEqual(countsOf(entries));

  // A fresh session (no framework or user cached): digest, the batched read, the framework, and the repair.
  const reader = site.services(OWNER);
  await reader.frameworks.getCurrent();
  site.server.resetRequestCount();
  await reader.mappings.openMapping(id);
  const withRepair = site.server.requestCount();
  expect(await storedCounts(id)).toEqual(countsOf(entries));

  // Once they agree, a fresh session opens it without the repair.
  const fresh = site.services(OWNER);
  await fresh.frameworks.getCurrent();
  site.server.resetRequestCount();
  await fresh.mappings.openMapping(id);
  expect(site.server.requestCount()).toBe(withRepair - 1);
});
