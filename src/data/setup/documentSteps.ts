import type { DataContext } from '../toolkit/context';
import type { SiteState } from './inspect';
import type { StepResult } from './listSteps';
import { giveOwnPermissions, ownPermissionsNeeded } from './permissionSteps';
import type { Grants } from './permissionSteps';

/** Owners Full Control, Members Contribute, Visitors Read. */
const DOCUMENT_GRANTS: Grants = [
  ['owners', 'fullControl'],
  ['members', 'contribute'],
  ['visitors', 'read']
];

/**
 * Whether the JD/PS library still has the site's permissions (or lacks a
 * grant, or keeps the set-up person's direct Full Control). Inheriting, it
 * would give Members of a SharePoint Online team site "Edit", which lets them
 * delete the library or its columns; the team's documents need only
 * "Contribute" (add, replace, delete files). Known from an Owner's inspect only.
 *
 * @param state - The inspected site.
 * @returns True when the library exists and its permissions are not yet as planned.
 */
export function documentsNeedOwnPermissions(state: SiteState): boolean {
  return ownPermissionsNeeded(state, 'documents', DOCUMENT_GRANTS);
}

/**
 * Gives the "Duty Mapping Documents" library its own permissions: Owners Full
 * Control, Members Contribute, Visitors Read, in one batch that stops
 * inheriting (without copying the site's assignments, so Members do not keep
 * Edit), grants the three and removes the caller's direct Full Control.
 *
 * @param context - Data context.
 * @param state - The inspected site; updated.
 * @returns 'skipped' when the library already has its own permissions.
 */
export async function lockDocumentsLibrary(context: DataContext, state: SiteState): Promise<StepResult> {
  return giveOwnPermissions(context, state, 'documents', DOCUMENT_GRANTS);
}
