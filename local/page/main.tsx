import * as React from 'react';
import * as ReactDom from 'react-dom';
import { initializeIcons } from '@fluentui/react';
import { AppRoot } from '../../src/app/AppRoot';
import { createLocalSp, createSharePointServices } from '../../src/data/createServices';
import { createLocalHost } from './localHost';
import { LocalUserBar } from './LocalUserBar';

// SharePoint pages load the Fluent icon font themselves; a plain page must.
initializeIcons('/fonts/');

const siteUrl = `${window.location.origin}/sites/imaging`;
// The local server reads the chosen user from the local-user cookie, so the
// same PnPjs client as production runs here with no extra headers.
const services = createSharePointServices(createLocalSp(siteUrl));
const host = createLocalHost(window.location);

ReactDom.render(<LocalUserBar />, document.getElementById('local-bar'));
ReactDom.render(<AppRoot services={services} host={host} />, document.getElementById('root'));
