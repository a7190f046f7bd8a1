/** @jest-environment node */
import * as http from 'http';
import { TestServer, digestFor, startTestServer } from './helpers';

let t: TestServer;
const LIST = 'Hardened';

beforeAll(async () => {
  t = await startTestServer();
  await t.sp().web.lists.add(LIST, '', 100);
  await t.sp().web.lists.getByTitle(LIST).fields.addMultilineText('Notes');
  const [batched, execute] = t.sp().batched();
  for (let i = 0; i < 100; i += 1) {
    void batched.web.lists.getByTitle(LIST).items.add({ Title: `Row ${i}` });
  }
  await execute();
});

afterAll(async () => {
  await t.stop();
});

/** A raw request with any Host header (fetch will not let a page or test forge Host). */
function rawRequest(path: string, headers: Record<string, string>): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: t.server.port, path, method: 'GET', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function post(path: string, body: string | Uint8Array, headers: Record<string, string> = {}): Promise<{ status: number; json: unknown }> {
  const r = await fetch(`${t.server.siteUrl}/_api/${path}`, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-RequestDigest': await digestFor(t.server.siteUrl), ...headers },
    body
  });
  const text = await r.text();
  return { status: r.status, json: text.startsWith('{') ? (JSON.parse(text) as unknown) : text };
}

function batchBody(boundary: string, urls: string[]): string {
  return `${urls.map((url) => `--${boundary}\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\nGET ${url} HTTP/1.1\r\nAccept: application/json\r\n\r\n`).join('')}--${boundary}--\r\n`;
}

describe('who may talk to the server', () => {
  it('answers only requests addressed to its own host, so DNS rebinding gets nowhere', async () => {
    const api = `/sites/imaging/_api/web/lists/getByTitle('${LIST}')/items`;
    const rebound = await rawRequest(api, { Host: `attacker.example:${t.server.port}`, Accept: 'application/json' });
    expect(rebound).toMatchObject({ status: 400, body: 'Bad Request - Invalid Hostname' });
    expect((await rawRequest('/_local/health', { Host: `evil.localhost:${t.server.port}` })).status).toBe(400);
    expect((await rawRequest(api, { Host: `localhost:${t.server.port}`, Accept: 'application/json' })).status).toBe(200);
    expect((await rawRequest(api, { Host: `127.0.0.1:${t.server.port}`, Accept: 'application/json' })).status).toBe(200);
  });

  it('ignores X-Forwarded-Host when building links', async () => {
    const r = await rawRequest(`/sites/imaging/_api/web/lists/getByTitle('${LIST}')/items?$top=1`, {
      Host: `127.0.0.1:${t.server.port}`,
      'X-Forwarded-Host': 'attacker.example',
      Accept: 'application/json'
    });
    expect(r.body).not.toContain('attacker.example');
    expect(r.body).toContain(`http://127.0.0.1:${t.server.port}/sites/imaging/_api/`);
  });

  it('allows CORS for its own origin only', async () => {
    const own = await fetch(`${t.server.url}/_local/health`, { headers: { Origin: `http://localhost:${t.server.port}` } });
    expect(own.headers.get('access-control-allow-origin')).toBe(`http://localhost:${t.server.port}`);
    for (const origin of ['http://attacker.example', 'http://localhost:1', 'http://127.0.0.1:3000']) {
      const other = await fetch(`${t.server.url}/_local/health`, { headers: { Origin: origin } });
      expect([origin, other.headers.get('access-control-allow-origin')]).toEqual([origin, null]);
    }
  });
});

