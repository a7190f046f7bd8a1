import * as React from 'react';
import type { ActionSource } from '../../../services/overview';
import { useAsync } from '../../common/hooks/useAsync';
import type { AsyncState } from '../../common/hooks/useAsync';
import { useServices } from '../../shell/services/ServicesContext';
import { gatherJdCoverage } from '../../shell/sites/acrossSites';
import { SiteIds } from '../../shell/sites/siteIds';
import type { GatheredCoverage } from '../../shell/sites/acrossSites';

/**
 * Loads where each given mapping found each duty in its JD or PS: one request per site the
 * mappings are on, all at once (one request when they are all on the site the app runs on).
 *
 * @param sources - Each team's latest mapping (gathered ids), memoised by the caller.
 * @param ids - Which site each gathered id is on; the site the app runs on when not given.
 * @returns The load's state.
 */
export function useJdCoverage(sources: readonly ActionSource[], ids?: SiteIds): AsyncState<GatheredCoverage> {
  const services = useServices();
  const load = React.useCallback(
    () => gatherJdCoverage(services, ids ?? new SiteIds([services.sites.homeUrl]), sources),
    [services, sources, ids]
  );
  return useAsync(load);
}
