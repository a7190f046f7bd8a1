import type { DataContext } from '../toolkit/context';
import type { SiteState } from './inspect';
import { giveOwnPermissions } from './governanceSteps';
import type { StepResult } from './listSteps';

/**
 * Whether the JD/PS library still has the site's permissions. Inheriting, it
 * would give Members of a SharePoint Online team site "Edit", which lets them
 * delete the library or its columns; the team's documents need only
 * "Contribute" (add, replace, delete files).
 *
 * @param state - The inspected site.
 * @returns True when the library exists and still inherits.
 */
export function documentsNeedOwnPermissions(state: SiteState): boolean {
  return state.lists.get('documents')?.uniquePermissions === false;
}

/**
 * Gives the "Duty Mapping Documents" library its own permissions: Owners Full
 * Control, Members Contribute, Visitors Read. One batch looks up the site's
 * groups and permission levels, one stops inheriting (without copying the
 * site's assignments, so Members do not keep Edit) and grants the three.
 *
 * @param context - Data context.
 * @param state - The inspected site; updated.
 * @returns 'skipped' when the library already has its own permissions.
 */
export async function lockDocumentsLibrary(context: DataContext, state: SiteState): Promise<StepResult> {
  if (!documentsNeedOwnPermissions(state)) {
    return 'skipped';
  }
  return giveOwnPermissions(context, state, 'documents', [
    ['owners', 'fullControl'],
    ['members', 'contribute'],
    ['visitors', 'read']
  ]);
}
