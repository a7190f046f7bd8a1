import * as React from 'react';
import type { MappingSummary } from '../../../services/types';
import { useServices } from '../../shell/services/ServicesContext';
import { useHost } from '../../shell/host/HostContext';
import { useAsync } from '../../common/hooks/useAsync';
import type { AsyncState } from '../../common/hooks/useAsync';
import { isContributor, sortNewestFirst } from '../mappingList';

/** The chooser's mappings: all of the site's, and those shown (the user's own in the personal app). */
export interface MappingList {
  all: MappingSummary[];
  shown: MappingSummary[];
}

/**
 * Loads the site's mappings, newest first; in the personal app, shows only the
 * ones the current user has contributed to.
 *
 * @returns The load's state.
 */
export function useMappingList(): AsyncState<MappingList> {
  const services = useServices();
  const { personalView } = useHost();
  const load = React.useCallback(async (): Promise<MappingList> => {
    const [mappings, me] = await Promise.all([
      services.mappings.listMappings(),
      personalView ? services.people.currentUser() : Promise.resolve(undefined)
    ]);
    const all = sortNewestFirst(mappings);
    return { all, shown: me ? all.filter((mapping) => isContributor(mapping, me.login)) : all };
  }, [services, personalView]);
  return useAsync(load);
}
