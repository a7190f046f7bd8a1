/** `web/currentUser`, `web/siteUsers…`, `web/getUserById(n)`, `web/ensureuser`, permissions. */
import { ApiResponse, Entity, collectionBody, entityBody, jsonResponse } from '../http/format';
import { intArg, Segment, stringArg } from '../http/request';
import { spException, invalidQuery } from '../http/errors';
import { LocalUser, PermissionKind, USERS, findUser, userById } from '../users';
import { RouteContext, badMethod, currentMask, hasLeft, jsonBody, metadataUrl, notFound, requirePermission } from './context';
import { project, odata, queryEntities } from './collection';
import { parseSelect } from '../odata/query';
import { groupsOfUser } from './groups';
import { userEntity } from './principals';

/**
 * "User cannot be found." — 404 from `siteUsers(n)` and its `getBy…` methods (a client's report of
 * `siteUsers(6)`), 500 from `web/GetUserById(n)` (pnpcore's recorded GetUserMissingTest).
 */
function userNotFound(status: 404 | 500): never {
  throw spException('User cannot be found.', '-2146232832, Microsoft.SharePoint.SPException', status);
}

/** A user of this site: someone who has left is in no site's user list any more. */
function siteUser(ctx: RouteContext, user: LocalUser | undefined): LocalUser | undefined {
  return user !== undefined && !hasLeft(ctx, user.id) ? user : undefined;
}

function oneUser(ctx: RouteContext, found: LocalUser | undefined, rest: Segment[], missing: 404 | 500 = 404): ApiResponse {
  const user = siteUser(ctx, found);
  if (user === undefined) {
    return userNotFound(missing);
  }
  if (rest.length === 1 && rest[0].key === 'groups') {
    return groupsOfUser(ctx, user);
  }
  if (rest.length > 0) {
    return notFound(ctx, rest);
  }
  if (ctx.req.method !== 'GET') {
    return badMethod(ctx);
  }
  const select = odata(() => parseSelect(ctx.req.query.get('$select')));
  return jsonResponse(200, entityBody(project(userEntity(ctx, user), select), ctx.req.format, metadataUrl(ctx, 'SP.ApiData.Users/@Element')), ctx.req.format);
}

/** Routes under `web/` that concern people; returns undefined when `seg` is not one of them. */
export function routeUsers(ctx: RouteContext, seg: Segment, rest: Segment[]): ApiResponse | undefined {
  switch (seg.key) {
    case 'currentuser':
      return oneUser(ctx, ctx.req.user, rest);
    case 'getuserbyid':
      return oneUser(ctx, userById(intArg(seg.args)), rest, 500);
    case 'ensureuser':
      return ensureUser(ctx, seg, rest);
    case 'siteusers':
      return siteUsers(ctx, seg, rest);
    default:
      return undefined;
  }
}

function siteUsers(ctx: RouteContext, seg: Segment, rest: Segment[]): ApiResponse {
  if (seg.args !== undefined) {
    // `siteusers(7)` by id, or `siteusers(@v)?@v='i:0#.f|membership|…'` by login (PnPjs's getByLoginName).
    const byId = /^\s*-?\d+\s*$/.test(seg.args);
    return oneUser(ctx, byId ? userById(intArg(seg.args)) : findUser(stringArg(ctx.req, seg.args)), rest);
  }
  const [next, ...more] = rest;
  if (next === undefined) {
    if (ctx.req.method !== 'GET') {
      return badMethod(ctx);
    }
    const users = queryEntities(ctx, USERS.filter((u) => !hasLeft(ctx, u.id)).map((u) => userEntity(ctx, u)), 'SP.User');
    return jsonResponse(200, collectionBody(users, ctx.req.format, metadataUrl(ctx, 'SP.ApiData.Users1')), ctx.req.format);
  }
  switch (next.key) {
    case 'getbyid':
      return oneUser(ctx, userById(intArg(next.args)), more);
    case 'getbyemail': {
      const email = stringArg(ctx.req, next.args).toLowerCase();
      return oneUser(ctx, USERS.find((u) => u.email === email), more);
    }
    case 'getbyloginname':
      return oneUser(ctx, findUser(stringArg(ctx.req, next.args)), more);
    default:
      return notFound(ctx, rest);
  }
}

/**
 * POST web/ensureuser {"logonName": "..."}; the directory is the fixed user list less those who have
 * left. Someone it cannot resolve: 400 "The specified user <logon> could not be found." (pnpcore's
 * recorded EnsuresEveryoneExceptExternalUsersTest-0-00002).
 */
function ensureUser(ctx: RouteContext, seg: Segment, rest: Segment[]): ApiResponse {
  if (rest.length > 0) {
    return notFound(ctx, rest);
  }
  if (ctx.req.method !== 'POST') {
    return badMethod(ctx);
  }
  requirePermission(ctx, PermissionKind.AddListItems);
  const body = jsonBody(ctx);
  const logon = seg.args !== undefined ? stringArg(ctx.req, seg.args) : body.logonName;
  if (typeof logon !== 'string') {
    throw invalidQuery("The parameter 'logonName' is missing.");
  }
  const user = siteUser(ctx, findUser(logon));
  if (user === undefined) {
    throw spException(`The specified user ${logon} could not be found.`, '-2146232832, Microsoft.SharePoint.SPException', 400);
  }
  return jsonResponse(200, entityBody(userEntity(ctx, user), ctx.req.format, metadataUrl(ctx, 'SP.ApiData.Users/@Element')), ctx.req.format);
}

/** `…/EffectiveBasePermissions`: the role's mask; High/Low as strings, as SharePoint sends Int64s. */
export function effectivePermissions(ctx: RouteContext, rest: Segment[]): ApiResponse {
  if (rest.length > 0) {
    return notFound(ctx, rest);
  }
  if (ctx.req.method !== 'GET') {
    return badMethod(ctx);
  }
  const m = currentMask(ctx);
  const mask = { High: m.high, Low: m.low };
  const entity = new Entity({ type: 'SP.BasePermissions' }, [
    ['High', String(mask.High)],
    ['Low', String(mask.Low)]
  ]);
  const level = ctx.req.format;
  const body = level === 'verbose' ? { d: { EffectiveBasePermissions: { __metadata: { type: 'SP.BasePermissions' }, High: String(mask.High), Low: String(mask.Low) } } } : entityBody(entity, level, metadataUrl(ctx, 'Edm.BasePermissions'));
  return jsonResponse(200, body, level);
}
