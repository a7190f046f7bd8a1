import * as React from 'react';
import type { DirectoryPerson } from '../../../model';
import type { ActionItem, OverviewData } from '../../../services/overview';
import { useAsync } from '../../common/hooks/useAsync';
import type { AsyncState } from '../../common/hooks/useAsync';
import { useServices } from '../../shell/services/ServicesContext';
import { latestMappingIds } from '../../overview/overviewRows';

export interface LoadedActions {
  overview: OverviewData;
  items: ActionItem[];
  me: DirectoryPerson;
}

/**
 * Loads the actions of every team's latest mapping: the overview first (which
 * mappings are latest, their frameworks), then the actions of those mappings.
 *
 * @returns The load's state.
 */
export function useActions(): AsyncState<LoadedActions> {
  const services = useServices();
  const load = React.useCallback(async (): Promise<LoadedActions> => {
    const [overview, me] = await Promise.all([services.overview.loadOverview(), services.people.currentUser()]);
    const latest = latestMappingIds(overview.mappings);
    const sources = overview.mappings.filter((m) => latest.has(m.id)).map((m) => ({ id: m.id, dutyCount: m.dutyCount }));
    const items = await services.overview.loadActions(sources);
    return { overview, items, me };
  }, [services]);
  return useAsync(load);
}
