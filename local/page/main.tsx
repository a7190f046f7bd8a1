import * as React from 'react';
import * as ReactDom from 'react-dom';
import { initializeIcons } from '@fluentui/react';
import { AppRoot } from '../../src/app/AppRoot';
import { createLocalSp, createSharePointServices } from '../../src/data/createServices';
import { createTeamsHost } from '../../src/host/teamsHost';
import type { HostInfo } from '../../src/host/types';
import { createLocalHost } from './localHost';
import { LocalUserBar } from './LocalUserBar';
import { createSimulatedTeams } from './simulatedTeams';

// SharePoint pages load the Fluent icon font themselves; a plain page serves its own copy.
initializeIcons('/fonts/');

const siteUrl = `${window.location.origin}/sites/imaging`;
// The local server reads the chosen user from the local-user cookie, so the
// same PnPjs client as production runs here with no extra headers.
const services = createSharePointServices(createLocalSp(siteUrl));
const root = document.getElementById('root');

function renderApp(host: HostInfo): void {
  document.body.style.background = host.theme.semanticColors.bodyBackground;
  ReactDom.render(<AppRoot services={services} host={host} />, root);
}

ReactDom.render(<LocalUserBar />, document.getElementById('local-bar'));

if (new URLSearchParams(window.location.search).get('host') === 'teams') {
  // `?host=teams` runs the real Teams host adapter against a simulated teams-js.
  createTeamsHost(createSimulatedTeams(window.location.search), siteUrl, () => ({}), window.localStorage, renderApp).then(({ host }) => renderApp(host), (error: unknown) => {
    root!.textContent = `Could not start the simulated Teams host: ${String(error)}`;
  });
} else {
  renderApp(createLocalHost(window.location, siteUrl));
}
