import * as React from 'react';
import type { HostInfo } from '../../../host/types';
import { AccessGate } from '../access/components/AccessGate';
import { HostProvider, useHost } from '../host/HostContext';
import { ServicesProvider, useServices } from '../services/ServicesContext';

/**
 * Runs what it wraps (a mapping opened from a screen that gathers several sites) against another
 * department site: that site's services, its own access check, drafts kept under its address.
 */
export function SiteScope({ siteUrl, children }: { siteUrl: string; children?: React.ReactNode }): JSX.Element {
  const services = useServices();
  const host = useHost();
  const siteServices = React.useMemo(() => services.sites.servicesFor(siteUrl), [services, siteUrl]);
  const siteHost = React.useMemo((): HostInfo => ({ ...host, draftScope: siteUrl }), [host, siteUrl]);
  return (
    <HostProvider host={siteHost}>
      <ServicesProvider services={siteServices}>
        <AccessGate>{children}</AccessGate>
      </ServicesProvider>
    </HostProvider>
  );
}
