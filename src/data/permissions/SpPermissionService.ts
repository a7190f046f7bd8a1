import { PermissionKind } from '@pnp/sp/security';
import type { AccessLevel, PermissionService } from '../../services/types';
import { withAppErrors } from '../toolkit/errors';
import type { DataContext } from '../toolkit/context';

/**
 * Reads what the signed-in user may do from the web's EffectiveBasePermissions
 * (one request), so that the app follows the site's own Owners, Members and
 * Visitors groups rather than any permission model of its own. An Owner is
 * told apart as SharePoint does: Manage Permissions on the web, which among the
 * built-in levels only Full Control holds (a site collection administrator's
 * mask is full too). Manage Lists is no sign of an Owner: the Members of a
 * Microsoft 365 group's team site hold Edit, which includes it.
 */
export class SpPermissionService implements PermissionService {
  private readonly context: DataContext;
  /** The request in flight, shared by callers that ask at the same time (the app's load asks twice). */
  private pending?: Promise<AccessLevel>;

  public constructor(context: DataContext) {
    this.context = context;
  }

  /**
   * The user's access level on the site.
   *
   * @returns 'setUp' for people who may manage the site's permissions (Owners), 'edit' for people who may add and edit items (Members), otherwise 'read'.
   */
  public getAccess(): Promise<AccessLevel> {
    if (!this.pending) {
      this.pending = this.readAccess().finally(() => {
        this.pending = undefined;
      });
    }
    return this.pending;
  }

  private async readAccess(): Promise<AccessLevel> {
    return withAppErrors(async () => {
      const web = this.context.sp.web;
      const permissions = await web.getCurrentUserEffectivePermissions();
      if (web.hasPermissions(permissions, PermissionKind.ManagePermissions)) {
        return 'setUp';
      }
      if (web.hasPermissions(permissions, PermissionKind.EditListItems) && web.hasPermissions(permissions, PermissionKind.AddListItems)) {
        return 'edit';
      }
      return 'read';
    }, 'getAccess');
  }
}
