/** `web/lists`: enumerate, create, get by title or id, MERGE, DELETE; children go to fields/items. */
import { JsonObject } from '../json';
import { ApiResponse, Entity, collectionBody, emptyResponse, entityBody, jsonResponse } from '../http/format';
import { invalidQuery, listNotFound, spException, unknownProperty } from '../http/errors';
import { Segment, stringArg } from '../http/request';
import { ListRecord, entityTypeName, isLibrary, itemTypeName } from '../storage/types';
import { RouteContext, apiUrl, badMethod, currentMask, jsonBody, metadataUrl, notFound, requireManageLists, requirePermission } from './context';
import { PermissionKind } from '../users';
import { maskHas } from '../storage/permissionLevels';
import { listScope } from '../storage/scopes';
import { routeListSecurity } from './listSecurity';
import { routeRootFolder } from './files';
import { odata, project, queryEntities } from './collection';
import { parseSelect } from '../odata/query';
import { routeFields } from './fields';
import { routeItems } from './items';
import { routeViews } from './views';
import { effectivePermissions } from './users';

/** List properties a client may set, with SharePoint's defaults for a generic list. */
const LIST_DEFAULTS: JsonObject = {
  AllowContentTypes: true,
  BaseTemplate: 100,
  ContentTypesEnabled: false,
  Description: '',
  EnableAttachments: true,
  EnableFolderCreation: false,
  EnableMinorVersions: false,
  EnableModeration: false,
  EnableVersioning: true,
  ForceCheckout: false,
  Hidden: false,
  MajorVersionLimit: 50,
  NoCrawl: false,
  OnQuickLaunch: false
};

function listLink(list: ListRecord): string {
  return `Web/Lists(guid'${list.guid}')`;
}

/** A library keeps 500 major versions by default, a list 50 (SharePoint Online on REST create). */
function defaultsFor(list: ListRecord): JsonObject {
  return isLibrary(list) ? { ...LIST_DEFAULTS, MajorVersionLimit: 500 } : LIST_DEFAULTS;
}

export function listEntity(ctx: RouteContext, list: ListRecord): Entity {
  const props = { ...defaultsFor(list), ...list.props };
  return new Entity({ type: 'SP.List', id: apiUrl(ctx, listLink(list)), editLink: listLink(list) }, [
    ...Object.entries(props).sort(([a], [b]) => a.localeCompare(b)),
    ['BaseType', isLibrary(list) ? 1 : 0],
    ['Created', list.created],
    ['EntityTypeName', entityTypeName(list)],
    ['HasUniqueRoleAssignments', ctx.store.security.hasUniqueScope(listScope(list.id))],
    ['Id', list.guid],
    ['ItemCount', list.itemCount],
    ['LastItemModifiedDate', list.modified],
    ['ListItemEntityTypeFullName', itemTypeName(list)],
    ['ParentWebUrl', new URL(ctx.webUrl).pathname],
    ['Title', list.title]
  ]);
}

/** Validates create/MERGE properties against the SP.List type. */
function listProps(body: JsonObject): JsonObject {
  const props: JsonObject = {};
  for (const [key, value] of Object.entries(body)) {
    if (key === 'Title') {
      continue;
    }
    if (!(key in LIST_DEFAULTS)) {
      throw unknownProperty(key, 'SP.List');
    }
    props[key] = value;
  }
  return props;
}

function duplicateTitle(): never {
  throw spException(
    'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.',
    '-2130575342, Microsoft.SharePoint.SPException'
  );
}

function createList(ctx: RouteContext): ApiResponse {
  requireManageLists(ctx);
  const body = jsonBody(ctx);
  const title = body.Title;
  if (typeof title !== 'string' || title.trim() === '') {
    throw invalidQuery("The parameter 'Title' is missing or empty.");
  }
  const props = listProps(body);
  const list = ctx.store.tx(() => {
    if (ctx.store.lists.byTitle(title) !== undefined) {
      return duplicateTitle();
    }
    const created = ctx.store.lists.create(title, props);
    if (isLibrary(created)) {
      // A library's root folder is /sites/x/<Title>; its files and folders live below it.
      ctx.store.files.addFolder(`${new URL(ctx.webUrl).pathname}/${title.trim()}`, undefined, created.id, undefined);
    }
    return created;
  });
  return jsonResponse(201, entityBody(listEntity(ctx, list), ctx.req.format, metadataUrl(ctx, 'SP.ApiData.Lists/@Element')), ctx.req.format);
}

