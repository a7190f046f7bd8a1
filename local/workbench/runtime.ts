/**
 * The SPFx runtime a SharePoint page preloads, taken from node_modules: every
 * @microsoft/* package's dist bundles with the component manifests published
 * beside them, React and ReactDOM as the components SPFx's manifests name,
 * and the workbench's substitutes (local/workbench/substitutes/) for the few
 * components Microsoft serves only from SharePoint's CDN.
 */
import { existsSync, readdirSync, readFileSync } from 'fs';
import { dirname, join, resolve } from 'path';
import { buildPropertyPaneModule } from './propertyPaneModule';
import type { ComponentManifest } from './sppkg';

/** Component ids SPFx's manifests use for React 17 (componentConstants in sp-loader). */
const REACT_ID = '0d910c1c-13b9-4e1c-9aa4-b008c5e42d7d';
const REACT_DOM_ID = 'aa0a46ec-1505-43cd-a44a-93f3a5aa460a';
/** sp-property-pane's id: its UI needs unpublished Fluent v9 bundles, so the workbench substitutes it. */
export const PROPERTY_PANE_ID = 'f9e737b7-f0df-4597-ba8c-3060f82380db';
/** The page application sp-loader starts (sp-application-base); the workbench substitutes it. */
export const APPLICATION_BASE_ID = '4df9bb86-ab0a-4aab-ab5f-48bf167048fb';

/** A file on disk, or a module the workbench assembles (the property pane's field builders). */
export type RuntimeFile = { path: string } | { text: string };

export interface Runtime {
  manifests: ComponentManifest[];
  /** URL path under the workbench's runtime prefix → file on disk. */
  files: Map<string, RuntimeFile>;
}

function pathResource(path: string): { type: string; path: string } {
  return { type: 'path', path };
}

function library(id: string, alias: string, version: string, baseUrl: string, entry: string, file: string, deps: Record<string, { type: string; id: string; version: string }> = {}): ComponentManifest {
  return {
    id,
    alias,
    componentType: 'Library',
    version,
    manifestVersion: 2,
    loaderConfig: { internalModuleBaseUrls: [baseUrl], entryModuleId: entry, scriptResources: { [entry]: pathResource(file), ...deps } }
  };
}

/** SPFx components the substitutes import, by the names their AMD modules use. */
const SPFX_COMPONENTS: Record<string, { type: string; id: string; version: string }> = {
  '@microsoft/sp-core-library': { type: 'component', id: '7263c7d0-1d6a-45ec-8d85-d4d1d234171b', version: '1.23.2' },
  '@microsoft/sp-page-context': { type: 'component', id: '1c4541f7-5c31-41aa-9fa8-fbc9dc14c0a8', version: '1.23.2' },
  '@microsoft/sp-loader': { type: 'component', id: '1c6c9123-7aac-41f3-a376-3caea41ed83f', version: '1.23.2' }
};

/**
 * Components sp-loader's assembly bundles inside itself (see its _initializeAssembly call).
 * SharePoint lists their manifests among the page's preloaded ones; the loader finds them
 * already registered and never fetches the path.
 */
const ASSEMBLY_COMPONENTS: { id: string; alias: string; version: string }[] = [
  { id: '01c4df03-e775-48cb-aa14-171ee5199a15', alias: 'tslib', version: '2.3.1' },
  { id: '229b8d08-79f3-438b-8c21-4613fc877abd', alias: 'load-themed-styles', version: '0.1.2' },
  { id: '2e09fb9b-13bb-48f2-859f-97d6fff71176', alias: 'odsp-core-bundle', version: '1.5.82' },
  { id: '8217e442-8ed3-41fd-957d-b112e841286a', alias: 'sp-telemetry', version: '0.35.145' }
];

/** The substitutes written for the workbench, as components with the ids SPFx's manifests ask for. */
const SUBSTITUTES: { id: string; alias: string; version: string; file: string; deps: string[] }[] = [
  { id: '6d3c733c-8cb7-4871-bb22-b5b37c1d518d', alias: 'sp-safehtml', version: '0.1.0', file: 'sp-safehtml.js', deps: [] },
  { id: '42647dee-1f75-4b9f-b521-5c844a6c35cc', alias: 'sp-edit-customer-promise', version: '0.1.0', file: 'sp-edit-customer-promise.js', deps: ['@microsoft/sp-core-library'] },
  { id: 'c49ba483-7614-4c5c-b9dd-11b45a5fa280', alias: 'sp-idle-web-task', version: '0.1.2', file: 'sp-idle-web-task.js', deps: [] },
  { id: APPLICATION_BASE_ID, alias: 'sp-application-base', version: '1.23.2', file: 'workbench-application.js', deps: Object.keys(SPFX_COMPONENTS) }
];

