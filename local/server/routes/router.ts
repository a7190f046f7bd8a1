/** Top-level `_api` routing; segment names match case-insensitively, as on SharePoint. */
import { ApiResponse } from '../http/format';
import { Segment } from '../http/request';
import { runBatch } from './batch';
import { RouteContext, notFound } from './context';
import { routeLists } from './lists';
import { effectivePermissions, routeUsers } from './users';
import { contextInfo, getWeb, regionalSettings } from './web';
import { associatedGroup, routeSiteGroups } from './groups';
import { routeSecurable } from './roleAssignments';
import { routeRoleDefinitions } from './roleDefinitions';
import { routeWebFiles } from './files';
import { routeTenantProperties } from './tenantProperties';

/** Children of `web` (also reachable without the `web/` prefix, as SharePoint allows). */
function routeWeb(ctx: RouteContext, rest: Segment[]): ApiResponse {
  const [seg, ...more] = rest;
  if (seg === undefined) {
    return getWeb(ctx);
  }
  switch (seg.key) {
    case 'lists':
      return routeLists(ctx, seg, more);
    case 'effectivebasepermissions':
      return effectivePermissions(ctx, more);
    case 'sitegroups':
      return routeSiteGroups(ctx, seg, more);
    case 'roledefinitions':
      return routeRoleDefinitions(ctx, seg, more);
    case 'regionalsettings':
      return regionalSettings(ctx, more);
    default:
      return (
        routeUsers(ctx, seg, more) ??
        routeTenantProperties(ctx, seg, more) ??
        associatedGroup(ctx, seg.key, more) ??
        routeSecurable(ctx, seg, more) ??
        routeWebFiles(ctx, seg, more) ??
        notFound(ctx, rest)
      );
  }
}

/** Dispatches one request (a real one or a $batch part). */
export function dispatch(ctx: RouteContext): ApiResponse {
  const [first, ...rest] = ctx.req.segments;
  if (first === undefined) {
    return notFound(ctx);
  }
  switch (first.key) {
    case 'contextinfo':
      return contextInfo(ctx);
    case '$batch':
      return runBatch(ctx, dispatch);
    case 'web':
      return routeWeb(ctx, rest);
    default:
      return routeWeb(ctx, ctx.req.segments);
  }
}
