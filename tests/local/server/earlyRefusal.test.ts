/**
 * @jest-environment node
 *
 * What the server refuses before reading a body, over raw HTTP: `/_local/*` from other origins or
 * as anything but JSON, fault rules past their caps, URLs longer than SharePoint's web servers take,
 * uploads without a digest or by someone who may not add files, bodies counted as they arrive
 * (chunked too), and requests that go quiet.
 */
import * as http from 'http';
import '@pnp/sp/files';
import '@pnp/sp/folders';
import { MEMBER, OWNER, TestServer, VISITOR, digestFor, startTestServer } from './helpers';

let t: TestServer;
const LIB = 'Early Docs';
const LIST = 'Early List';

beforeAll(async () => {
  t = await startTestServer({ idleTimeoutMs: 400 });
  await t.sp().web.lists.add(LIB, '', 101, false);
  await t.sp().web.lists.add(LIST, '', 100, false);
});

afterAll(async () => {
  await t.stop();
});

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** Sends headers, then `body` (string or chunks written one by one until the server answers). */
function raw(method: string, path: string, headers: Record<string, string>, body?: string | Buffer[]): Promise<Raw & { written: number }> {
  return new Promise((resolve, reject) => {
    let written = 0;
    let answered = false;
    const req = http.request({ host: '127.0.0.1', port: t.server.port, path, method, headers: { Host: `127.0.0.1:${t.server.port}`, ...headers } }, (res) => {
      answered = true;
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text, written }));
    });
    req.on('error', (e: NodeJS.ErrnoException) => {
      // The server closes a refused request's connection without reading the rest.
      if (!answered && e.code !== 'EPIPE' && e.code !== 'ECONNRESET') {
        reject(e);
      }
    });
    if (body === undefined) {
      req.end();
    } else if (typeof body === 'string') {
      req.end(body);
    } else {
      req.flushHeaders();
      const next = (i: number): void => {
        if (answered || i >= body.length || req.destroyed) {
          if (!answered && !req.destroyed) {
            req.end();
          }
          return;
        }
        written += body[i].length;
        req.write(body[i], () => setTimeout(() => next(i + 1), 0));
      };
      next(0);
    }
  });
}

async function pendingFaults(): Promise<unknown[]> {
  return (await (await fetch(`${t.server.url}/_local/faults`)).json()) as unknown[];
}

