/**
 * `web/siteGroups…` and the web's associated groups: list, create, read, change and delete groups,
 * and add or remove their members. Who may change membership follows SP.Group: whoever may manage
 * the web's permissions, the group's owner (a user, or the members of an owning group), and the
 * group's own members only when AllowMembersEditMembership is on.
 */
import { JsonObject } from '../json';
import { ApiResponse, Entity, collectionBody, emptyResponse, entityBody, jsonResponse } from '../http/format';
import { accessDenied, invalidQuery, spException, unknownProperty } from '../http/errors';
import { Segment, intArg, stringArg } from '../http/request';
import { maskHas } from '../storage/permissionLevels';
import { webScope } from '../storage/scopes';
import { GroupRecord, MEMBERS_GROUP, OWNERS_GROUP, VISITORS_GROUP } from '../storage/siteGroups';
import { LocalUser, PermissionKind, USERS, findUser, userById } from '../users';
import { RouteContext, apiUrl, badMethod, jsonBody, metadataUrl, notFound, requirePermission } from './context';
import { queryEntities } from './collection';
import { userEntity } from './principals';

function ownerTitle(ctx: RouteContext, group: GroupRecord): string {
  return ctx.store.security.group(group.ownerId)?.title ?? userById(group.ownerId)?.name ?? '';
}

export function groupEntity(ctx: RouteContext, group: GroupRecord): Entity {
  const link = `Web/SiteGroups/GetById(${group.id})`;
  return new Entity({ type: 'SP.Group', id: apiUrl(ctx, link), editLink: link }, [
    ['Id', group.id],
    ['IsHiddenInUI', false],
    ['LoginName', group.title],
    ['Title', group.title],
    ['PrincipalType', 8],
    ['AllowMembersEditMembership', group.allowMembersEdit],
    ['AllowRequestToJoinLeave', false],
    ['AutoAcceptRequestToJoinLeave', false],
    ['Description', group.description],
    ['OnlyAllowMembersViewMembership', group.onlyMembersView],
    ['OwnerTitle', ownerTitle(ctx, group)],
    ['RequestToJoinLeaveEmailSetting', null]
  ]);
}

function groupNotFound(): never {
  throw spException('Group cannot be found.', '-2146232832, Microsoft.SharePoint.SPException', 404);
}

function canManageWeb(ctx: RouteContext): boolean {
  return maskHas(ctx.store.security.effectiveMask(ctx.req.user.id, webScope()), PermissionKind.ManagePermissions);
}

function ownsGroup(ctx: RouteContext, group: GroupRecord): boolean {
  const me = ctx.req.user.id;
  return group.ownerId === me || ctx.store.security.members(group.ownerId).includes(me);
}

function requireGroupEditor(ctx: RouteContext, group: GroupRecord): void {
  const member = ctx.store.security.members(group.id).includes(ctx.req.user.id);
  if (!canManageWeb(ctx) && !ownsGroup(ctx, group) && !(group.allowMembersEdit && member)) {
    throw accessDenied();
  }
}

function requireGroupSettingsEditor(ctx: RouteContext, group: GroupRecord): void {
  if (!canManageWeb(ctx) && !ownsGroup(ctx, group)) {
    throw accessDenied();
  }
}

const GROUP_PROPS = new Set(['Title', 'Description', 'AllowMembersEditMembership', 'OnlyAllowMembersViewMembership', 'AllowRequestToJoinLeave', 'AutoAcceptRequestToJoinLeave', 'RequestToJoinLeaveEmailSetting']);

function groupChanges(body: JsonObject, base: GroupRecord): GroupRecord {
  const next = { ...base };
  for (const [key, value] of Object.entries(body)) {
    if (!GROUP_PROPS.has(key)) {
      throw unknownProperty(key, 'SP.Group');
    }
    if (key === 'Title' && typeof value === 'string') {
      next.title = value.trim();
    } else if (key === 'Description' && typeof value === 'string') {
      next.description = value;
    } else if (key === 'AllowMembersEditMembership' && typeof value === 'boolean') {
      next.allowMembersEdit = value;
    } else if (key === 'OnlyAllowMembersViewMembership' && typeof value === 'boolean') {
      next.onlyMembersView = value;
    }
  }
  return next;
}

