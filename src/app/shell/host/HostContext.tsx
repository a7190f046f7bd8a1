import * as React from 'react';
import type { HostInfo } from '../../../host/types';

const HostContext = React.createContext<HostInfo | undefined>(undefined);

export interface HostProviderProps {
  host: HostInfo;
  children?: React.ReactNode;
}

/** Makes what the app knows about its host (theme, locale, links, storage) available below it. */
export function HostProvider({ host, children }: HostProviderProps): JSX.Element {
  return <HostContext.Provider value={host}>{children}</HostContext.Provider>;
}

/**
 * The host the app runs in.
 *
 * @returns The host from the nearest {@link HostProvider}.
 */
export function useHost(): HostInfo {
  const host = React.useContext(HostContext);
  if (!host) {
    throw new Error('useHost must be used inside a HostProvider.');
  }
  return host;
}

/** Spacing that follows the host's density setting. */
export interface Density {
  /** Gap between blocks (sections, cards). */
  gap: number;
  /** Gap between fields inside a block. */
  fieldGap: number;
  /** Padding inside a card. */
  padding: number;
}

const COMFORTABLE: Density = { gap: 20, fieldGap: 12, padding: 16 };
const COMPACT: Density = { gap: 10, fieldGap: 6, padding: 8 };

/**
 * Spacing for the host's density.
 *
 * @returns Smaller gaps when the host asks for compact density.
 */
export function useDensity(): Density {
  return useHost().compact ? COMPACT : COMFORTABLE;
}
