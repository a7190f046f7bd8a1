/** @jest-environment node */
import { mkdirSync, rmSync, writeFileSync } from 'fs';
import { join } from 'path';
import { TestServer, startTestServer, tempDataDir } from './helpers';

let t: TestServer;
const staticDir = tempDataDir();

beforeAll(async () => {
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Local</title>');
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1);');
  t = await startTestServer({ staticDir });
  await t.sp().web.lists.add('Shapes', '', 100);
  await t.sp().web.lists.getByTitle('Shapes').fields.addChoice('Status', { Choices: ['A', 'B'] });
  await t.sp().web.lists.getByTitle('Shapes').items.add({ Title: 'One', Status: 'A' });
});

afterAll(async () => {
  await t.stop();
  rmSync(staticDir, { recursive: true, force: true });
});

const get = async (path: string, accept = 'application/json'): Promise<{ status: number; type: string | null; json: Record<string, unknown> }> => {
  const r = await fetch(`${t.server.siteUrl}/_api/${path}`, { headers: { Accept: accept } });
  return { status: r.status, type: r.headers.get('content-type'), json: (await r.json()) as Record<string, unknown> };
};

describe('metadata levels', () => {
  it('minimal: odata annotations and value', async () => {
    const r = await get("web/lists/getByTitle('Shapes')/items?$select=Title");
    expect(r.type).toContain('odata=minimalmetadata');
    expect(r.json['odata.metadata']).toBe(`${t.server.siteUrl}/_api/$metadata#SP.ListData.ShapesListItems`);
    expect((r.json.value as Array<Record<string, unknown>>)[0]).toMatchObject({ 'odata.type': 'SP.Data.ShapesListItem', 'odata.etag': '"1"', Title: 'One' });
  });

  it('verbose: d wrapper, __metadata and d.results', async () => {
    const r = await get("web/lists/getByTitle('Shapes')/items?$select=Title", 'application/json;odata=verbose');
    const d = r.json.d as { results: Array<Record<string, unknown>> };
    expect(d.results[0]).toMatchObject({ __metadata: { type: 'SP.Data.ShapesListItem', etag: '"1"' }, Title: 'One' });
    const one = await get("web/lists/getByTitle('Shapes')/items(1)?$select=Title", 'application/json;odata=verbose');
    expect(one.json).toMatchObject({ d: { Title: 'One', __metadata: { type: 'SP.Data.ShapesListItem' } } });
  });

  it('nometadata: bare properties', async () => {
    const r = await get("web/lists/getByTitle('Shapes')/items?$select=Title,Status", 'application/json;odata=nometadata');
    expect(r.json).toEqual({ value: [{ Title: 'One', Status: 'A' }] });
  });

  it('a single entity has no top-level value or d key in minimal metadata', async () => {
    const r = await get("web/lists/getByTitle('Shapes')");
    expect(Object.keys(r.json)).not.toContain('value');
    expect(r.json.Title).toBe('Shapes');
  });
});

describe('URLs', () => {
  it('accepts case-insensitive routes, %24 option names and + as space', async () => {
    const r = await get("Web/Lists/GetByTitle('Shapes')/Items?%24SELECT=Title&%24filter=Title+eq+'One'");
    expect((r.json.value as unknown[]).length).toBe(1);
  });

  it('answers an unknown route with 404', async () => {
    expect((await get('web/nothing')).status).toBe(404);
  });

  it('counts API requests except contextinfo', async () => {
    t.server.resetRequestCount();
    await fetch(`${t.server.siteUrl}/_api/contextinfo`, { method: 'POST' });
    await get('web');
    await fetch(`${t.server.url}/_local/health`);
    expect(t.server.requestCount()).toBe(1);
  });

  it("gives every answer, errors included, its own correlation id in SPRequestGuid, as SharePoint does", async () => {
    const ok = await fetch(`${t.server.siteUrl}/_api/web`, { headers: { Accept: 'application/json' } });
    const missing = await fetch(`${t.server.siteUrl}/_api/web/nothing`, { headers: { Accept: 'application/json' } });
    const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    expect(ok.headers.get('SPRequestGuid')).toMatch(guid);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('SPRequestGuid')).toMatch(guid);
    expect(missing.headers.get('SPRequestGuid')).not.toBe(ok.headers.get('SPRequestGuid'));
    expect(ok.headers.get('request-id')).toBe(ok.headers.get('SPRequestGuid'));
  });

  it('binds to 127.0.0.1', () => {
    expect(t.server.url).toBe(`http://127.0.0.1:${t.server.port}`);
  });
});

describe('static files', () => {
  it('serves files with content types and falls back to index.html for routes', async () => {
    const js = await fetch(`${t.server.url}/assets/app.js`);
    expect(js.headers.get('content-type')).toContain('text/javascript');
    const route = await fetch(`${t.server.url}/mappings/42`);
    expect(route.headers.get('content-type')).toContain('text/html');
    expect(await route.text()).toContain('<title>Local</title>');
    expect((await fetch(`${t.server.url}/assets/missing.js`)).status).toBe(404);
    const escape = await fetch(`${t.server.url}/..%2F..%2F..%2F..%2Fetc%2Fpasswd`);
    expect(await escape.text()).not.toContain('root:');
  });
});