function nameInUse(): never {
  throw spException('The specified name is already in use.', '-2130575293, Microsoft.SharePoint.SPException', 400);
}

function createGroup(ctx: RouteContext): ApiResponse {
  requirePermission(ctx, PermissionKind.ManagePermissions);
  const body = jsonBody(ctx);
  const draft = groupChanges(body, { id: 0, title: '', description: '', ownerId: ctx.req.user.id, allowMembersEdit: false, onlyMembersView: true });
  if (draft.title === '') {
    throw invalidQuery("The parameter 'Title' is missing or empty.");
  }
  const group = ctx.store.tx(() => {
    if (ctx.store.security.groupByName(draft.title) !== undefined || findUser(draft.title) !== undefined) {
      return nameInUse();
    }
    const created = ctx.store.security.createGroup(draft.title, draft.description, ctx.req.user.id, draft.allowMembersEdit, draft.onlyMembersView);
    // SharePoint makes the creator the group's first member.
    ctx.store.security.addMember(created.id, ctx.req.user.id);
    return created;
  });
  return jsonResponse(201, entityBody(groupEntity(ctx, group), ctx.req.format, metadataUrl(ctx, 'SP.ApiData.Groups/@Element')), ctx.req.format);
}

function memberUsers(ctx: RouteContext, group: GroupRecord): LocalUser[] {
  const ids = ctx.store.security.members(group.id);
  return USERS.filter((u) => ids.includes(u.id));
}

function groupUsers(ctx: RouteContext, group: GroupRecord, rest: Segment[]): ApiResponse {
  const [next, ...more] = rest;
  if (next === undefined) {
    if (ctx.req.method === 'POST') {
      requireGroupEditor(ctx, group);
      const login = jsonBody(ctx).LoginName;
      const user = typeof login === 'string' ? findUser(login) : undefined;
      if (user === undefined) {
        throw spException(`The user does not exist or is not unique.`, '-2146232832, Microsoft.SharePoint.SPException', 400);
      }
      ctx.store.tx(() => ctx.store.security.addMember(group.id, user.id));
      return jsonResponse(201, entityBody(userEntity(ctx, user), ctx.req.format, metadataUrl(ctx, 'SP.ApiData.Users/@Element')), ctx.req.format);
    }
    if (ctx.req.method !== 'GET') {
      return badMethod(ctx);
    }
    if (group.onlyMembersView && !ctx.store.security.members(group.id).includes(ctx.req.user.id) && !canManageWeb(ctx) && !ownsGroup(ctx, group)) {
      throw accessDenied();
    }
    const users = queryEntities(ctx, memberUsers(ctx, group).map((u) => userEntity(ctx, u)), 'SP.User');
    return jsonResponse(200, collectionBody(users, ctx.req.format, metadataUrl(ctx, 'SP.ApiData.Users')), ctx.req.format);
  }
  if (more.length > 0) {
    return notFound(ctx, more);
  }
  const remove = (user: LocalUser | undefined): ApiResponse => {
    if (ctx.req.method !== 'POST') {
      return badMethod(ctx);
    }
    requireGroupEditor(ctx, group);
    if (user === undefined || !ctx.store.tx(() => ctx.store.security.removeMember(group.id, user.id))) {
      throw spException('User cannot be found.', '-2146232832, Microsoft.SharePoint.SPException', 404);
    }
    return jsonResponse(200, ctx.req.format === 'verbose' ? { d: { RemoveById: null } } : { 'odata.null': true }, ctx.req.format);
  };
  switch (next.key) {
    case 'removebyid':
      return remove(userById(intArg(next.args)));
    case 'removebyloginname':
      return remove(findUser(stringArg(ctx.req, next.args)));
    default:
      return notFound(ctx, rest);
  }
}

