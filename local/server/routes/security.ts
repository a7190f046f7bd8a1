/**
 * Permissions of the web and of lists: role definitions, role assignments, breaking and resetting
 * inheritance, and another user's effective permissions. Shapes from SharePoint Online
 * (docs/sharepoint-rest-governance.md §3).
 */
import { JsonObject, JsonValue, isJsonObject } from '../json';
import { ApiResponse, Entity, collectionBody, emptyResponse, entityBody, jsonResponse } from '../http/format';
import { invalidQuery, spException, unknownProperty } from '../http/errors';
import { Segment, boolArg, intArg, namedArgs, stringArg } from '../http/request';
import { ListRecord } from '../storage/types';
import { FULL_CONTROL, Mask, RoleDefinition, listScope, webScope } from '../storage/security';
import { PermissionKind, findUser, userById } from '../users';
import { RouteContext, apiUrl, badMethod, jsonBody, metadataUrl, notFound, requirePermission } from './context';
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

function roleNotFound(status = 404): never {
  throw spException('The permission level does not exist.', '-2146232832, Microsoft.SharePoint.SPException', status);
}

/**
 * `High`/`Low` as SharePoint takes them: strings of 32-bit numbers (SharePoint Online refuses JSON
 * numbers with "Cannot convert a primitive value to the expected type 'Edm.Int64'", pnp/pnpjs#1393).
 */
function basePermissions(value: JsonValue | undefined): Mask {
  if (!isJsonObject(value)) {
    throw invalidQuery("The parameter 'BasePermissions' is missing or invalid.");
  }
  const half = (v: JsonValue | undefined): number => {
    if (typeof v !== 'string' || !/^\d+$/.test(v) || Number(v) > 4294967295) {
      throw invalidQuery("Cannot convert a primitive value to the expected type 'Edm.Int64'. See the inner exception for more details.");
    }
    return Number(v);
  };
  return { high: half(value.High), low: half(value.Low) };
}

const ROLE_PROPS = new Set(['BasePermissions', 'Description', 'Hidden', 'Name', 'Order', 'RoleTypeKind']);

function roleBody(ctx: RouteContext): JsonObject {
  const body = jsonBody(ctx);
  for (const key of Object.keys(body)) {
    if (!ROLE_PROPS.has(key)) {
      throw unknownProperty(key, 'SP.RoleDefinition');
    }
  }
  return body;
}

/** Not stated by Microsoft for REST; the wording is SharePoint's server-side one as far as known (unconfirmed). */
function nameTaken(): never {
  throw spException('A permission level with this name already exists. Type a different name for the permission level.', '-2130575293, Microsoft.SharePoint.SPException', 400);
}

/**
 * `POST web/roledefinitions` (PnPjs roleDefinitions.add; pnpcore RoleDefinition.AddApiCallHandler):
 * `{Name, Description, Order, BasePermissions:{High,Low}}`; 201 with the level, whose RoleTypeKind
 * is 0 whatever was sent (recorded reply CreateUpdateDeleteWebRoleDefinition-0-00003). Needs
 * ManagePermissions on the web, which only Full Control holds.
 */
function createDefinition(ctx: RouteContext): ApiResponse {
  requirePermission(ctx, PermissionKind.ManagePermissions);
  const body = roleBody(ctx);
  const name = body.Name;
  if (typeof name !== 'string' || name.trim() === '') {
    throw invalidQuery("The parameter 'Name' is missing or empty.");
  }
  const mask = basePermissions(body.BasePermissions);
  const description = typeof body.Description === 'string' ? body.Description : '';
  const order = typeof body.Order === 'number' ? body.Order : 0;
  const def = ctx.store.tx(() => {
    if (ctx.store.security.definitionByName(name.trim()) !== undefined) {
      nameTaken();
    }
    return ctx.store.security.createDefinition(name.trim(), description, order, mask);
  });
  return jsonResponse(201, entityBody(roleDefinitionEntity(ctx, def), ctx.req.format, metadataUrl(ctx, 'SP.ApiData.RoleDefinitions/@Element')), ctx.req.format);
}

