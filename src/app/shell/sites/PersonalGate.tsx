import * as React from 'react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { SitesSetting } from '../../../services/sites';
import { ErrorMessage } from '../../common/components/ErrorMessage';
import { Loading } from '../../common/components/Loading';
import { useAsync } from '../../common/hooks/useAsync';
import { AccessProvider } from '../access/AccessContext';
import { AccessGate } from '../access/components/AccessGate';
import { ReadinessProvider } from '../access/ReadinessContext';
import { useServices } from '../services/ServicesContext';
import { siteRef } from './siteIds';
import { SitesNotes } from './SitesNotes';

const AcrossSitesContext = React.createContext<SitesSetting | undefined>(undefined);

/**
 * The tenant property's setting when the personal app reads the sites it lists (then the site it
 * runs on is never set up or read for mappings); undefined when it reads only its own site.
 *
 * @returns The setting, or undefined.
 */
export function useAcrossSites(): SitesSetting | undefined {
  return React.useContext(AcrossSitesContext);
}

const READY = { state: 'ready' } as const;

/**
 * The Teams personal app's gate. It runs on the tenant's root site, so it first reads the tenant
 * property naming the department sites (with the signed-in person, one request): with sites, the
 * screens read those, and nothing on the root site is set up; without, the site it runs on is used
 * as before, and where that site has no lists the administrator's instructions are shown instead
 * of any offer to set it up.
 */
export function PersonalGate({ children }: { children?: React.ReactNode }): JSX.Element {
  const services = useServices();
  const load = React.useCallback(() => services.sites.readSetting(), [services]);
  const setting = useAsync(load);
  if (setting.status === 'loading') {
    return <Loading label={strings.ShellLoadingAccess} />;
  }
  if (setting.status === 'error') {
    return <ErrorMessage error={setting.error} context={strings.ShellAccessLoadFailed} onRetry={setting.retry} />;
  }
  const report = { notes: setting.data.notes, problems: [], sites: setting.data.sites.map(siteRef) };
  if (setting.data.source !== 'property') {
    return (
      <>
        <SitesNotes report={report} />
        <AccessGate personal>{children}</AccessGate>
      </>
    );
  }
  return (
    <AcrossSitesContext.Provider value={setting.data}>
      <AccessProvider level="read">
        <ReadinessProvider value={READY}>{children}</ReadinessProvider>
      </AccessProvider>
    </AcrossSitesContext.Provider>
  );
}
