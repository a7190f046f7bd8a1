/** @jest-environment node */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import JSZip from 'jszip';
import { createWorkbench } from '../../local/workbench/routes';
import { APPLICATION_BASE_ID, collectRuntime } from '../../local/workbench/runtime';
import { readSppkg, resourceFiles } from '../../local/workbench/sppkg';
import type { ComponentManifest } from '../../local/workbench/sppkg';

const ROOT = resolve(__dirname, '..', '..');
const BASE = 'http://127.0.0.1:4321/workbench/runtime/';
const WEBPART_BASE_ID = '974a7777-0990-4136-8fa6-95d80114c2e0';

let scratch: string;
beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'idm-workbench-'));
});
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

describe('reading the .sppkg', () => {
  it('takes the component manifest from the feature XML and the files from ClientSideAssets', async () => {
    const manifest = { id: 'a1', alias: 'Part', componentType: 'WebPart', version: '1.0.0', loaderConfig: { internalModuleBaseUrls: ['HTTPS://SPCLIENTSIDEASSETLIBRARY/'], entryModuleId: 'part', scriptResources: { part: { type: 'path', path: 'part_1.js' } } }, note: 'Tom & "Jerry" <b>' };
    const escaped = JSON.stringify(manifest).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const zip = new JSZip();
    zip.file('feature_1/WebPart_a1.xml', `<Elements><ClientSideComponent Id="a1" ComponentManifest="${escaped}" /></Elements>`);
    zip.file('ClientSideAssets/part_1.js', 'define([], function () { return {}; });');
    const path = join(scratch, 'part.sppkg');
    writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer' }));

    const shipped = await readSppkg(path);
    expect(shipped.manifest).toEqual(manifest);
    expect([...shipped.assets.keys()]).toEqual(['part_1.js']);
    expect(shipped.assets.get('part_1.js')?.toString('utf8')).toContain('define(');
  });
});

describe('the workbench route', () => {
  it('says plainly that the ship build is needed when there is no .sppkg', async () => {
    mkdirSync(join(scratch, 'sharepoint', 'solution'), { recursive: true });
    const workbench = createWorkbench({ root: scratch });
    const reply = await workbench.handle(
      { pathname: '/workbench', origin: 'http://127.0.0.1:4321', sitePath: '/sites/imaging', siteId: 's', webId: 'w', digestSecret: 'x', user: undefined, permissions: () => ({ webPermissions: { High: 0, Low: 0 }, isSiteAdmin: false }) },
      ''
    );
    expect(reply.status).toBe(503);
    expect(String(reply.body)).toMatch(/run `npm run build` first/);
  });

  it('shows the error SPFx redirects to when it cannot start, as text', async () => {
    const workbench = createWorkbench({ root: scratch });
    expect(workbench.handles('/sites/imaging/_layouts/15/error.aspx', '/sites/imaging')).toBe(true);
    const reply = await workbench.handle(
      { pathname: '/sites/imaging/_layouts/15/error.aspx', origin: 'http://127.0.0.1:4321', sitePath: '/sites/imaging', siteId: 's', webId: 'w', digestSecret: 'x', user: undefined, permissions: () => ({ webPermissions: { High: 0, Low: 0 }, isSiteAdmin: false }) },
      '?ErrorText=Can%27t%20load&ErrorDetails=%3Cscript%3Ebad%3C%2Fscript%3E&Name=ClientError'
    );
    expect(String(reply.body)).toContain("Can't load");
    expect(String(reply.body)).toContain('&lt;script&gt;bad&lt;/script&gt;');
    expect(String(reply.body)).not.toContain('<script>');
  });
});

describe('the SPFx runtime the workbench preloads', () => {
  const runtime = collectRuntime(ROOT, BASE);
  const byId = new Map<string, ComponentManifest>(runtime.manifests.map((manifest) => [manifest.id, manifest]));

  /** Every component a manifest needs, and theirs, by id and version. */
  function closure(id: string, seen = new Set<string>()): Set<string> {
    const manifest = byId.get(id);
    if (manifest === undefined || seen.has(id)) {
      return seen;
    }
    seen.add(id);
    for (const resource of Object.values(manifest.loaderConfig.scriptResources)) {
      if (resource.type === 'component' && resource.id !== undefined) {
        closure(resource.id, seen);
      }
    }
    return seen;
  }

  it('has a manifest, at the version asked for, for everything sp-webpart-base and the page application need', () => {
    expect([...closure(WEBPART_BASE_ID)].map((id) => byId.get(id)?.alias)).toEqual(expect.arrayContaining(['SPWebPartBase', 'SPComponentBase', 'SPHttp', 'sp-telemetry', 'tslib']));
    const missing: string[] = [];
    for (const id of [...closure(WEBPART_BASE_ID), ...closure(APPLICATION_BASE_ID)]) {
      const manifest = byId.get(id);
      for (const [name, resource] of Object.entries(manifest?.loaderConfig.scriptResources ?? {})) {
        if (resource.type === 'component' && byId.get(resource.id ?? '')?.version !== resource.version) {
          missing.push(`${name} ${resource.id} ${resource.version}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('serves every file those manifests name from one folder, as SharePoint’s CDN does', () => {
    const unserved: string[] = [];
    for (const id of closure(WEBPART_BASE_ID)) {
      const manifest = byId.get(id) as ComponentManifest;
      const base = manifest.loaderConfig.internalModuleBaseUrls[0];
      expect(base.startsWith(BASE)).toBe(true);
      for (const resource of Object.values(manifest.loaderConfig.scriptResources)) {
        for (const path of resourceFiles(resource)) {
          if (!runtime.files.has(`${base.slice(BASE.length)}${path}`)) {
            unserved.push(`${manifest.alias}: ${path}`);
          }
        }
      }
    }
    expect(unserved).toEqual([]);
  });

  it('gives the web part sp-property-pane’s own field builders', () => {
    const file = runtime.files.get('substitutes/sp-property-pane.js');
    expect(file !== undefined && 'text' in file).toBe(true);
    let api: Record<string, unknown> = {};
    const define = (_deps: string[], factory: () => Record<string, unknown>): void => {
      api = factory();
    };
    new Function('define', file !== undefined && 'text' in file ? file.text : '')(define);
    const textField = api.PropertyPaneTextField as (target: string, properties: object) => { type: number; targetProperty: string };
    const fieldTypes = api.PropertyPaneFieldType as Record<string, number>;
    expect(textField('defaultTeam', { label: 'Default team' })).toEqual({ type: fieldTypes.TextField, targetProperty: 'defaultTeam', properties: { label: 'Default team' } });
    expect(typeof api.PropertyPaneToggle).toBe('function');
  });
});