function oneList(outer: RouteContext, list: ListRecord, rest: Segment[]): ApiResponse {
  // From here on the list's own permissions apply (its unique ones after breakRoleInheritance).
  const ctx: RouteContext = { ...outer, list };
  requirePermission(ctx, PermissionKind.ViewListItems);
  const [next, ...more] = rest;
  if (next !== undefined) {
    const security = routeListSecurity(ctx, list, next, more);
    if (security !== undefined) {
      return security;
    }
    switch (next.key) {
      case 'items':
      case 'getitembyid':
        return routeItems(ctx, list, next, more);
      case 'fields':
        return routeFields(ctx, list, next, more);
      case 'views':
        return routeViews(ctx, list, next, more);
      case 'effectivebasepermissions':
        return effectivePermissions(ctx, more);
      case 'rootfolder':
        return routeRootFolder(ctx, list, more);
      default:
        return notFound(ctx, rest);
    }
  }
  switch (ctx.req.method) {
    case 'GET': {
      const select = odata(() => parseSelect(ctx.req.query.get('$select')));
      return jsonResponse(200, entityBody(project(listEntity(ctx, list), select), ctx.req.format, metadataUrl(ctx, 'SP.ApiData.Lists/@Element')), ctx.req.format);
    }
    case 'MERGE':
    case 'PATCH': {
      requireManageLists(ctx);
      const body = jsonBody(ctx);
      const title = typeof body.Title === 'string' && body.Title.trim() !== '' ? body.Title : list.title;
      const props = { ...list.props, ...listProps(body) };
      ctx.store.tx(() => {
        const clash = ctx.store.lists.byTitle(title);
        if (clash !== undefined && clash.id !== list.id) {
          duplicateTitle();
        }
        ctx.store.lists.update(list, title, props);
      });
      return emptyResponse(204);
    }
    case 'DELETE':
      requireManageLists(ctx);
      ctx.store.tx(() => {
        ctx.store.fields.dropIndexes(list.id);
        ctx.store.security.dropScope(listScope(list.id));
        ctx.store.files.dropList(list.id);
        ctx.store.lists.delete(list);
      });
      return emptyResponse(200);
    default:
      return badMethod(ctx);
  }
}

/** Routes `lists…` (seg is the `lists` segment itself). */
export function routeLists(ctx: RouteContext, seg: Segment, rest: Segment[]): ApiResponse {
  const byGuid = (guid: string): ListRecord => ctx.store.lists.byGuid(guid) ?? notFound(ctx, [seg, ...rest]);
  if (seg.args !== undefined) {
    return oneList(ctx, byGuid(stringArg(ctx.req, seg.args)), rest);
  }
  const [next, ...more] = rest;
  if (next === undefined) {
    if (ctx.req.method === 'POST') {
      return createList(ctx);
    }
    if (ctx.req.method !== 'GET') {
      return badMethod(ctx);
    }
    // Lists the user may not view (unique permissions without them) are left out, as SharePoint does.
    const visible = ctx.store.lists.all().filter((l) => maskHas(currentMask({ ...ctx, list: l }), PermissionKind.ViewListItems));
    const lists = queryEntities(ctx, visible.map((l) => listEntity(ctx, l)), 'SP.List');
    return jsonResponse(200, collectionBody(lists, ctx.req.format, metadataUrl(ctx, 'SP.ApiData.Lists')), ctx.req.format);
  }
  switch (next.key) {
    case 'getbytitle': {
      const title = stringArg(ctx.req, next.args);
      const list = ctx.store.lists.byTitle(title);
      if (list === undefined) {
        throw listNotFound(title, ctx.webUrl);
      }
      return oneList(ctx, list, more);
    }
    case 'getbyid':
      return oneList(ctx, byGuid(stringArg(ctx.req, next.args)), more);
    default:
      return notFound(ctx, rest);
  }
}