/**
 * MERGE (204) or DELETE (200) of a level made by REST (recorded replies -0-00005 and -0-00007).
 * Built-in levels are refused here: Full Control and Limited Access cannot be changed in SharePoint,
 * and this server does not let the others change (unconfirmed whether SharePoint Online does).
 */
function changeDefinition(ctx: RouteContext, def: RoleDefinition): ApiResponse {
  requirePermission(ctx, PermissionKind.ManagePermissions);
  if (def.kind !== 0) {
    throw spException('You cannot change or delete a built-in permission level.', '-2147024891, System.UnauthorizedAccessException', 403);
  }
  if (ctx.req.method === 'DELETE') {
    ctx.store.tx(() => ctx.store.security.deleteDefinition(def.id));
    return emptyResponse(200);
  }
  const body = roleBody(ctx);
  const next: RoleDefinition = { ...def };
  if (typeof body.Name === 'string' && body.Name.trim() !== '') {
    next.name = body.Name.trim();
  }
  if (typeof body.Description === 'string') {
    next.description = body.Description;
  }
  if (typeof body.Order === 'number') {
    next.order = body.Order;
  }
  if (body.BasePermissions !== undefined) {
    const mask = basePermissions(body.BasePermissions);
    next.high = mask.high;
    next.low = mask.low;
  }
  ctx.store.tx(() => {
    const clash = ctx.store.security.definitionByName(next.name);
    if (clash !== undefined && clash.id !== def.id) {
      nameTaken();
    }
    ctx.store.security.updateDefinition(next);
  });
  return emptyResponse(204);
}

function oneDefinition(ctx: RouteContext, def: RoleDefinition | undefined, rest: Segment[]): ApiResponse {
  if (def === undefined) {
    return roleNotFound();
  }
  if (rest.length > 0) {
    return notFound(ctx, rest);
  }
  switch (ctx.req.method) {
    case 'GET':
      return jsonResponse(200, entityBody(roleDefinitionEntity(ctx, def), ctx.req.format, metadataUrl(ctx, 'SP.ApiData.RoleDefinitions/@Element')), ctx.req.format);
    case 'MERGE':
    case 'PATCH':
    case 'DELETE':
      return changeDefinition(ctx, def);
    default:
      return badMethod(ctx);
  }
}

/** `web/roleDefinitions…`: SharePoint's built-in levels and those made by REST. */
export function routeRoleDefinitions(ctx: RouteContext, seg: Segment, rest: Segment[]): ApiResponse {
  const security = ctx.store.security;
  if (seg.args !== undefined) {
    return oneDefinition(ctx, security.definition(intArg(seg.args)), rest);
  }
  const [next, ...more] = rest;
  if (next === undefined) {
    if (ctx.req.method === 'POST') {
      return createDefinition(ctx);
    }
    if (ctx.req.method !== 'GET') {
      return badMethod(ctx);
    }
    const defs = queryEntities(ctx, security.definitions().map((d) => roleDefinitionEntity(ctx, d)), 'SP.RoleDefinition');
    return jsonResponse(200, collectionBody(defs, ctx.req.format, metadataUrl(ctx, 'SP.ApiData.RoleDefinitions')), ctx.req.format);
  }
  switch (next.key) {
    case 'getbyid':
      return oneDefinition(ctx, security.definition(intArg(next.args)), more);
    case 'getbytype': {
      const kind = intArg(next.args);
      // RoleTypeKind 0 (None) belongs to every level made by REST, so it finds none.
      return oneDefinition(ctx, kind === 0 ? undefined : security.definitions().find((d) => d.kind === kind), more);
    }
    case 'getbyname':
      return oneDefinition(ctx, security.definitionByName(stringArg(ctx.req, next.args)), more);
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