describe('limits as SharePoint Online sets them', () => {
  it('takes 63,999 characters in a multi-line text column and refuses 64,000', async () => {
    const items = `web/lists/getByTitle('${LIST}')/items`;
    expect((await post(items, JSON.stringify({ Title: 'max', Notes: 'x'.repeat(63_999) }))).status).toBe(201);
    const over = await post(items, JSON.stringify({ Title: 'over', Notes: 'x'.repeat(64_000) }));
    expect(over.status).toBe(400);
    expect(JSON.stringify(over.json)).toContain("The value of the field 'Notes' is longer than its maximum length (63999).");
  });

  it('refuses a request body over 1,048,576 bytes with SharePoint’s error, and keeps serving', async () => {
    const big = await post(`web/lists/getByTitle('${LIST}')/items`, JSON.stringify({ Title: 'big', Notes: 'y'.repeat(1_100_000) }));
    expect(big.status).toBe(400);
    expect(JSON.stringify(big.json)).toContain('The maximum number of bytes allowed to be read from the stream has been exceeded');
    expect((await fetch(`${t.server.url}/_local/health`)).status).toBe(200);
  });

  it('takes a file upload larger than that (uploads may reach 262,144,000 bytes)', async () => {
    await t.sp().web.lists.add('Big files', '', 101);
    const content = new Uint8Array(3 * 1024 * 1024).fill(7);
    const r = await post(`web/lists/getByTitle('Big files')/rootFolder/files/addUsingPath(decodedurl='big.bin')`, content);
    expect(r).toMatchObject({ status: 200, json: expect.objectContaining({ Length: String(content.length) }) });
  });

  it('refuses a $batch of more than 100 requests', async () => {
    const url = `${t.server.siteUrl}/_api/web/lists/getByTitle('${LIST}')/items?$top=1`;
    const r = await post('$batch', batchBody('b1', Array.from({ length: 101 }, () => url)), { 'Content-Type': 'multipart/mixed; boundary=b1' });
    expect(r.status).toBe(400);
    expect(JSON.stringify(r.json)).toContain('at most 100 are accepted in one batch');
  });

  it('lets other requests through while a large $batch runs', async () => {
    const url = `${t.server.siteUrl}/_api/web/lists/getByTitle('${LIST}')/items?$top=5000&$filter=${encodeURIComponent("substringof('Row',Title)")}`;
    const order: string[] = [];
    const digest = await digestFor(t.server.siteUrl);
    const batch = fetch(`${t.server.siteUrl}/_api/$batch`, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'multipart/mixed; boundary=b2', 'X-RequestDigest': digest },
      body: batchBody('b2', Array.from({ length: 100 }, () => url))
    }).then(async (r) => {
      order.push('batch');
      return r;
    });
    // Long enough for the batch to be running: without yielding, the health check would wait for it.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const health = fetch(`${t.server.url}/_local/health`).then((r) => {
      order.push('health');
      return r;
    });
    const [b, h] = await Promise.all([batch, health]);
    expect([b.status, h.status]).toEqual([200, 200]);
    expect(order).toEqual(['health', 'batch']);
  });
});

describe('malformed queries get 400, never 500', () => {
  it('6,000 nested parentheses, 1,000 or clauses (through $batch, as URLs that long cannot be sent directly) and a malformed $skiptoken', async () => {
    const items = `${t.server.siteUrl}/_api/web/lists/getByTitle('${LIST}')/items`;
    const deep = encodeURIComponent(`${'('.repeat(6000)}Title eq 'a'${')'.repeat(6000)}`);
    // Sent directly, a 36 KB URL never reaches SharePoint (IIS refuses it with 404).
    expect((await fetch(`${items}?$filter=${deep}`, { headers: { Accept: 'application/json' } })).status).toBe(404);
    const nested = await post('$batch', batchBody('b2', [`${items}?$filter=${deep}`]), { 'Content-Type': 'multipart/mixed; boundary=b2' });
    expect(String(nested.json)).toContain('HTTP/1.1 400');
    const ors = Array.from({ length: 1000 }, (_, i) => `Title eq 'Row ${i}'`).join(' or ');
    const batch = await post('$batch', batchBody('b3', [`${items}?$select=Title&$top=5000&$filter=${encodeURIComponent(ors)}`]), { 'Content-Type': 'multipart/mixed; boundary=b3' });
    expect(batch.status).toBe(200);
    expect(String(batch.json)).toContain('HTTP/1.1 200 OK');
    expect(String(batch.json)).toContain('Row 99');
    for (const token of ['Paged=TRUE&p_ID=abc', '%%%', 'Paged=TRUE&p_ID=1&p_Nope=1&p_Title=']) {
      const r = await fetch(`${items}?$skiptoken=${encodeURIComponent(token)}`, { headers: { Accept: 'application/json' } });
      expect([token, r.status]).not.toEqual([token, 500]);
      expect([token, r.status]).toEqual([token, expect.any(Number)]);
    }
    const bad = await fetch(`${items}?$skiptoken=${encodeURIComponent('Paged=TRUE&p_ID=abc')}`, { headers: { Accept: 'application/json' } });
    expect(bad.status).toBe(400);
    const undecodable = await fetch(`${items}?$skiptoken=%E0%A4%A`, { headers: { Accept: 'application/json' } });
    expect(undecodable.status).toBe(400);
  });
});
