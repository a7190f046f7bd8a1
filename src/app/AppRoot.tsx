import * as React from 'react';
import { Text, ThemeProvider } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { HostInfo } from '../host/types';
import type { AppServices } from '../services/types';
import { AccessGate } from './shell/access/components/AccessGate';
import { AppRouter } from './AppRouter';
import { PersonalGate } from './shell/sites/PersonalGate';
import { HostProvider } from './shell/host/HostContext';
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
  return (
    <ThemeProvider theme={host.theme} style={{ padding, minHeight: '100%' }} lang={host.locale}>
      <HostProvider host={host}>
        <ServicesProvider services={services}>
          <div style={{ display: 'grid', gap: host.compact ? 8 : 16 }}>
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