describe('/_local/* takes only same-origin JSON', () => {
  const rule = JSON.stringify({ status: 503, times: 1 });

  it('refuses a plain-text POST (what a page on another origin can send without asking)', async () => {
    const r = await raw('POST', '/_local/faults', { 'Content-Type': 'text/plain' }, JSON.stringify({ status: 503, times: 999_999_998 }));
    expect(r.status).toBe(415);
    expect(await pendingFaults()).toEqual([]);
  });

  it('refuses another origin and a cross-site fetch, even as JSON', async () => {
    const json = { 'Content-Type': 'application/json' };
    expect((await raw('POST', '/_local/faults', { ...json, Origin: 'http://attacker.example' }, rule)).status).toBe(403);
    expect((await raw('POST', '/_local/faults', { ...json, Origin: `http://localhost:${t.server.port + 1}` }, rule)).status).toBe(403);
    expect((await raw('POST', '/_local/faults', { ...json, 'Sec-Fetch-Site': 'cross-site' }, rule)).status).toBe(403);
    expect((await raw('DELETE', '/_local/faults', { Origin: 'http://attacker.example' })).status).toBe(403);
    expect(await pendingFaults()).toEqual([]);
  });

  it('takes its own origin and non-browser clients, within the caps', async () => {
    const own = await raw('POST', '/_local/faults', { 'Content-Type': 'application/json; charset=utf-8', Origin: `http://127.0.0.1:${t.server.port}`, 'Sec-Fetch-Site': 'same-origin' }, rule);
    expect(own.status).toBe(201);
    for (const bad of [{ status: 503, times: 999_999_998 }, { status: 503, times: 1001 }, { status: 429, retryAfter: 86_400 }, { status: 429, retryAfter: 1.5 }, { status: 503, pathContains: 'x'.repeat(1001) }]) {
      const r = await raw('POST', '/_local/faults', { 'Content-Type': 'application/json' }, JSON.stringify(bad));
      expect([bad, r.status]).toEqual([bad, 400]);
    }
    expect((await raw('POST', '/_local/faults', { 'Content-Type': 'application/json' }, JSON.stringify({ status: 429, retryAfter: 120, times: 1000 }))).status).toBe(201);
    expect(await pendingFaults()).toHaveLength(2);
    expect((await raw('DELETE', '/_local/faults', {})).status).toBe(204);
  });

  it('caps the queue and the body', async () => {
    for (let i = 0; i < 100; i += 1) {
      expect((await raw('POST', '/_local/faults', { 'Content-Type': 'application/json' }, JSON.stringify({ status: 503, pathContains: `never-${i}` }))).status).toBe(201);
    }
    expect((await raw('POST', '/_local/faults', { 'Content-Type': 'application/json' }, rule)).status).toBe(429);
    await raw('DELETE', '/_local/faults', {});
    const big = await raw('POST', '/_local/faults', { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' }, Array.from({ length: 64 }, () => Buffer.alloc(1024, 32)));
    expect(big.status).toBe(413);
    expect(big.written).toBeLessThan(64 * 1024);
  });
});

describe('URLs as long as SharePoint Online takes', () => {
  const items = `/sites/imaging/_api/web/lists/getByTitle('${encodeURIComponent(LIST)}')/items`;

  it('answers a query string of 2,048 bytes and refuses one byte more with 404, as IIS request filtering does', async () => {
    const filter = (length: number): string => {
      const start = '$filter=';
      const clause = encodeURIComponent('ID eq 1 or ');
      let text = start;
      while (text.length + clause.length + encodeURIComponent('ID eq 1').length <= length) {
        text += clause;
      }
      text += encodeURIComponent('ID eq 1');
      return text + '&x='.padEnd(length - text.length, 'x');
    };
    const atLimit = filter(2048);
    expect(atLimit).toHaveLength(2048);
    expect((await raw('GET', `${items}?${atLimit}`, { Accept: 'application/json' })).status).toBe(200);
    const over = await raw('GET', `${items}?${filter(2049)}`, { Accept: 'application/json' });
    expect(over.status).toBe(404);
    expect(over.headers['content-type']).toContain('text/html');
    expect(over.headers['sprequestguid']).toBeUndefined();
  });

  it('refuses a path past 4,096 bytes the same way', async () => {
    const r = await raw('GET', `/sites/imaging/_api/web/lists/getByTitle('${'a'.repeat(4100)}')`, { Accept: 'application/json' });
    expect(r.status).toBe(404);
  });
});

describe('upload bodies are refused before they are read', () => {
  const upload = `/sites/imaging/_api/web/getFolderByServerRelativePath(decodedUrl='${encodeURIComponent(`/sites/imaging/${LIB}`)}')/files/addUsingPath(DecodedUrl='big.bin',Overwrite=true)`;
  /** 200 MB declared (under the 262,144,000-byte limit), 64 KB sent at most. */
  const declared = { 'Content-Length': String(200 * 1024 * 1024), 'Content-Type': 'application/octet-stream', Accept: 'application/json' };
  const chunks = Array.from({ length: 8 }, () => Buffer.alloc(8192));

  it('without a form digest: 403 with SharePoint\'s digest error, body unread', async () => {
    const r = await raw('POST', upload, { ...declared, 'X-Local-User': OWNER }, chunks);
    expect(r.status).toBe(403);
    expect(r.body).toContain('-2130575251');
    expect(r.headers.connection).toBe('close');
  });

  it('by a Visitor (no Add or Edit Items on the library): Access denied, body unread', async () => {
    const digest = await digestFor(t.server.siteUrl);
    const r = await raw('POST', upload, { ...declared, 'X-Local-User': VISITOR, 'X-RequestDigest': digest }, chunks);
    expect(r.status).toBe(403);
    expect(r.body).toContain('System.UnauthorizedAccessException');
    expect(r.headers.connection).toBe('close');
  });

  it('by an unknown user: 401 before anything is read', async () => {
    const digest = await digestFor(t.server.siteUrl);
    const r = await raw('POST', upload, { ...declared, 'X-Local-User': 'nobody@example.com', 'X-RequestDigest': digest }, chunks);
    expect(r.status).toBe(401);
  });

  it('a Member still uploads', async () => {
    const added = await t.sp(MEMBER).web.getFolderByServerRelativePath(`/sites/imaging/${LIB}`).files.addUsingPath('small.txt', 'hello', { Overwrite: true });
    expect(added.Name).toBe('small.txt');
  });

  it('counts a chunked JSON body as it arrives and stops at 1,048,576 bytes', async () => {
    const digest = await digestFor(t.server.siteUrl);
    const big = Array.from({ length: 40 }, () => Buffer.alloc(64 * 1024, 32));
    const r = await raw(
      'POST',
      `/sites/imaging/_api/web/lists/getByTitle('${encodeURIComponent(LIST)}')/items`,
      { 'Content-Type': 'application/json', Accept: 'application/json', 'Transfer-Encoding': 'chunked', 'X-RequestDigest': digest },
      big
    );
    expect(r.status).toBe(400);
    expect(r.body).toContain('A maximum of 1048576 bytes is allowed');
    expect(r.written).toBeLessThan(40 * 64 * 1024);
  });
});

describe('idle requests time out', () => {
  it('drops a write whose body stops arriving, without an answer (as HTTP.sys does)', async () => {
    const digest = await digestFor(t.server.siteUrl);
    const outcome = await new Promise<{ ms: number; answered: boolean }>((resolve) => {
      const started = Date.now();
      let answered = false;
      const req = http.request({
        host: '127.0.0.1',
        port: t.server.port,
        path: `/sites/imaging/_api/web/lists/getByTitle('${encodeURIComponent(LIST)}')/items`,
        method: 'POST',
        headers: { Host: `127.0.0.1:${t.server.port}`, 'Content-Type': 'application/json', 'Content-Length': '100', 'X-RequestDigest': digest }
      });
      req.on('response', () => (answered = true));
      req.on('error', () => resolve({ ms: Date.now() - started, answered }));
      req.on('close', () => resolve({ ms: Date.now() - started, answered }));
      req.write('{"Title":');
    });
    expect(outcome.answered).toBe(false);
    expect(outcome.ms).toBeGreaterThanOrEqual(350);
    expect(outcome.ms).toBeLessThan(5000);
  });
});
