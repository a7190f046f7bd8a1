/**
 * @jest-environment node
 *
 * LARGE SITE: 1,000 mappings × 40 entries (41,000 items) under SharePoint's
 * 5,000-item list view threshold, which the local server enforces. Seeding
 * uses batched PnPjs adds (100 per $batch, several batches in flight) and
 * takes most of this file's time (about 20–40 s on two cores). Six duties of
 * each mapping are gaps with actions, so the site has 6,000 open actions: more
 * than one query on the Status column may read.
 */
import '../../src/data/toolkit/pnp';
import { createEntries, topLevelDutyIds, zeroCounts } from '../../src/model';
import type { Framework } from '../../src/model';
import { inBatch, settle } from '../../src/data/toolkit/batch';
import { entryContexts } from '../../src/data/mappings/createMapping';
import { newEntryValues } from '../../src/data/mappings/entryRows';
import { headerValues, rollupValues } from '../../src/data/mappings/mappingRows';
import { MEMBER, OWNER, countRequests, expectAppError, startSite } from './helpers';
import type { TestSite } from './helpers';
import { editEntries, frameworkWithMoreDuties, newHeader } from './fixtures';

const MAPPINGS = 1000;
/** Duties of each mapping seeded as gaps with an action. */
const GAPS_PER_MAPPING = 6;
const PARALLEL = 4;
jest.setTimeout(600_000);

let site: TestSite;
let framework: Framework;

