import * as React from 'react';
import type { AccessLevel, SiteReadiness } from '../../../../services/types';
import { useServices } from '../../services/ServicesContext';
import { useAsync } from '../../../common/hooks/useAsync';
import type { AsyncState } from '../../../common/hooks/useAsync';

/** What the user may do here, and whether the site's lists are there and up to date. */
export interface SiteAccess {
  level: AccessLevel;
  readiness: SiteReadiness;
}

/**
 * Loads the current user's access level and the site's readiness, together.
 *
 * @returns The load's state.
 */
export function useSiteAccess(): AsyncState<SiteAccess> {
  const services = useServices();
  const load = React.useCallback(async (): Promise<SiteAccess> => {
    const [level, readiness] = await Promise.all([services.permissions.getAccess(), services.setup.checkSite()]);
    return { level, readiness };
  }, [services]);
  return useAsync(load);
}
