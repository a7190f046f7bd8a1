/**
 * A list's own permissions: whether it has them, breaking and resetting inheritance, beside the
 * routes the web and lists share. Shapes from SharePoint Online (docs/sharepoint-rest-governance.md §3).
 */
import { ApiResponse, jsonResponse } from '../http/format';
import { invalidQuery } from '../http/errors';
import { Segment, boolArg, namedArgs } from '../http/request';
import { ListRecord } from '../storage/types';
import { FULL_CONTROL } from '../storage/permissionLevels';
import { listScope } from '../storage/scopes';
import { PermissionKind } from '../users';
import { RouteContext, badMethod, requirePermission } from './context';
import { routeSecurable } from './roleAssignments';

/** A list's security routes: the shared ones plus breaking and resetting inheritance. */
export function routeListSecurity(ctx: RouteContext, list: ListRecord, seg: Segment, rest: Segment[]): ApiResponse | undefined {
  const shared = routeSecurable(ctx, seg, rest);
  if (shared !== undefined) {
    return shared;
  }
  const scope = listScope(list.id);
  switch (seg.key) {
    case 'hasuniqueroleassignments':
      if (ctx.req.method !== 'GET') {
        return badMethod(ctx);
      }
      return jsonResponse(200, ctx.req.format === 'verbose' ? { d: { HasUniqueRoleAssignments: ctx.store.security.hasUniqueScope(scope) } } : { value: ctx.store.security.hasUniqueScope(scope) }, ctx.req.format);
    case 'breakroleinheritance': {
      if (ctx.req.method !== 'POST') {
        return badMethod(ctx);
      }
      requirePermission(ctx, PermissionKind.ManagePermissions);
      const args = namedArgs(seg.args);
      const copy = boolArg(args.get('copyroleassignments') ?? args.get(''), true);
      if (args.has('clearsubscopes')) {
        boolArg(args.get('clearsubscopes'), true);
      }
      ctx.store.tx(() => {
        ctx.store.security.breakInheritance(scope, copy);
        if (!copy) {
          // SharePoint keeps the caller in: without copied assignments they get Full Control.
          ctx.store.security.addAssignment(scope, ctx.req.user.id, FULL_CONTROL);
        }
      });
      return jsonResponse(200, ctx.req.format === 'verbose' ? { d: { BreakRoleInheritance: null } } : { 'odata.null': true }, ctx.req.format);
    }
    case 'resetroleinheritance':
      if (ctx.req.method !== 'POST') {
        return badMethod(ctx);
      }
      if (rest.length > 0) {
        throw invalidQuery('resetRoleInheritance takes no path after it.');
      }
      requirePermission(ctx, PermissionKind.ManagePermissions);
      ctx.store.tx(() => ctx.store.security.resetInheritance(scope));
      return jsonResponse(200, ctx.req.format === 'verbose' ? { d: { ResetRoleInheritance: null } } : { 'odata.null': true }, ctx.req.format);
    default:
      return undefined;
  }
}