async function addAll(list: string, rows: Array<Record<string, string | number | boolean | null>>): Promise<number[]> {
  const sp = site.sp(OWNER);
  const ids: number[] = new Array<number>(rows.length);
  const chunks: number[] = [];
  for (let start = 0; start < rows.length; start += 100) {
    chunks.push(start);
  }
  const worker = async (): Promise<void> => {
    for (let next = chunks.shift(); next !== undefined; next = chunks.shift()) {
      const start = next;
      const slice = rows.slice(start, start + 100);
      const results = await inBatch(sp, (web) => Promise.all(slice.map((row) => settle(web.lists.getByTitle(list).items.add(row)))));
      results.forEach((result, i) => {
        if (!result.ok) {
          throw result.error;
        }
        ids[start + i] = Number((result.value as { Id: number }).Id);
      });
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return ids;
}

beforeAll(async () => {
  site = await startSite({ listViewThreshold: 5000 });
  const owner = site.services(OWNER);
  await owner.setup.run(() => undefined);
  framework = await owner.frameworks.saveNewVersion(frameworkWithMoreDuties(16));
  const dutyIds = topLevelDutyIds(framework);
  const counts = { ...zeroCounts(), notReviewed: dutyIds.length };
  const mappingRows = Array.from({ length: MAPPINGS }, (_, i) => ({
    ...headerValues({ header: { ...newHeader(`Team ${i + 1}`), frameworkId: framework.id, frameworkVersion: framework.version }, areaComments: {} }),
    ...rollupValues(counts, 0, dutyIds.length, [])
  }));
  const mappingIds = await addAll('Duty Mappings', mappingRows);
  const entryRows = mappingIds.flatMap((mappingId, i) => {
    const contextOf = entryContexts(framework, mappingId, `Team ${i + 1}`);
    return createEntries(framework).map((entry, j) =>
      newEntryValues(j < GAPS_PER_MAPPING ? { ...entry, status: 'gap', action: { what: `Action ${j + 1}`, owner: 'Team lead', dueDate: '2026-06-01' } } : entry, contextOf(entry.dutyId))
    );
  });
  await addAll('Duty Mapping Entries', entryRows);
});

afterAll(async () => {
  await site.stop();
});

test('the site really is past the threshold: an unindexed query over the entries is refused', async () => {
  const total = await site.sp(OWNER).web.lists.getByTitle('Duty Mapping Entries').select('ItemCount')<{ ItemCount: number }>();
  expect(total.ItemCount).toBe(MAPPINGS * 40);
  const query = site.sp(OWNER).web.lists.getByTitle('Duty Mapping Entries').items.filter("IdmReference eq 'x'").top(10)();
  await expect(query).rejects.toMatchObject({ status: 500 });
});

test('the action tracker reads 6,000 open actions past the threshold in a few short requests', async () => {
  const member = site.services(MEMBER);
  const summaries = await member.mappings.listMappings();
  const sources = summaries.map((summary) => ({ id: summary.id, dutyCount: 40 }));
  // One query on Status is refused (6,000 > 5,000), then the groups' short queries go in one $batch.
  const { result, requests } = await countRequests(site, () => member.overview.loadActions(sources));
  expect(result).toHaveLength(MAPPINGS * GAPS_PER_MAPPING);
  expect(new Set(result.map((action) => action.mappingId)).size).toBe(MAPPINGS);
  expect(result.every((action) => action.dueDate === '2026-06-01' && action.owner === 'Team lead')).toBe(true);
  // The refused query and one $batch of about 30 short queries.
  expect(requests).toBe(2);
});

test("the overview checks every mapping's counts against its 6,000 entries needing action in 2 requests", async () => {
  const member = site.services(MEMBER);
  // Its batch's Status query is refused (6,000 > 5,000); the groups' short queries go in one more $batch.
  const { result, requests } = await countRequests(site, () => member.overview.loadOverview());
  expect(requests).toBeLessThanOrEqual(2);
  expect(result.mappings).toHaveLength(MAPPINGS);
  // Seeded with no gaps stored, each mapping's six gaps come from its entries.
  expect(result.mappings.every((mapping) => mapping.figuresAddUp === false && mapping.entryFigures?.gap === GAPS_PER_MAPPING)).toBe(true);
});

test('the action tracker’s first screen reads the overview and its 6,000 open actions past the threshold in 2 requests', async () => {
  const member = site.services(MEMBER);
  // The overview's $batch (its Status query refused), then the groups' short queries in one more $batch.
  const { result, requests } = await countRequests(site, () => member.overview.loadTracker());
  expect(requests).toBe(2);
  expect(result.overview.mappings).toHaveLength(MAPPINGS);
  expect(result.actions).toHaveLength(MAPPINGS * GAPS_PER_MAPPING);
  expect(result.actions.every((action) => action.dueDate === '2026-06-01' && action.owner === 'Team lead' && action.what.startsWith('Action '))).toBe(true);
});

test('any mapping opens, from the first to the last', async () => {
  const member = site.services(MEMBER);
  const summaries = await member.mappings.listMappings();
  expect(summaries).toHaveLength(MAPPINGS);
  for (const summary of [summaries[0], summaries[MAPPINGS / 2], summaries[MAPPINGS - 1]]) {
    const opened = await member.mappings.openMapping(summary.id);
    expect(opened.mapping.header.team).toBe(summary.team);
    expect(opened.mapping.entries).toHaveLength(40);
  }
});

test('a mapping saves and its totals update without a threshold error', async () => {
  const member = site.services(MEMBER);
  const [newest] = await member.mappings.listMappings();
  const opened = await member.mappings.openMapping(newest.id);
  const outcome = await member.mappings.saveChanges(newest.id, { entries: editEntries(opened, 40) });
  expect(outcome.conflicts).toEqual([]);
  expect(outcome.counts.notReviewed).toBe(0);
  expect((await member.mappings.listMappings())[0].counts).toEqual(outcome.counts);
});

test('a new mapping and a yearly review copy work on the full site', async () => {
  const member = site.services(MEMBER);
  const [newest] = await member.mappings.listMappings();
  const review = await member.mappings.createMapping({ header: newHeader('Team review'), copyFromMappingId: newest.id });
  expect((await member.mappings.openMapping(review)).mapping.entries).toHaveLength(40);
  await expectAppError(member.mappings.openMapping(review + 1000), 'notFound');
});
