import { inBatch, settle, throwFirstFailure } from '../client/batch';
import type { IWeb } from '../client/pnp';
import type { DataContext } from '../repositories/context';
import type { SiteState } from './inspect';
import type { StepResult } from './listSteps';

/** SP.RoleType values of the permission levels the library gets. */
const ROLE = { read: 2, contribute: 3, fullControl: 5 } as const;

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
  const [owners, members, visitors, read, contribute, fullControl] = await inBatch(context.sp, (web: IWeb) =>
    Promise.all([
      web.associatedOwnerGroup.select('Id')(),
      web.associatedMemberGroup.select('Id')(),
      web.associatedVisitorGroup.select('Id')(),
      web.roleDefinitions.getByType(ROLE.read).select('Id')(),
      web.roleDefinitions.getByType(ROLE.contribute).select('Id')(),
      web.roleDefinitions.getByType(ROLE.fullControl).select('Id')()
    ])
  );
  const grants: Array<[number, number]> = [
    [owners.Id, fullControl.Id],
    [members.Id, contribute.Id],
    [visitors.Id, read.Id]
  ];
  const results = await inBatch(context.sp, (web) => {
    const library = (): ReturnType<DataContext['list']> => context.list('documents', web);
    return Promise.all([settle(library().breakRoleInheritance(false, true)), ...grants.map(([principal, level]) => settle(library().roleAssignments.add(principal, level)))]);
  });
  throwFirstFailure(results);
  const library = state.lists.get('documents');
  if (library) {
    library.uniquePermissions = true;
  }
  return 'done';
}
