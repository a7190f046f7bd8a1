import * as React from 'react';
import type { DirectoryPerson } from '../../../model';
import type { ActionItem, OverviewData } from '../../../services/overview';
import { useAsync } from '../../common/hooks/useAsync';
import type { AsyncState } from '../../common/hooks/useAsync';
import { useServices } from '../../shell/services/ServicesContext';
import { gatherTracker, markOwnersWhoLeft } from '../../shell/sites/acrossSites';
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
 * Loads the actions of every team's latest mapping with the overview they belong to, on each
 * department site the tenant property lists (else this site): one $batch per site, all at once.
 * Whether owner people have left is asked afterwards ({@link useOwnersWhoLeft}).
 *
 * @returns The load's state.
 */
export function useActions(): AsyncState<LoadedActions> {
  const services = useServices();
  const { personalView } = useHost();
  const load = React.useCallback(async (): Promise<LoadedActions> => {
    const { gathered, items, me } = await gatherTracker(services, personalView, latestMappingIds);
    return { overview: gathered.data, items, me, gathered };
  }, [services, personalView]);
  return useAsync(load);
}

/** The actions as the screen shows them, marked once the check for owners who have left answers. */
export interface CheckedActions {
  items: ActionItem[];
  /** True while the check runs: reminders to owner people wait for it. */
  checking: boolean;
}

/**
 * Asks each site whether its owner people are still on it (one read per site that has any, all
 * at once) once the actions are on the screen, and marks those who have left as the answer
 * arrives. A check that fails marks nobody.
 *
 * @param data - The loaded actions.
 * @returns The actions, marked when the check has answered.
 */
export function useOwnersWhoLeft(data: LoadedActions): CheckedActions {
  const services = useServices();
  const load = React.useCallback(() => markOwnersWhoLeft(services, data.gathered.ids, data.items), [services, data]);
  const checked = useAsync(load);
  return React.useMemo(
    () => (checked.status === 'ready' ? { items: checked.data, checking: false } : { items: data.items, checking: checked.status === 'loading' }),
    [checked, data]
  );
}
