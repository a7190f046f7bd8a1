import * as React from 'react';
import type { FrameworkSummary } from '../../../services/frameworks';
import { useServices } from '../../shell/services/ServicesContext';
import { useAsync } from '../../common/hooks/useAsync';
import type { AsyncState } from '../../common/hooks/useAsync';

/**
 * The site's frameworks with their versions (one request, no definitions).
 *
 * @returns The load's state.
 */
export function useFrameworkList(): AsyncState<FrameworkSummary[]> {
  const services = useServices();
  const load = React.useCallback(() => services.frameworks.listFrameworks(), [services]);
  return useAsync(load);
}
