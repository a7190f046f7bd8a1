import * as React from 'react';
import { Text, ThemeProvider } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { HostInfo } from '../host/types';
import type { AppServices } from '../services/types';
import { AccessGate } from './shell/access/components/AccessGate';
import { AppRouter } from './AppRouter';
import { PersonalGate } from './shell/sites/PersonalGate';
import { HostProvider } from './shell/host/HostContext';
import { appTheme } from './shell/host/appTheme';
import { ServicesProvider } from './shell/services/ServicesContext';

export interface AppRootProps {
  /** The data services (SharePoint through PnPjs, or the local server). */
  services: AppServices;
  /** Where the app runs: theme, locale, deep links, draft storage. */
  host: HostInfo;
}

/**
 * The one root the SPFx web part, the Teams tab and the local page all mount.
 * The host's theme covers the whole app, so dark and high-contrast themes apply everywhere.
 */
export function AppRoot({ services, host }: AppRootProps): JSX.Element {
  const padding = host.compact ? 8 : 16;
  const theme = React.useMemo(() => appTheme(host.theme), [host.theme]);
  return (
    // A 200-character team name or a pasted reference with no spaces wraps inside the window (WCAG 1.4.10)
    // rather than widening the page: long words break where they must, and the column never grows past its container.
    <ThemeProvider theme={theme} style={{ padding, minHeight: '100%', overflowWrap: 'anywhere' }} lang={host.locale}>
      <HostProvider host={host}>
        <ServicesProvider services={services}>
          <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: host.compact ? 8 : 16 }}>
            <Text block as="h1" variant="xxLarge" styles={{ root: { margin: 0 } }}>
              {strings.ShellAppTitle}
            </Text>
            {host.personalView ? (
              <PersonalGate>
                <AppRouter />
              </PersonalGate>
            ) : (
              <AccessGate>
                <AppRouter />
              </AccessGate>
            )}
          </div>
        </ServicesProvider>
      </HostProvider>
    </ThemeProvider>
  );
}
