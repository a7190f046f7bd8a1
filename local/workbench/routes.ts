/**
 * `/workbench`: the shipped web part on SPFx's own runtime, on the local site.
 *   /workbench                      the page (server-rendered context, as SharePoint renders a page)
 *   /workbench/runtime/<pkg>/<file> SPFx's dist bundles from node_modules, React, the substitutes
 *   /workbench/assets/<file>        ClientSideAssets/ out of sharepoint/solution/*.sppkg
 * The .sppkg is re-read whenever it changes, so a new ship build shows up on reload.
 */
import { readFileSync, statSync } from 'fs';
import { extname, join } from 'path';
import { issueDigest, DIGEST_TIMEOUT_SECONDS } from '../server/digest';
import type { LocalUser } from '../server/users';
import { renderWorkbenchPage } from './page';
import { renderTeamsShell } from './teamsShell';
import { APPLICATION_BASE_ID, collectRuntime, type Runtime } from './runtime';
import { ASSET_LIBRARY_TOKEN, findSppkg, readSppkg, resourceFiles, type ShippedWebPart } from './sppkg';

export interface WorkbenchReply {
  status: number;
  headers: Record<string, string>;
  body: string | Buffer;
}

export interface WorkbenchRequest {
  pathname: string;
  /** e.g. http://127.0.0.1:4321 */
  origin: string;
  sitePath: string;
  siteId: string;
  webId: string;
  digestSecret: string;
  /** The signed-in local user (the page's cookie), undefined when the cookie names nobody known. */
  user: LocalUser | undefined;
  /** That user's effective permissions on the web, and whether they are a site collection admin. */
  permissions(user: LocalUser): { webPermissions: { High: number; Low: number }; isSiteAdmin: boolean };
}

export interface WorkbenchOptions {
  /** Project root: node_modules and sharepoint/solution are found from here. */
  root: string;
}

const TYPES: Record<string, string> = {
  '.js': 'application/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.woff': 'font/woff'
};

function plain(status: number, message: string): WorkbenchReply {
  return { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: message };
}

export interface Workbench {
  /** True for the paths the workbench answers (its own, and the site's error page SPFx redirects to). */
  handles(pathname: string, sitePath: string): boolean;
  handle(request: WorkbenchRequest, search: string): Promise<WorkbenchReply>;
}

function errorPagePath(sitePath: string): string {
  return `${sitePath}/_layouts/15/error.aspx`.toLowerCase();
}

/**
 * SharePoint's error page, where sp-loader sends the browser when SPFx cannot
 * start (SPStarter._errorAspxHandleFailure): it shows the error SPFx passed.
 */
function errorPage(search: string): WorkbenchReply {
  const query = new URLSearchParams(search);
  const escape = (value: string): string => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = `<!doctype html><html lang="en-GB" data-workbench="failed"><head><meta charset="utf-8"><title>Something went wrong</title></head>
<body><main><h1>Something went wrong</h1><p role="alert">${escape(query.get('ErrorText') ?? '')}</p>
<p>Technical details: ${escape(query.get('ErrorDetails') ?? '')} (${escape(query.get('Name') ?? '')}, correlation ${escape(query.get('ErrorCorrelationId') ?? '')})</p></main></body></html>`;
  return { status: 500, headers: { 'Content-Type': 'text/html; charset=utf-8' }, body };
}

/**
 * Creates the workbench's request handler.
 *
 * @param options - Where the project is.
 * @returns A handler for GET requests under /workbench.
 */
