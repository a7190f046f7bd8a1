/**
 * Permissions of the web and of lists: role definitions, role assignments, breaking and resetting
 * inheritance, and another user's effective permissions. Shapes from SharePoint Online
 * (docs/sharepoint-rest-governance.md §3).
 */
import { ApiResponse, Entity, collectionBody, entityBody, jsonResponse } from '../http/format';
import { invalidQuery, spException } from '../http/errors';
import { Segment, boolArg, intArg, namedArgs, stringArg } from '../http/request';
import { ListRecord } from '../storage/types';
import { ROLE_DEFINITIONS, RoleDefinition, listScope, webScope } from '../storage/security';
import { PermissionKind, findUser, userById } from '../users';
import { RouteContext, apiUrl, badMethod, metadataUrl, notFound, requirePermission } from './context';
import { queryEntities } from './collection';
import { groupEntity } from './groups';
import { userEntity } from './principals';

export function roleDefinitionEntity(ctx: RouteContext, def: RoleDefinition): Entity {
  const link = `Web/RoleDefinitions(${def.id})`;
  return new Entity({ type: 'SP.RoleDefinition', id: apiUrl(ctx, link), editLink: link }, [
    ['BasePermissions', new Entity({ type: 'SP.BasePermissions' }, [['High', String(def.high)], ['Low', String(def.low)]])],
    ['Description', def.description],
    ['Hidden', false],
    ['Id', def.id],
    ['Name', def.name],
    ['Order', def.order],
    ['RoleTypeKind', def.kind]
  ]);
}

function oneDefinition(ctx: RouteContext, def: RoleDefinition | undefined, rest: Segment[]): ApiResponse {
  if (def === undefined) {
    throw spException('The permission level does not exist.', '-2146232832, Microsoft.SharePoint.SPException', 404);
  }
  if (rest.length > 0) {
    return notFound(ctx, rest);
  }
  if (ctx.req.method !== 'GET') {
    return badMethod(ctx);
  }
  return jsonResponse(200, entityBody(roleDefinitionEntity(ctx, def), ctx.req.format, metadataUrl(ctx, 'SP.ApiData.RoleDefinitions/@Element')), ctx.req.format);
}

/** `web/roleDefinitions…`: read-only here (custom permission levels are not needed). */
export function routeRoleDefinitions(ctx: RouteContext, seg: Segment, rest: Segment[]): ApiResponse {
  if (seg.args !== undefined) {
    return oneDefinition(ctx, ROLE_DEFINITIONS.find((d) => d.id === intArg(seg.args)), rest);
  }
  const [next, ...more] = rest;
  if (next === undefined) {
    if (ctx.req.method !== 'GET') {
      return badMethod(ctx);
    }
    const defs = queryEntities(ctx, ROLE_DEFINITIONS.map((d) => roleDefinitionEntity(ctx, d)), 'SP.RoleDefinition');
    return jsonResponse(200, collectionBody(defs, ctx.req.format, metadataUrl(ctx, 'SP.ApiData.RoleDefinitions')), ctx.req.format);
  }
  switch (next.key) {
    case 'getbyid':
      return oneDefinition(ctx, ROLE_DEFINITIONS.find((d) => d.id === intArg(next.args)), more);
    case 'getbytype':
      return oneDefinition(ctx, ROLE_DEFINITIONS.find((d) => d.kind === intArg(next.args)), more);
    case 'getbyname': {
      const name = stringArg(ctx.req, next.args).toLowerCase();
      return oneDefinition(ctx, ROLE_DEFINITIONS.find((d) => d.name.toLowerCase() === name), more);
    }
    default:
      return notFound(ctx, rest);
  }
}

function scopeOf(ctx: RouteContext): string {
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
    props.push(['RoleDefinitionBindings', ROLE_DEFINITIONS.filter((d) => defIds.includes(d.id)).map((d) => roleDefinitionEntity(ctx, d))]);
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

function knownDefinition(id: number): void {
  if (!ROLE_DEFINITIONS.some((d) => d.id === id)) {
    throw spException('The permission level does not exist.', '-2146232832, Microsoft.SharePoint.SPException', 400);
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
  if (scope !== webScope() && !ctx.store.security.hasUniqueScope(scope)) {
    throw spException(
      'This operation is not allowed on an object that inherits permissions.',
      '-2147024891, System.UnauthorizedAccessException',
      400
    );
  }
  knownPrincipal(ctx, principalId);
  knownDefinition(roleDefId);
  ctx.store.tx(() => (add ? ctx.store.security.addAssignment(scope, principalId, roleDefId) : ctx.store.security.removeAssignment(scope, principalId, roleDefId)));
  return jsonResponse(200, ctx.req.format === 'verbose' ? { d: { [add ? 'AddRoleAssignment' : 'RemoveRoleAssignment']: null } } : { 'odata.null': true }, ctx.req.format);
}

function roleAssignments(ctx: RouteContext, seg: Segment, rest: Segment[]): ApiResponse {
  const scope = ctx.store.security.effectiveScope(scopeOf(ctx));
  const all = ctx.store.security.assignments(scope);
  const [next, ...more] = rest;
  if (seg.args !== undefined || next?.key === 'getbyprincipalid') {
    const id = intArg(seg.args ?? next?.args);
    const defs = all.get(id);
    if (defs === undefined) {
      throw spException('Can not find the principal with id: ' + String(id) + '.', '-2146232832, Microsoft.SharePoint.SPException', 404);
    }
    const tail = seg.args !== undefined ? rest : more;
    if (tail.length > 0) {
      return notFound(ctx, tail);
    }
    return jsonResponse(200, entityBody(assignmentEntity(ctx, id, defs, expandSet(ctx)), ctx.req.format, metadataUrl(ctx, 'SP.ApiData.RoleAssignments/@Element')), ctx.req.format);
  }
  if (next === undefined) {
    if (ctx.req.method !== 'GET') {
      return badMethod(ctx);
    }
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
          ctx.store.security.addAssignment(scope, ctx.req.user.id, ROLE_DEFINITIONS[0].id);
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