function oneGroup(ctx: RouteContext, group: GroupRecord | undefined, rest: Segment[]): ApiResponse {
  if (group === undefined) {
    return groupNotFound();
  }
  const [next, ...more] = rest;
  if (next?.key === 'users') {
    return groupUsers(ctx, group, more);
  }
  if (next !== undefined) {
    return notFound(ctx, rest);
  }
  switch (ctx.req.method) {
    case 'GET':
      return jsonResponse(200, entityBody(groupEntity(ctx, group), ctx.req.format, metadataUrl(ctx, 'SP.ApiData.Groups/@Element')), ctx.req.format);
    case 'MERGE':
    case 'PATCH': {
      requireGroupSettingsEditor(ctx, group);
      const changed = groupChanges(jsonBody(ctx), group);
      ctx.store.tx(() => {
        const clash = ctx.store.security.groupByName(changed.title);
        if (changed.title === '' || (clash !== undefined && clash.id !== group.id)) {
          nameInUse();
        }
        ctx.store.security.updateGroup(changed);
      });
      return emptyResponse(204);
    }
    default:
      return badMethod(ctx);
  }
}

function removeGroup(ctx: RouteContext, group: GroupRecord | undefined): ApiResponse {
  if (ctx.req.method !== 'POST') {
    return badMethod(ctx);
  }
  if (group === undefined) {
    return groupNotFound();
  }
  requireGroupSettingsEditor(ctx, group);
  if ([OWNERS_GROUP, MEMBERS_GROUP, VISITORS_GROUP].includes(group.id)) {
    throw accessDenied();
  }
  ctx.store.tx(() => ctx.store.security.deleteGroup(group.id));
  return jsonResponse(200, ctx.req.format === 'verbose' ? { d: { RemoveById: null } } : { 'odata.null': true }, ctx.req.format);
}

/** `web/siteGroups…` (seg is that segment). */
export function routeSiteGroups(ctx: RouteContext, seg: Segment, rest: Segment[]): ApiResponse {
  const security = ctx.store.security;
  if (seg.args !== undefined) {
    return oneGroup(ctx, security.group(intArg(seg.args)), rest);
  }
  const [next, ...more] = rest;
  if (next === undefined) {
    if (ctx.req.method === 'POST') {
      return createGroup(ctx);
    }
    if (ctx.req.method !== 'GET') {
      return badMethod(ctx);
    }
    const groups = queryEntities(ctx, security.groups().map((g) => groupEntity(ctx, g)), 'SP.Group');
    return jsonResponse(200, collectionBody(groups, ctx.req.format, metadataUrl(ctx, 'SP.ApiData.Groups')), ctx.req.format);
  }
  switch (next.key) {
    case 'getbyid':
      return oneGroup(ctx, security.group(intArg(next.args)), more);
    case 'getbyname':
      return oneGroup(ctx, security.groupByName(stringArg(ctx.req, next.args)), more);
    case 'removebyid':
      return removeGroup(ctx, security.group(intArg(next.args)));
    case 'removebyloginname':
      return removeGroup(ctx, security.groupByName(stringArg(ctx.req, next.args)));
    default:
      return notFound(ctx, rest);
  }
}

/** `web/associatedOwnerGroup` and friends. */
export function associatedGroup(ctx: RouteContext, key: string, rest: Segment[]): ApiResponse | undefined {
  const ids: Record<string, number> = { associatedownergroup: OWNERS_GROUP, associatedmembergroup: MEMBERS_GROUP, associatedvisitorgroup: VISITORS_GROUP };
  const id = ids[key];
  return id === undefined ? undefined : oneGroup(ctx, ctx.store.security.group(id), rest);
}

/** `…/groups` of a user: the site groups they belong to. */
export function groupsOfUser(ctx: RouteContext, user: LocalUser): ApiResponse {
  if (ctx.req.method !== 'GET') {
    return badMethod(ctx);
  }
  const ids = ctx.store.security.groupsOf(user.id);
  const groups = queryEntities(ctx, ctx.store.security.groups().filter((g) => ids.includes(g.id)).map((g) => groupEntity(ctx, g)), 'SP.Group');
  return jsonResponse(200, collectionBody(groups, ctx.req.format, metadataUrl(ctx, 'SP.ApiData.Groups')), ctx.req.format);
}
