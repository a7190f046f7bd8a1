import * as React from 'react';
import type { ActionSource, JdCitation } from '../../../services/overview';
import { useAsync } from '../../common/hooks/useAsync';
import type { AsyncState } from '../../common/hooks/useAsync';
import { useServices } from '../../shell/services/ServicesContext';

/**
 * Loads where each given mapping found each duty in its JD or PS (one request).
 *
 * @param sources - Each team's latest mapping, memoised by the caller.
 * @returns The load's state.
 */
export function useJdCoverage(sources: readonly ActionSource[]): AsyncState<JdCitation[]> {
  const services = useServices();
  const load = React.useCallback(() => services.overview.loadJdCoverage(sources), [services, sources]);
  return useAsync(load);
}
