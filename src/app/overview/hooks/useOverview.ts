import * as React from 'react';
import { useAsync } from '../../common/hooks/useAsync';
import type { AsyncState } from '../../common/hooks/useAsync';
import { useHost } from '../../shell/host/HostContext';
import { useServices } from '../../shell/services/ServicesContext';
import { gatherOverview } from '../../shell/sites/acrossSites';
import type { GatheredOverview } from '../../shell/sites/acrossSites';

/**
 * Loads the overview: every mapping's stored figures, the framework versions and the review
 * period, from each department site the tenant property lists (else this site), all at once.
 *
 * @returns The load's state.
 */
export function useOverview(): AsyncState<GatheredOverview> {
  const services = useServices();
  const { personalView } = useHost();
  const load = React.useCallback(() => gatherOverview(services, personalView), [services, personalView]);
  return useAsync(load);
}
