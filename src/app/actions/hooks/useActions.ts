import * as React from 'react';
import type { DirectoryPerson } from '../../../model';
import type { ActionItem, OverviewData } from '../../../services/overview';
import { useAsync } from '../../common/hooks/useAsync';
import type { AsyncState } from '../../common/hooks/useAsync';
import { useServices } from '../../shell/services/ServicesContext';
import { gatherActions, gatherOverview, markOwnersWhoLeft } from '../../shell/sites/acrossSites';
import type { GatheredOverview } from '../../shell/sites/acrossSites';
import { useHost } from '../../shell/host/HostContext';
import { latestMappingIds } from '../../overview/overviewRows';

export interface LoadedActions {
  overview: OverviewData;
  items: ActionItem[];
  me: DirectoryPerson;
  /** The sites read, and any that gave nothing. */
  gathered: GatheredOverview;
}

/**
 * Loads the actions of every team's latest mapping: the overview first (which
 * mappings are latest, their frameworks), then the actions of those mappings,
 * on each department site the tenant property lists (else this site), all at once; then which
 * owner people each site no longer finds (they have left), so no reminder goes to them.
 *
 * @returns The load's state.
 */
export function useActions(): AsyncState<LoadedActions> {
  const services = useServices();
  const { personalView } = useHost();
  const load = React.useCallback(async (): Promise<LoadedActions> => {
    const [gathered, me] = await Promise.all([gatherOverview(services, personalView), services.people.currentUser()]);
    const latest = latestMappingIds(gathered.data.mappings);
    // Owners who have left are found once the actions are in (one read per site with owner people).
    const items = await markOwnersWhoLeft(services, gathered.ids, await gatherActions(services, gathered, latest));
    return { overview: gathered.data, items, me, gathered };
  }, [services, personalView]);
  return useAsync(load);
}
