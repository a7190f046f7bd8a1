/**
 * `/workbench/teams`: a simulated Teams web client around the workbench. Teams
 * shows a SharePoint-hosted tab in an iframe named `embedded-page-container`
 * (the name SPFx's BrowserUtilities.isTeamsHosted() looks for) and talks to
 * it through teams-js's postMessage protocol. This page plays the Teams side
 * of that protocol — `initialize`, `getContext` (a channel tab's context, in
 * the legacy shape the host sends) and `themeChange` — so SPFx's own Teams
 * path runs: TeamsEnvironmentManager loads SPFx's teams-js chunk, initialises
 * it against this page and TeamsAwareWebPartHost hands it to the web part as
 * `context.sdks.microsoftTeams`.
 */

export interface TeamsShellOptions {
  /** The tab's URL (the workbench in Teams mode). */
  tabUrl: string;
  theme: string;
  locale: string;
  teamName: string;
  teamSiteUrl: string;
}

function text(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** The page. */
export function renderTeamsShell(options: TeamsShellOptions): string {
  const context = {
    locale: options.locale,
    theme: options.theme,
    entityId: 'imaging-duty-mapping-tab',
    teamId: '19:local-team@thread.tacv2',
    teamName: options.teamName,
    groupId: '00000000-0000-4000-b000-00000000a11b',
    channelId: '19:local-channel@thread.tacv2',
    channelName: 'AP roles',
    teamSiteUrl: options.teamSiteUrl,
    hostClientType: 'web',
    frameContext: 'content',
    appSessionId: 'local-session',
    hostName: 'Teams'
  };
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Simulated Teams client — SPFx workbench (local)</title>
<style>
  body { margin: 0; font-family: "Segoe UI", system-ui, sans-serif; display: flex; flex-direction: column; height: 100vh; }
  .teams-bar { display: flex; gap: 12px; align-items: center; flex-wrap: wrap; padding: 6px 12px; background: #e8ebfa; border-bottom: 1px solid #6264a7; font-size: 13px; }
  iframe { flex: 1; border: 0; width: 100%; }
</style>
</head>
<body>
<div class="teams-bar" role="region" aria-label="Simulated Teams client">
  <strong>Simulated Teams client (local, not part of the product)</strong>
  <span>Team: ${text(options.teamName)} · Channel: AP roles</span>
  <span role="group" aria-label="Teams theme">
    <button type="button" data-theme="default">Default theme</button>
    <button type="button" data-theme="dark">Dark theme</button>
    <button type="button" data-theme="contrast">High contrast theme</button>
  </span>
</div>
<iframe name="embedded-page-container" title="Imaging duty mapping tab" src="${text(options.tabUrl)}"></iframe>
<script>
(function () {
  'use strict';
  var frame = document.querySelector('iframe[name="embedded-page-container"]');
  var context = ${scriptJson(context)};
  var runtime = { apiVersion: 4, supports: { pages: { appButton: {}, tabs: {}, config: {}, backStack: {} }, teamsCore: {}, appEntity: {} } };
  function send(data) {
    frame.contentWindow.postMessage(data, location.origin);
  }
  window.addEventListener('message', function (event) {
    var request = event.data;
    if (event.source !== frame.contentWindow || !request || typeof request.func !== 'string') {
      return;
    }
    function reply(args) {
      send({ id: request.id, uuidAsString: request.uuidAsString, args: args });
    }
    if (request.func === 'initialize') {
      reply(['content', 'web', JSON.stringify(runtime), request.args[0]]);
    } else if (request.func === 'getContext') {
      reply([context]);
    }
  });
  Array.prototype.forEach.call(document.querySelectorAll('[data-theme]'), function (button) {
    button.addEventListener('click', function () {
      context.theme = button.getAttribute('data-theme');
      send({ func: 'themeChange', args: [context.theme] });
    });
  });
})();
</script>
</body>
</html>
`;
}
