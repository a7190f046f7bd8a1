/**
 * Permission levels: `web/roleDefinitions`, SharePoint's built-in levels and those made by REST,
 * read, added, changed and deleted. Shapes from SharePoint Online
 * (docs/sharepoint-rest-governance.md §3).
 */
import { JsonObject, JsonValue, isJsonObject } from '../json';
import { ApiResponse, Entity, collectionBody, emptyResponse, entityBody, jsonResponse } from '../http/format';
import { invalidQuery, spException, unknownProperty } from '../http/errors';
import { Segment, intArg, stringArg } from '../http/request';
import { Mask, RoleDefinition } from '../storage/permissionLevels';
import { PermissionKind } from '../users';
import { RouteContext, apiUrl, badMethod, jsonBody, metadataUrl, notFound, requirePermission } from './context';
import { queryEntities } from './collection';

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

export function roleNotFound(status = 404): never {
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
