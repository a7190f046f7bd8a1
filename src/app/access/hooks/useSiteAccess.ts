import * as React from 'react';
import type { AccessLevel } from '../../../services/types';
import { useServices } from '../../services/ServicesContext';
import { useAsync } from '../../common/hooks/useAsync';
import type { AsyncState } from '../../common/hooks/useAsync';

/** What the user may do here, and whether the site's lists exist. */
export interface SiteAccess {
  level: AccessLevel;
  isSetUp: boolean;
}

/**
 * Loads the current user's access level and whether the site is set up, together.
 *
 * @returns The load's state.
 */
export function useSiteAccess(): AsyncState<SiteAccess> {
  const services = useServices();
  const load = React.useCallback(async (): Promise<SiteAccess> => {
    const [level, isSetUp] = await Promise.all([services.permissions.getAccess(), services.setup.isSetUp()]);
    return { level, isSetUp };
  }, [services]);
  return useAsync(load);
}
