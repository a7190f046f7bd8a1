/** @jest-environment node */
import '../../src/data/toolkit/pnp';
import { MEMBER, OWNER, expectAppError, siteForThisFile } from './helpers';
import { editEntries, newHeader } from './fixtures';
import { SCHEMA } from '../../src/data/schema';

const site = siteForThisFile();

test('set-up that is throttled on every try fails plainly and creates nothing; run again, it completes', async () => {
  // Three attempts is all PnPjs makes; Retry-After 0 keeps the test quick.
  await site.fault({ status: 429, retryAfter: 0, times: 3, pathContains: '$batch' });
  const error = await expectAppError(site.services(OWNER).setup.run(() => undefined), 'throttled');
  expect(error.status).toBe(429);
  expect(await site.sp(OWNER).web.lists.select('Title')()).toEqual([]);

  await site.services(OWNER).setup.run(() => undefined);
  const lists = await site.sp(OWNER).web.lists.select('Title')<Array<{ Title: string }>>();
  expect(lists.map((l) => l.Title).sort()).toEqual(SCHEMA.map((list) => list.title).sort());
});

test('a throttled $batch is retried after Retry-After and the save succeeds', async () => {
  const member = site.services(MEMBER);
  const id = await member.mappings.createMapping({ header: newHeader('Throttled team') });
  const opened = await member.mappings.openMapping(id);
  const changes = editEntries(opened, 5);
  await site.fault({ status: 429, retryAfter: 1, times: 1, pathContains: '$batch' });
  const started = Date.now();
  const outcome = await member.mappings.saveChanges(id, { entries: changes });
  expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  expect(outcome.conflicts).toEqual([]);
  const reopened = await site.services(MEMBER).mappings.openMapping(id);
  expect(reopened.mapping.entries.slice(0, 5)).toEqual(changes.map((c) => c.entry));
});

test('a throttled GET is retried after Retry-After and the overview loads', async () => {
  await site.fault({ status: 503, retryAfter: 1, times: 1, pathContains: "getByTitle('Duty Mappings')/items" });
  const summaries = await site.services(MEMBER).mappings.listMappings();
  expect(summaries.map((s) => s.team)).toContain('Throttled team');
  const pending = (await (await fetch(`${site.server.url}/_local/faults`)).json()) as unknown[];
  expect(pending).toEqual([]);
});

test('throttling that outlasts the retries becomes a throttled AppError with Retry-After', async () => {
  await site.fault({ status: 429, retryAfter: 0, times: 3, pathContains: "getByTitle('Duty Mappings')/items" });
  const error = await expectAppError(site.services(MEMBER).mappings.listMappings(), 'throttled');
  expect((error as { retryAfterSeconds?: number }).retryAfterSeconds).toBe(0);
});
