/** @jest-environment node */
import '../../src/data/toolkit/pnp';
import { coverageFilters, readJdCoverage } from '../../src/data/overview/jdCoverageQuery';
import { DataContext } from '../../src/data/toolkit/context';
import type { MappingEntry } from '../../src/model';
import type { OpenedMapping } from '../../src/services/types';
import { MEMBER, VISITOR, countRequests, siteForThisFile } from './helpers';
import { newHeader } from './fixtures';

// A threshold of 30 entries: three mappings of 24 duties put the Entries list past it, as 5,000 would on a real site.
const site = siteForThisFile({ setUp: true, listViewThreshold: 30 });

async function mapped(team: string, answers: Array<Partial<MappingEntry>>): Promise<number> {
  const member = site.services(MEMBER);
  const id = await member.mappings.createMapping({ header: newHeader(team) });
  const opened: OpenedMapping = await member.mappings.openMapping(id);
  await member.mappings.saveChanges(id, {
    entries: answers.map((answer, i) => ({ entry: { ...opened.mapping.entries[i], ...answer }, etag: opened.entryEtags[opened.mapping.entries[i].dutyId] }))
  });
  return id;
}

test("each team's found-in and JD/PS reference come back in one request, even past the list view threshold", async () => {
  const ct = await mapped('CT', [{ foundIn: 'jd', reference: 'JD 3.2' }, { foundIn: 'jdAndPs', reference: 'JD 4; PS Essential 2' }]);
  const mri = await mapped('MRI', [{ foundIn: 'neither' }, { foundIn: 'ps', reference: '  PS Desirable 1 ' }]);
  const plain = await mapped('Plain film', []);

  // The site is past the threshold: one read of every mapping's entries at once is refused.
  await expect(
    site.sp(VISITOR).web.lists.getByTitle('Duty Mapping Entries').items.filter(`IdmMappingId eq ${ct} or IdmMappingId eq ${mri}`).top(5000)()
  ).rejects.toMatchObject({ status: 500 });

  const sources = [ct, mri, plain].map((id) => ({ id, dutyCount: 24 }));
  const context = new DataContext(site.sp(VISITOR));
  const { result, requests } = await countRequests(site, () => readJdCoverage(context, sources, { entriesPerRead: 30, filterChars: 1200 }));
  expect(requests).toBe(1);
  expect(result).toHaveLength(72);
  const of = (mappingId: number): Array<Pick<MappingEntry, 'foundIn' | 'reference'>> =>
    result.filter((c) => c.mappingId === mappingId).slice(0, 2).map(({ foundIn, reference }) => ({ foundIn, reference }));
  expect(of(ct)).toEqual([
    { foundIn: 'jd', reference: 'JD 3.2' },
    { foundIn: 'jdAndPs', reference: 'JD 4; PS Essential 2' }
  ]);
  expect(of(mri)).toEqual([
    { foundIn: 'neither', reference: '' },
    { foundIn: 'ps', reference: 'PS Desirable 1' }
  ]);
  // A duty nobody has looked at yet is "not mapped", never "not found".
  expect(result.filter((c) => c.mappingId === plain).every((c) => c.foundIn === 'notMapped')).toBe(true);
});

test('the service reads through the same query and answers the app in its own terms', async () => {
  const id = await mapped('Fluoroscopy', [{ foundIn: 'jd', reference: 'JD 1.1' }]);
  const { result, requests } = await countRequests(site, () => site.services(VISITOR).overview.loadJdCoverage([{ id, dutyCount: 24 }]));
  expect(requests).toBe(1);
  expect(result[0]).toEqual({ mappingId: id, dutyId: expect.any(String), foundIn: 'jd', reference: 'JD 1.1' });
  expect(await site.services(VISITOR).overview.loadJdCoverage([])).toEqual([]);
});

test('reads are split so each matches at most the entries allowed and keeps a short URL', () => {
  const many = Array.from({ length: 1000 }, (_, i) => ({ id: 100000 + i, dutyCount: 48 }));
  const filters = coverageFilters(many);
  expect(filters.every((filter) => filter.length <= 1200)).toBe(true);
  expect(filters.every((filter) => filter.split(' or ').length * 48 <= 4000)).toBe(true);
  expect(filters.join(' or ').split(' or ')).toHaveLength(1000);
  // Under 100 reads: one $batch.
  expect(filters.length).toBeLessThanOrEqual(100);
});
