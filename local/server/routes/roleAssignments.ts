/**
 * Who holds what, on the web and on lists: role assignments read, added and removed, and another
 * user's effective permissions. Shapes from SharePoint Online (docs/sharepoint-rest-governance.md §3).
 */
import { ApiResponse, Entity, collectionBody, emptyResponse, entityBody, jsonResponse } from '../http/format';
import { spException } from '../http/errors';
import { Segment, intArg, namedArgs, stringArg } from '../http/request';
import { listScope, webScope } from '../storage/scopes';
import { PermissionKind, findUser, userById } from '../users';
import { RouteContext, apiUrl, badMethod, metadataUrl, notFound, requirePermission } from './context';
import { queryEntities } from './collection';
import { groupEntity } from './groups';
import { userEntity } from './principals';
import { roleDefinitionEntity, roleNotFound } from './roleDefinitions';

/** The web's scope, or the list's when the route is under one. */
export function scopeOf(ctx: RouteContext): string {
  return ctx.list === undefined ? webScope() : listScope(ctx.list.id);
}

function principalEntity(ctx: RouteContext, principalId: number): Entity | null {
  const group = ctx.store.security.group(principalId);
  if (group !== undefined) {
    return groupEntity(ctx, group);
  }
  const user = userById(principalId);
  return user === undefined ? null : userEntity(ctx, user);
}

function assignmentEntity(ctx: RouteContext, principalId: number, defIds: number[], expand: Set<string>): Entity {
  const base = ctx.list === undefined ? 'Web' : `Web/Lists(guid'${ctx.list.guid}')`;
  const link = `${base}/RoleAssignments/GetByPrincipalId(${principalId})`;
  const props: Array<[string, Entity | Entity[] | number | null]> = [['PrincipalId', principalId]];
  if (expand.has('member')) {
    props.push(['Member', principalEntity(ctx, principalId)]);
  }
  if (expand.has('roledefinitionbindings')) {
    props.push(['RoleDefinitionBindings', ctx.store.security.definitions().filter((d) => defIds.includes(d.id)).map((d) => roleDefinitionEntity(ctx, d))]);
  }
  return new Entity({ type: 'SP.RoleAssignment', id: apiUrl(ctx, link), editLink: link }, props);
}

function expandSet(ctx: RouteContext): Set<string> {
  return new Set(
    (ctx.req.query.get('$expand') ?? '')
      .split(',')
      .map((s) => s.trim().toLowerCase())
      .filter((s) => s !== '')
  );
}

function knownPrincipal(ctx: RouteContext, id: number): void {
  if (ctx.store.security.group(id) === undefined && userById(id) === undefined) {
    throw spException(`Cannot find principal with id: ${id}.`, '-2146232832, Microsoft.SharePoint.SPException', 400);
  }
}

function knownDefinition(ctx: RouteContext, id: number): void {
  if (ctx.store.security.definition(id) === undefined) {
    roleNotFound(400);
  }
}

/** SharePoint refuses to edit a list's inherited assignments. */
function requireOwnAssignments(ctx: RouteContext): void {
  const scope = scopeOf(ctx);
  if (scope !== webScope() && !ctx.store.security.hasUniqueScope(scope)) {
    throw spException('This operation is not allowed on an object that inherits permissions.', '-2147024891, System.UnauthorizedAccessException', 400);
  }
}

/**
 * Changes to assignments need ManagePermissions where they apply, and a list's assignments can
 * change only once it has its own (SharePoint refuses to edit inherited ones).
 */
function changeAssignment(ctx: RouteContext, seg: Segment, add: boolean): ApiResponse {
  if (ctx.req.method !== 'POST') {
    return badMethod(ctx);
  }
  requirePermission(ctx, PermissionKind.ManagePermissions);
  const args = namedArgs(seg.args);
  const principalId = intArg(args.get('principalid'));
  const roleDefId = intArg(args.get('roledefid'));
  const scope = scopeOf(ctx);
  requireOwnAssignments(ctx);
  knownPrincipal(ctx, principalId);
  knownDefinition(ctx, roleDefId);
  ctx.store.tx(() => (add ? ctx.store.security.addAssignment(scope, principalId, roleDefId) : ctx.store.security.removeAssignment(scope, principalId, roleDefId)));
  return jsonResponse(200, ctx.req.format === 'verbose' ? { d: { [add ? 'AddRoleAssignment' : 'RemoveRoleAssignment']: null } } : { 'odata.null': true }, ctx.req.format);
}

