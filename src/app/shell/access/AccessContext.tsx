import * as React from 'react';
import type { AccessLevel } from '../../../services/types';

const AccessContext = React.createContext<AccessLevel>('read');

export interface AccessProviderProps {
  level: AccessLevel;
  children?: React.ReactNode;
}

/** Tells every component below it what the current user may do on this site. */
export function AccessProvider({ level, children }: AccessProviderProps): JSX.Element {
  return <AccessContext.Provider value={level}>{children}</AccessContext.Provider>;
}

/**
 * What the current user may do; read-only unless an {@link AccessProvider} says otherwise.
 *
 * @returns The access level and whether the user may edit mappings.
 */
export function useAccess(): { level: AccessLevel; canEdit: boolean } {
  const level = React.useContext(AccessContext);
  return { level, canEdit: level !== 'read' };
}
