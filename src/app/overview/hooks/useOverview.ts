import * as React from 'react';
import type { OverviewData } from '../../../services/overview';
import { useAsync } from '../../common/hooks/useAsync';
import type { AsyncState } from '../../common/hooks/useAsync';
import { useServices } from '../../shell/services/ServicesContext';

/**
 * Loads the overview: every mapping's stored figures, the framework versions and the review period.
 *
 * @returns The load's state.
 */
export function useOverview(): AsyncState<OverviewData> {
  const services = useServices();
  const load = React.useCallback(() => services.overview.loadOverview(), [services]);
  return useAsync(load);
}
