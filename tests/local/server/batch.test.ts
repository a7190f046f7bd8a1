/** @jest-environment node */
import { TestServer, digestFor, startTestServer } from './helpers';
import { parseBatch } from '../../../local/server/routes/batch';

let t: TestServer;
const LIST = 'Batch Entries';

beforeAll(async () => {
  t = await startTestServer();
  await t.sp().web.lists.add(LIST, '', 100);
  await t.sp().web.lists.getByTitle(LIST).fields.addNumber('MappingId');
});

afterAll(async () => {
  await t.stop();
});

describe('$batch', () => {
  it('runs 45 mixed writes (split into 20-request posts) and resolves each promise', async () => {
    const list = t.sp().web.lists.getByTitle(LIST);
    for (let i = 1; i <= 15; i += 1) {
      await list.items.add({ Title: `Seed ${i}`, MappingId: i });
    }
    t.server.resetRequestCount();
    const [batched, execute] = t.sp().batched();
    const bList = batched.web.lists.getByTitle(LIST);
    const adds: Array<Promise<{ Id: number }>> = [];
    const updates: Array<Promise<{ etag: string }>> = [];
    const deletes: Array<Promise<void>> = [];
    for (let i = 1; i <= 15; i += 1) {
      adds.push(bList.items.add({ Title: `New ${i}`, MappingId: 100 + i }));
      updates.push(bList.items.getById(i).update({ Title: `Seed ${i} (edited)` }, '"1"'));
      deletes.push(bList.items.getById(i).delete());
    }
    await execute();
    const added = await Promise.all(adds);
    expect(added.map((a) => a.Id)).toEqual(Array.from({ length: 15 }, (_, i) => 16 + i));
    expect(await Promise.all(updates)).toEqual(Array.from({ length: 15 }, () => ({ etag: '"2"' })));
    await Promise.all(deletes);
    // PnPjs sends at most 20 requests per $batch POST: 45 → 3 round trips.
    expect(t.server.requestCount()).toBe(3);
    const rows = await list.items.select('Title').top(100)();
    expect(rows.map((r: { Title: string }) => r.Title)).toEqual(Array.from({ length: 15 }, (_, i) => `New ${i + 1}`));
  });

  it('fails only the failing part; reads in the batch see earlier writes', async () => {
    const list = t.sp().web.lists.getByTitle(LIST);
    const target = await list.items.add({ Title: 'Target' });
    const [batched, execute] = t.sp().batched();
    const bList = batched.web.lists.getByTitle(LIST);
    const ok1 = bList.items.add({ Title: 'Before' });
    const bad = bList.items.getById(target.Id).update({ Title: 'Stale' }, '"99"');
    const unknown = bList.items.add({ Title: 'x', Nope: 1 });
    const ok2 = bList.items.getById(target.Id).update({ Title: 'After' });
    const read = bList.items.getById(target.Id).select('Title')();
    await execute();
    expect((await ok1).Title).toBe('Before');
    await expect(bad).rejects.toMatchObject({ status: 412 });
    await expect(unknown).rejects.toMatchObject({ status: 400 });
    expect(await ok2).toEqual({ etag: '"2"' });
    expect(await read).toMatchObject({ Title: 'After' });
  });

  it('answers in the exact flat multipart shape PnPjs parses', async () => {
    const digest = await digestFor(t.server.siteUrl);
    const url = `${t.server.siteUrl}/_api/web/lists/getByTitle('${encodeURIComponent(LIST)}')/items`;
    const body = [
      '--batch_abc',
      'Content-Type: multipart/mixed; boundary="changeset_def"',
      '',
      '--changeset_def',
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      `POST ${url} HTTP/1.1`,
      'Accept: application/json',
      'Content-Type: application/json;charset=utf-8',
      '',
      '{"Title":"Raw"}',
      '',
      '--changeset_def--',
      '',
      '--batch_abc',
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      `GET ${url}(999) HTTP/1.1`,
      'Accept: application/json',
      '',
      '--batch_abc--',
      ''
    ].join('\r\n');
    const r = await fetch(`${t.server.siteUrl}/_api/$batch`, {
      method: 'POST',
      headers: { 'Content-Type': 'multipart/mixed; boundary=batch_abc', 'X-RequestDigest': digest },
      body
    });
    expect(r.status).toBe(200);
    const boundary = /boundary=(batchresponse_[0-9a-f-]+)/.exec(r.headers.get('content-type') ?? '')?.[1];
    expect(boundary).toBeDefined();
    const text = await r.text();
    const lines = text.split('\n');
    expect(lines[0]).toBe(`--${boundary}`);
    expect(lines.slice(1, 5)).toEqual(['Content-Type: application/http', 'Content-Transfer-Encoding: binary', '', 'HTTP/1.1 201 Created']);
    expect(text).toContain('HTTP/1.1 404 Not Found');
    expect(text.endsWith(`--${boundary}--\n`)).toBe(true);
    expect(text.split(`--${boundary}\n`)).toHaveLength(3);
  });

  it('parses CRLF and LF bodies alike, flattening changesets in order', () => {
    const lf = ['--b', 'Content-Type: multipart/mixed; boundary="c"', '', '--c', 'Content-Type: application/http', '', 'MERGE http://h/x HTTP/1.1', 'IF-MATCH: "3"', '', '{"a":1}', '', '--c--', '', '--b', 'Content-Type: application/http', '', 'GET http://h/y HTTP/1.1', 'Accept: application/json', '', '--b--', ''].join('\n');
    for (const text of [lf, lf.replace(/\n/g, '\r\n')]) {
      expect(parseBatch(text, 'b')).toEqual([
        { method: 'MERGE', url: 'http://h/x', headers: { 'if-match': '"3"' }, body: '{"a":1}' },
        { method: 'GET', url: 'http://h/y', headers: { accept: 'application/json' }, body: '' }
      ]);
    }
  });
});
