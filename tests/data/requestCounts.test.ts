/** @jest-environment node */
import { MEMBER, OWNER, countRequests, startSite } from './helpers';
import type { TestSite } from './helpers';
import { editEntries, frameworkWithMoreDuties, newHeader } from './fixtures';

/**
 * Round trips, not timings: the server counts the requests it serves (the
 * form digest excluded), so these numbers are exact and stable.
 */
let site: TestSite;
let mappingId: number;
const measured: Record<string, number> = {};

beforeAll(async () => {
  site = await startSite();
  const owner = site.services(OWNER);
  await owner.setup.run(() => undefined);
  // 16 more duties than the default's 24, so a save can change 40 entries.
  await owner.frameworks.saveNewVersion(frameworkWithMoreDuties(16));
  mappingId = await site.services(MEMBER).mappings.createMapping({ header: newHeader('Request count team') });
});
afterAll(async () => {
  console.log(`Requests measured: ${JSON.stringify(measured)}`);
  await site.stop();
});

test('opening a mapping takes at most two requests (one when the framework is already known)', async () => {
  const member = site.services(MEMBER);
  const first = await countRequests(site, () => member.mappings.openMapping(mappingId));
  expect(first.result.mapping.entries).toHaveLength(40);
  measured.openFirst = first.requests;
  expect(first.requests).toBeLessThanOrEqual(2);
  const again = await countRequests(site, () => member.mappings.openMapping(mappingId));
  measured.openAgain = again.requests;
  expect(again.requests).toBeLessThanOrEqual(1);
});

test.each([1, 10, 40])('a save of %i changed entries takes at most three requests', async (count) => {
  const member = site.services(MEMBER);
  const opened = await member.mappings.openMapping(mappingId);
  const { result, requests } = await countRequests(site, () => member.mappings.saveChanges(mappingId, { entries: editEntries(opened, count, `save ${count}`) }));
  expect(result.conflicts).toEqual([]);
  expect(Object.keys(result.savedEntryEtags)).toHaveLength(count);
  measured[`save${count}`] = requests;
  expect(requests).toBeLessThanOrEqual(3);
});

test('saving 40 entries and the header together still takes at most three requests', async () => {
  const member = site.services(MEMBER);
  const opened = await member.mappings.openMapping(mappingId);
  const header = { header: { ...opened.mapping.header, notes: 'All forty at once' }, areaComments: { 'local-extra': 'Added by the trust' }, etag: opened.headerEtag };
  const { result, requests } = await countRequests(site, () => member.mappings.saveChanges(mappingId, { entries: editEntries(opened, 40, 'both'), header }));
  expect(result.conflicts).toEqual([]);
  measured.save40WithHeader = requests;
  expect(requests).toBeLessThanOrEqual(3);
});

test('a session that never opened the mapping still saves 40 entries in at most three requests', async () => {
  const opened = await site.services(MEMBER).mappings.openMapping(mappingId);
  const fresh = site.services(MEMBER);
  const { result, requests } = await countRequests(site, () => fresh.mappings.saveChanges(mappingId, { entries: editEntries(opened, 40, 'fresh') }));
  expect(result.conflicts).toEqual([]);
  measured.save40FreshSession = requests;
  expect(requests).toBeLessThanOrEqual(3);
});

test('the overview is one request', async () => {
  const { result, requests } = await countRequests(site, () => site.services(MEMBER).mappings.listMappings());
  expect(result).toHaveLength(1);
  measured.listMappings = requests;
  expect(requests).toBe(1);
});