/**
 * Collects the runtime: manifests with their base URLs pointing at `baseUrl`
 * (absolute, ending in a slash) and the files those URLs serve.
 *
 * @param root - The project root (where node_modules is).
 * @param baseUrl - Absolute URL the runtime is served under, e.g. http://127.0.0.1:4321/workbench/runtime/.
 * @returns The manifests to preload and the files to serve.
 */
export function collectRuntime(root: string, baseUrl: string): Runtime {
  const manifests: ComponentManifest[] = [];
  const files = new Map<string, RuntimeFile>();
  const microsoft = join(root, 'node_modules', '@microsoft');
  for (const pkg of readdirSync(microsoft)) {
    const dist = join(microsoft, pkg, 'dist');
    if (pkg === 'sp-property-pane' || !existsSync(dist)) {
      continue;
    }
    const names = readdirSync(dist);
    const manifestNames = names.filter((name) => name.endsWith('.manifest.json'));
    if (manifestNames.length === 0) {
      continue;
    }
    for (const name of manifestNames) {
      const manifest = JSON.parse(readFileSync(join(dist, name), 'utf8')) as ComponentManifest;
      manifests.push({ ...manifest, loaderConfig: { ...manifest.loaderConfig, internalModuleBaseUrls: [baseUrl] } });
    }
    // One folder for every package, as on SharePoint's CDN: bundles load their chunks from
    // their own base URL, and file names carry content hashes, so none collide.
    for (const name of names.filter((file) => /\.(js|woff)$/.test(file) && file !== 'index.js')) {
      files.set(name, { path: join(dist, name) });
    }
  }

  for (const component of ASSEMBLY_COMPONENTS) {
    manifests.push(library(component.id, component.alias, component.version, baseUrl, component.alias, 'sp-loader-assembly_en-us.js'));
  }

  const reactDir = dirname(require.resolve('react/package.json', { paths: [root] }));
  const reactDomDir = dirname(require.resolve('react-dom/package.json', { paths: [root] }));
  const reactVersion = (JSON.parse(readFileSync(join(reactDir, 'package.json'), 'utf8')) as { version: string }).version;
  files.set('react/react.production.min.js', { path: join(reactDir, 'umd', 'react.production.min.js') });
  files.set('react-dom/react-dom.production.min.js', { path: join(reactDomDir, 'umd', 'react-dom.production.min.js') });
  manifests.push(library(REACT_ID, 'React', reactVersion, `${baseUrl}react/`, 'react', 'react.production.min.js'));
  manifests.push(
    library(REACT_DOM_ID, 'ReactDOM', reactVersion, `${baseUrl}react-dom/`, 'react-dom', 'react-dom.production.min.js', {
      react: { type: 'component', id: REACT_ID, version: reactVersion }
    })
  );

  // A substitute answers to the version SPFx's own manifests ask for.
  const requested = new Map<string, string>();
  for (const manifest of manifests) {
    for (const resource of Object.values(manifest.loaderConfig.scriptResources)) {
      if (resource.type === 'component' && resource.id !== undefined && resource.version !== undefined) {
        requested.set(resource.id, resource.version);
      }
    }
  }
  const substitutes = resolve(__dirname, 'substitutes');
  for (const listed of SUBSTITUTES) {
    const substitute = { ...listed, version: requested.get(listed.id) ?? listed.version };
    files.set(`substitutes/${substitute.file}`, { path: join(substitutes, substitute.file) });
    const deps = Object.fromEntries(substitute.deps.map((name) => [name, SPFX_COMPONENTS[name]]));
    manifests.push(library(substitute.id, substitute.alias, substitute.version, `${baseUrl}substitutes/`, substitute.alias, substitute.file, deps));
  }
  files.set('substitutes/sp-property-pane.js', { text: buildPropertyPaneModule(root) });
  manifests.push(library(PROPERTY_PANE_ID, 'sp-property-pane', '1.23.2', `${baseUrl}substitutes/`, 'sp-property-pane', 'sp-property-pane.js'));
  return { manifests, files };
}
