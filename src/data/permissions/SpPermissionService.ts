import { PermissionKind } from '@pnp/sp/security';
import type { AccessLevel, PermissionService } from '../../services/types';
import { withAppErrors } from '../toolkit/errors';
import type { DataContext } from '../toolkit/context';

/**
 * Reads what the signed-in user may do from the web's EffectiveBasePermissions
 * (one request), so that the app follows the site's own Owners, Members and
 * Visitors groups rather than any permission model of its own.
 */
export class SpPermissionService implements PermissionService {
  private readonly context: DataContext;

  public constructor(context: DataContext) {
    this.context = context;
  }

  /**
   * The user's access level on the site.
   *
   * @returns 'setUp' for people who may manage lists (owners), 'edit' for people who may add and edit items (members), otherwise 'read'.
   */
  public async getAccess(): Promise<AccessLevel> {
    return withAppErrors(async () => {
      const web = this.context.sp.web;
      const permissions = await web.getCurrentUserEffectivePermissions();
      if (web.hasPermissions(permissions, PermissionKind.ManageLists) || web.hasPermissions(permissions, PermissionKind.ManageWeb)) {
        return 'setUp';
      }
      if (web.hasPermissions(permissions, PermissionKind.EditListItems) && web.hasPermissions(permissions, PermissionKind.AddListItems)) {
        return 'edit';
      }
      return 'read';
    }, 'getAccess');
  }
}
