import * as React from 'react';
import type { SiteReadiness } from '../../../services/types';

const ReadinessContext = React.createContext<SiteReadiness>({ state: 'ready' });

/** Provides the site's readiness to screens that show less until an Owner updates the site. */
export const ReadinessProvider = ReadinessContext.Provider;

/**
 * Whether this site still needs "Update this site" (set up by an older version).
 *
 * @returns True while an update is pending.
 */
export function useNeedsUpdate(): boolean {
  return React.useContext(ReadinessContext).state === 'needsUpdate';
}
