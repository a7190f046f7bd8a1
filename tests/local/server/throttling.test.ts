/** @jest-environment node */
import { TestServer, httpError, startTestServer } from './helpers';

let t: TestServer;
const BIG = 'Big List';
const THRESHOLD = 50;

const fault = (body: object): Promise<Response> =>
  fetch(`${t.server.url}/_local/faults`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

beforeAll(async () => {
  t = await startTestServer({ listViewThreshold: THRESHOLD });
  await t.sp().web.lists.add(BIG, '', 100);
  const fields = t.sp().web.lists.getByTitle(BIG).fields;
  await fields.addNumber('MappingId', { Indexed: true });
  await fields.addNumber('SortOrder');
  const [batched, execute] = t.sp().batched();
  for (let i = 1; i <= 60; i += 1) {
    void batched.web.lists.getByTitle(BIG).items.add({ Title: `Row ${i}`, MappingId: i % 6, SortOrder: i });
  }
  await execute();
});

afterAll(async () => {
  await t.stop();
});

describe('list view threshold', () => {
  const items = () => t.sp().web.lists.getByTitle(BIG).items;

  it('refuses a first filter clause on an unindexed column with SharePoint 500 body', async () => {
    const err = await httpError(items().filter('SortOrder eq 3')());
    expect(err.status).toBe(500);
    expect(err.body).toEqual({
      'odata.error': {
        code: '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
        message: { lang: 'en-US', value: 'The attempted operation is prohibited because it exceeds the list view threshold.' }
      }
    });
    expect((await httpError(items().filter('SortOrder eq 3 and MappingId eq 1')())).status).toBe(500);
  });

  it('serves a filter whose first clause is indexed and selective', async () => {
    const rows = await items().select('Id').filter('MappingId eq 3 and SortOrder lt 30')();
    expect(rows.map((r: { Id: number }) => r.Id)).toEqual([3, 9, 15, 21, 27]);
  });

  it('refuses an indexed first clause that still matches more rows than the threshold', async () => {
    expect((await httpError(items().filter('MappingId ge 0')())).status).toBe(500);
  });

  it('refuses ordering by an unindexed column but allows indexed columns and ID', async () => {
    expect((await httpError(items().filter('MappingId eq 1').orderBy('SortOrder')())).status).toBe(500);
    expect(await items().filter('MappingId eq 1').orderBy('MappingId').select('Id')()).toHaveLength(10);
    expect(await items().orderBy('ID', false).select('Id').top(5)()).toHaveLength(5);
  });

  it('pages the whole list by ID without a filter', async () => {
    let total = 0;
    for await (const page of items().select('Id').top(20)) {
      total += (page as unknown[]).length;
    }
    expect(total).toBe(60);
    expect(await items().select('Id').filter('ID gt 10').top(5000)()).toHaveLength(50);
  });
});

describe('fault injection', () => {
  afterEach(async () => {
    await fetch(`${t.server.url}/_local/faults`, { method: 'DELETE' });
  });

  it('answers the next matching request with 429 and Retry-After', async () => {
    expect((await fault({ status: 429, retryAfter: 7, times: 1, pathContains: "getByTitle('Big List')" })).status).toBe(201);
    const r = await fetch(`${t.server.siteUrl}/_api/web/lists/getByTitle('Big%20List')?$select=Title`, { headers: { Accept: 'application/json' } });
    expect(r.status).toBe(429);
    expect(r.headers.get('retry-after')).toBe('7');
    const again = await fetch(`${t.server.siteUrl}/_api/web/lists/getByTitle('Big%20List')?$select=Title`, { headers: { Accept: 'application/json' } });
    expect(again.status).toBe(200);
  });

  it('lets PnPjs retry a 429 after Retry-After and succeed', async () => {
    await fault({ status: 429, retryAfter: 1, times: 1, pathContains: 'MappingId eq 2' });
    t.server.resetRequestCount();
    const started = Date.now();
    const rows = await t.sp().web.lists.getByTitle(BIG).items.select('Id').filter('MappingId eq 2')();
    expect(rows).toHaveLength(10);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(t.server.requestCount()).toBe(2);
  });

  it('gives up after PnPjs three attempts on repeated 503s', async () => {
    await fault({ status: 503, retryAfter: 0, times: 3, pathContains: 'web/currentUser' });
    const err = await httpError(t.sp().web.currentUser());
    expect(err.status).toBe(503);
    expect((await t.sp().web.currentUser()).Title).toBe('Olivia Owen');
  });

  it('is cleared by DELETE and validates its input', async () => {
    await fault({ status: 429, retryAfter: 0, times: 5 });
    await fetch(`${t.server.url}/_local/faults`, { method: 'DELETE' });
    expect((await t.sp().web.select('Title')()).Title).toBe('Imaging');
    expect((await fault({ status: 404 })).status).toBe(400);
  });

  it('reports health', async () => {
    expect(await (await fetch(`${t.server.url}/_local/health`)).json()).toMatchObject({ status: 'ok' });
  });
});