export function createWorkbench(options: WorkbenchOptions): Workbench {
  const runtimes = new Map<string, Runtime>();
  let shipped: { path: string; modified: number; webPart: ShippedWebPart } | undefined;

  const runtimeFor = (origin: string): Runtime => {
    let runtime = runtimes.get(origin);
    if (runtime === undefined) {
      runtime = collectRuntime(options.root, `${origin}/workbench/runtime/`);
      runtimes.set(origin, runtime);
    }
    return runtime;
  };

  const shippedWebPart = async (): Promise<ShippedWebPart | undefined> => {
    const path = findSppkg(join(options.root, 'sharepoint', 'solution'));
    if (path === undefined) {
      return undefined;
    }
    const modified = statSync(path).mtimeMs;
    if (shipped === undefined || shipped.path !== path || shipped.modified !== modified) {
      shipped = { path, modified, webPart: await readSppkg(path) };
    }
    return shipped.webPart;
  };

  const handle = async (request: WorkbenchRequest, search: string): Promise<WorkbenchReply> => {
    if (request.pathname.toLowerCase() === errorPagePath(request.sitePath)) {
      return errorPage(search);
    }
    const rest = request.pathname.replace(/^\/workbench\/?/i, '');
    const webPart = await shippedWebPart();
    if (webPart === undefined) {
      return plain(503, 'The workbench serves the web part from sharepoint/solution/*.sppkg, which is missing: run `npm run build` first.');
    }
    if (rest === 'teams') {
      const query = new URLSearchParams(search);
      const html = renderTeamsShell({
        tabUrl: `${request.origin}/workbench?teams=1`,
        theme: query.get('theme') ?? 'default',
        locale: query.get('locale') ?? 'en-GB',
        teamName: query.get('team') ?? 'Royal Infirmary — General X-ray',
        teamSiteUrl: `${request.origin}${request.sitePath}`
      });
      return { status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }, body: html };
    }
    if (rest === '' || rest === 'index.html') {
      if (request.user === undefined) {
        return plain(401, 'The local user named in the local-user cookie is not known.');
      }
      const runtime = runtimeFor(request.origin);
      // The app catalog replaces the build's asset-library token with the URL it serves ClientSideAssets from.
      const baseUrls = webPart.manifest.loaderConfig.internalModuleBaseUrls.map((url) => (url.toUpperCase() === ASSET_LIBRARY_TOKEN ? `${request.origin}/workbench/assets/` : url));
      const manifest = { ...webPart.manifest, loaderConfig: { ...webPart.manifest.loaderConfig, internalModuleBaseUrls: baseUrls } };
      const entry = manifest.loaderConfig.scriptResources[manifest.loaderConfig.entryModuleId];
      const html = renderWorkbenchPage({
        site: {
          origin: request.origin,
          sitePath: request.sitePath,
          siteId: request.siteId,
          webId: request.webId,
          title: 'Imaging',
          formDigestValue: issueDigest(request.digestSecret),
          formDigestTimeoutSeconds: DIGEST_TIMEOUT_SECONDS,
          ...request.permissions(request.user)
        },
        user: request.user,
        manifests: [...runtime.manifests, manifest],
        applicationId: APPLICATION_BASE_ID,
        webPart: manifest,
        loaderScriptUrl: `${request.origin}/workbench/runtime/sp-loader-assembly_en-us.js`,
        bundleFile: entry !== undefined ? resourceFiles(entry).join(', ') : manifest.loaderConfig.entryModuleId,
        packageName: webPart.packagePath.split(/[\\/]/).pop() ?? webPart.packagePath,
        inTeams: new URLSearchParams(search).has('teams')
      });
      return { status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }, body: html };
    }
    const asset = /^assets\/([^/]+)$/.exec(rest);
    if (asset !== null) {
      const body = webPart.assets.get(asset[1]);
      if (body === undefined) {
        return plain(404, `${asset[1]} is not in ${webPart.packagePath}'s ClientSideAssets.`);
      }
      return { status: 200, headers: { 'Content-Type': TYPES[extname(asset[1]).toLowerCase()] ?? 'application/octet-stream', 'Cache-Control': 'no-store' }, body };
    }
    const runtimeFile = /^runtime\/(.+)$/.exec(rest);
    if (runtimeFile !== null) {
      const file = runtimeFor(request.origin).files.get(runtimeFile[1]);
      if (file === undefined) {
        return plain(404, `${runtimeFile[1]} is not part of the SPFx runtime the workbench serves.`);
      }
      const body = 'text' in file ? file.text : readFileSync(file.path);
      return { status: 200, headers: { 'Content-Type': TYPES[extname(runtimeFile[1]).toLowerCase()] ?? 'application/octet-stream', 'Cache-Control': 'max-age=3600' }, body };
    }
    return plain(404, 'Not found');
  };

  return {
    handles: (pathname, sitePath) => /^\/workbench(\/|$)/i.test(pathname) || pathname.toLowerCase() === errorPagePath(sitePath),
    handle
  };
}
