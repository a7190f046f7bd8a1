/**
 * The workbench page's HTML: what SharePoint's server renders into a modern
 * page before any script runs — `_spPageContextInfo` for the signed-in user
 * and the site, and the preloaded component manifests — then sp-loader's
 * assembly and the `spModuleLoader.start(...)` call a SharePoint page makes.
 */
import { randomUUID } from 'crypto';
import type { LocalUser } from '../server/users';
import type { ComponentManifest } from './sppkg';

export interface PageSite {
  /** e.g. http://127.0.0.1:4321 */
  origin: string;
  /** e.g. /sites/imaging */
  sitePath: string;
  siteId: string;
  webId: string;
  title: string;
  formDigestValue: string;
  formDigestTimeoutSeconds: number;
  isSiteAdmin: boolean;
  /** The user's effective permissions on the web, as SharePoint renders them into the page. */
  webPermissions: { High: number; Low: number };
}

export interface WorkbenchPage {
  site: PageSite;
  user: LocalUser;
  manifests: ComponentManifest[];
  applicationId: string;
  webPart: ComponentManifest;
  /** Where sp-loader's assembly is served. */
  loaderScriptUrl: string;
  /** The bundle file named in the .sppkg, shown on the page so a reader can see which was loaded. */
  bundleFile: string;
  packageName: string;
  /** Shown as a Teams tab inside /workbench/teams (SPFx's Teams-aware web part host). */
  inTeams: boolean;
}

/** The server-rendered page context, with the fields SPFx's SharePointPageContextDataProvider reads. */
export function spPageContextInfo(site: PageSite, user: LocalUser): Record<string, unknown> {
  const webAbsoluteUrl = `${site.origin}${site.sitePath}`;
  return {
    CorrelationId: randomUUID(),
    currentCultureName: 'en-GB',
    currentUICultureName: 'en-GB',
    currentLanguage: 2057,
    formDigestValue: site.formDigestValue,
    formDigestTimeoutSeconds: site.formDigestTimeoutSeconds,
    isAnonymousGuestUser: false,
    isExternalGuestUser: false,
    isAppWeb: false,
    isNoScriptEnabled: true,
    isSiteAdmin: site.isSiteAdmin,
    pageItemId: -1,
    serverRequestPath: `${site.sitePath}/_layouts/15/workbench.aspx`,
    siteAbsoluteUrl: webAbsoluteUrl,
    siteId: `{${site.siteId}}`,
    siteServerRelativeUrl: site.sitePath,
    sitePagesEnabled: true,
    sitePagesFeatureVersion: 15,
    userDisplayName: user.name,
    userEmail: user.email,
    userId: user.id,
    userLoginName: user.email,
    userPrincipalName: user.email,
    webAbsoluteUrl,
    webId: `{${site.webId}}`,
    webLanguage: 2057,
    webLanguageName: 'en-GB',
    webPermMasks: site.webPermissions,
    webServerRelativeUrl: site.sitePath,
    webTemplate: '64',
    webTitle: site.title,
    webDescription: '',
    // Telemetry settings SharePoint renders: SPFx's own telemetry (in sp-loader's assembly) reads them.
    cloudType: 'Prod',
    env2: 'Prod',
    farmLabel: 'LOCAL',
    ExpFeatures: [],
    killSwitches: {},
    featureInfo: {}
  };
}

/** JSON safe inside a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function text(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The page. */
export function renderWorkbenchPage(page: WorkbenchPage): string {
  const instanceId = '5b1c1a7e-0f2d-4c55-9a37-6d1d1b0c9e11';
  const properties = page.webPart.preconfiguredEntries?.[0]?.properties ?? {};
  const preloadedData = {
    clientSideApplicationId: page.applicationId,
    spPageContextInfo: spPageContextInfo(page.site, page.user),
    manifests: page.manifests,
    buildNumber: 'local-workbench',
    // Read by the workbench application (workbench-application.js), not by SPFx.
    workbench: {
      webPartId: page.webPart.id,
      instanceId,
      properties,
      canvasElementId: 'workbench-canvas',
      paneElementId: 'workbench-property-pane',
      paneButtonId: 'workbench-edit',
      teams: page.inTeams
    }
  };
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text(page.site.title)} — SPFx workbench (local)</title>
<style>
  body { margin: 0; font-family: "Segoe UI", system-ui, sans-serif; }
  .workbench-bar { display: flex; gap: 12px; align-items: center; flex-wrap: wrap; padding: 6px 12px; background: #fff4ce; border-bottom: 1px solid #c8a600; font-size: 13px; }
  .workbench-bar code { font-size: 12px; }
  .workbench-layout { display: flex; align-items: flex-start; }
  main { flex: 1; min-width: 0; padding: 12px; }
  #workbench-property-pane { width: 320px; padding: 12px 16px; border-left: 1px solid #c8c6c4; }
  #workbench-property-pane fieldset { border: 0; padding: 0; margin: 12px 0; }
  #workbench-property-pane legend { font-weight: 600; margin-bottom: 8px; }
  .workbench-field { margin: 8px 0; display: flex; gap: 8px; flex-wrap: wrap; align-items: center; }
  .workbench-field input[type=text] { flex-basis: 100%; padding: 4px 6px; }
</style>
</head>
<body>
<div class="workbench-bar" role="region" aria-label="Local workbench">
  <strong>SPFx workbench (local, not part of the product)</strong>
  <span>Web part bundle from <code>${text(page.packageName)}</code>: <code data-testid="workbench-bundle">${text(page.bundleFile)}</code></span>
  <span>Signed in as ${text(page.user.name)}</span>
  <button id="workbench-edit" type="button" aria-controls="workbench-property-pane" aria-expanded="false" disabled>Edit web part properties</button>
</div>
<div class="workbench-layout">
  <main><div id="workbench-canvas"></div></main>
  <aside id="workbench-property-pane" aria-labelledby="workbench-pane-title" hidden></aside>
</div>
<script>var _spPageContextInfo = ${scriptJson(preloadedData.spPageContextInfo)};</script>
<script src="${text(page.loaderScriptUrl)}"></script>
<script>
  // SharePoint's telemetry backend (the odsp-telemetry chunks) is served only from SharePoint's CDN:
  // leave it off with the switch SPFx itself sets when a debug loader takes over.
  window.spModuleLoader._isTelemetryDisabled = true;
  window.moduleLoaderPromise = window.spModuleLoader.start(${scriptJson(preloadedData)}, function (failure) {
    document.documentElement.setAttribute('data-workbench', 'failed');
    var message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.textContent = 'SPFx could not start the web part: ' + (failure && (failure.message || failure.errorMessage) || failure);
    document.getElementById('workbench-canvas').appendChild(message);
    console.error(failure);
  });
</script>
</body>
</html>
`;
}
