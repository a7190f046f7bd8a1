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

/**
 * For Owners: who manages the approvers group's members (its owner), when the site check read it.
 *
 * @returns The group owner's name, or undefined.
 */
export function useApproversManagedBy(): string | undefined {
  const readiness = React.useContext(ReadinessContext);
  return readiness.state === 'notSetUp' ? undefined : readiness.approversManagedBy;
}

/**
 * For Owners: whether sign-off waits for the records library's own permissions ("Update this site" gives them).
 *
 * @returns True while the Owner's site check found the library still inheriting.
 */
export function useRecordsAwaitPermissions(): boolean {
  const readiness = React.useContext(ReadinessContext);
  return readiness.state === 'needsUpdate' && readiness.steps.some((step) => step.id === 'permissions:records');
}