/**
 * Reading who holds what needs EnumeratePermissions where it applies (only Full Control has it among
 * the built-in levels; Microsoft Learn "Understanding permission levels"): Members and Visitors get
 * SharePoint's Access denied. Removing a principal's whole assignment (`DELETE
 * roleassignments/getbyprincipalid(n)`, PnPjs roleAssignments.getById(n).delete()) needs
 * ManagePermissions, like adding one.
 */
function roleAssignments(ctx: RouteContext, seg: Segment, rest: Segment[]): ApiResponse {
  const scope = ctx.store.security.effectiveScope(scopeOf(ctx));
  const all = ctx.store.security.assignments(scope);
  const [next, ...more] = rest;
  if (seg.args !== undefined || next?.key === 'getbyprincipalid') {
    const id = intArg(seg.args ?? next?.args);
    const tail = seg.args !== undefined ? rest : more;
    if (tail.length > 0) {
      return notFound(ctx, tail);
    }
    if (ctx.req.method === 'DELETE') {
      requirePermission(ctx, PermissionKind.ManagePermissions);
      requireOwnAssignments(ctx);
    } else if (ctx.req.method === 'GET') {
      requirePermission(ctx, PermissionKind.EnumeratePermissions);
    } else {
      return badMethod(ctx);
    }
    const defs = all.get(id);
    if (defs === undefined) {
      throw spException('Can not find the principal with id: ' + String(id) + '.', '-2146232832, Microsoft.SharePoint.SPException', 404);
    }
    if (ctx.req.method === 'DELETE') {
      ctx.store.tx(() => ctx.store.security.removeAssignment(scopeOf(ctx), id));
      return emptyResponse(200);
    }
    return jsonResponse(200, entityBody(assignmentEntity(ctx, id, defs, expandSet(ctx)), ctx.req.format, metadataUrl(ctx, 'SP.ApiData.RoleAssignments/@Element')), ctx.req.format);
  }
  if (next === undefined) {
    if (ctx.req.method !== 'GET') {
      return badMethod(ctx);
    }
    requirePermission(ctx, PermissionKind.EnumeratePermissions);
    const expand = expandSet(ctx);
    const rows = queryEntities(ctx, [...all].map(([id, defs]) => assignmentEntity(ctx, id, defs, expand)), 'SP.RoleAssignment');
    return jsonResponse(200, collectionBody(rows, ctx.req.format, metadataUrl(ctx, 'SP.ApiData.RoleAssignments')), ctx.req.format);
  }
  switch (next.key) {
    case 'addroleassignment':
      return changeAssignment(ctx, next, true);
    case 'removeroleassignment':
      return changeAssignment(ctx, next, false);
    default:
      return notFound(ctx, rest);
  }
}

/** `getUserEffectivePermissions(@user)?@user='<login>'`: only for oneself unless one may manage permissions. */
function userEffectivePermissions(ctx: RouteContext, seg: Segment, rest: Segment[]): ApiResponse {
  if (rest.length > 0) {
    return notFound(ctx, rest);
  }
  const login = stringArg(ctx.req, seg.args);
  const user = findUser(login);
  if (user === undefined) {
    throw spException('User cannot be found.', '-2146232832, Microsoft.SharePoint.SPException', 404);
  }
  if (user.id !== ctx.req.user.id) {
    requirePermission(ctx, PermissionKind.ManagePermissions);
  }
  const mask = ctx.store.security.effectiveMask(user.id, scopeOf(ctx));
  const body =
    ctx.req.format === 'verbose'
      ? { d: { GetUserEffectivePermissions: { __metadata: { type: 'SP.BasePermissions' }, High: String(mask.high), Low: String(mask.low) } } }
      : entityBody(new Entity({ type: 'SP.BasePermissions' }, [['High', String(mask.high)], ['Low', String(mask.low)]]), ctx.req.format, metadataUrl(ctx, 'SP.BasePermissions'));
  return jsonResponse(200, body, ctx.req.format);
}

/** Routes shared by the web and lists; undefined when `seg` is none of them. */
export function routeSecurable(ctx: RouteContext, seg: Segment, rest: Segment[]): ApiResponse | undefined {
  switch (seg.key) {
    case 'roleassignments':
      return roleAssignments(ctx, seg, rest);
    case 'getusereffectivepermissions':
      return userEffectivePermissions(ctx, seg, rest);
    default:
      return undefined;
  }
}

