import * as React from 'react';
import type { OpenedMapping } from '../../../../services/types';
import { useServices } from '../../../shell/services/ServicesContext';
import { useAsync } from '../../../common/hooks/useAsync';
import type { AsyncState } from '../../../common/hooks/useAsync';

/**
 * Opens a mapping (with its framework and ETags) for editing.
 *
 * @param mappingId - The mapping's id.
 * @returns The load's state.
 */
export function useOpenedMapping(mappingId: number): AsyncState<OpenedMapping> {
  const services = useServices();
  const load = React.useCallback(() => services.mappings.openMapping(mappingId), [services, mappingId]);
  return useAsync(load);
}
