/**
 * `items(n)/versions`: an item's version history as SharePoint Online shapes it
 * (docs/sharepoint-rest-governance.md §2): newest first, the current version included, `Created`
 * in UTC without a `Z`, VersionId = major × 512, people as `{LookupId, LookupValue, Email}`, and
 * underscores in field names re-escaped (`OData__x005f_UIVersionString`).
 */
import { JsonValue } from '../json';
import { ApiResponse, Entity, WireValue, collectionBody, emptyResponse, entityBody, jsonResponse } from '../http/format';
import { spException } from '../http/errors';
import { Segment, intArg, stringArg } from '../http/request';
import { ItemVersionRecord } from '../storage/items';
import { FieldRecord, ListRecord, storageKey } from '../storage/types';
import { PermissionKind, userById } from '../users';
import { RouteContext, apiUrl, badMethod, metadataUrl, notFound, requirePermission } from './context';
import { queryEntities } from './collection';

function personValue(id: JsonValue | undefined): Entity | null {
  const user = typeof id === 'number' ? userById(id) : undefined;
  if (user === undefined) {
    return null;
  }
  return new Entity({ type: 'SP.FieldUserValue' }, [
    ['LookupId', user.id],
    ['LookupValue', user.name],
    ['Email', user.email]
  ]);
}

function escapeName(name: string): string {
  return name.replace(/_/g, '_x005f_');
}

function versionEntity(ctx: RouteContext, list: ListRecord, itemId: number, fields: FieldRecord[], v: ItemVersionRecord, current: boolean): Entity {
  const link = `Web/Lists(guid'${list.guid}')/Items(${itemId})/versions(${v.number * 512})`;
  const modified = typeof v.data.Modified === 'string' ? v.data.Modified : '';
  const props: Array<[string, WireValue]> = [
    ['Created', modified.replace(/Z$/, '')],
    ['IsCurrentVersion', current],
    ['VersionId', v.number * 512],
    ['VersionLabel', `${v.number}.0`],
    ['ID', itemId],
    ['Title', v.data.Title ?? null]
  ];
  for (const f of fields.filter((x) => !x.builtin)) {
    const value = v.data[storageKey(f)];
    props.push([escapeName(f.internalName), f.valueType === 'user' ? personValue(value) : value ?? null]);
  }
  props.push(
    ['Modified', modified],
    ['Author', personValue(v.data.AuthorId)],
    ['Editor', personValue(v.data.EditorId)],
    ['OData__x005f_UIVersionString', `${v.number}.0`]
  );
  return new Entity({ type: 'SP.ListItemVersion', id: apiUrl(ctx, link), editLink: link }, props);
}

function versionNotFound(): never {
  throw spException('Version does not exist.', '-2130575338, Microsoft.SharePoint.SPException', 404);
}

/**
 * Deleting versions needs DeleteVersions where the item is (Contribute, Edit and Full Control hold
 * it; Read does not: Microsoft Learn "Understanding permission levels"). The current version cannot
 * be deleted this way (unconfirmed wording; SharePoint keeps the item's current state).
 */
function deleteVersions(ctx: RouteContext, list: ListRecord, itemId: number, versions: ItemVersionRecord[], wanted: number | 'all'): ApiResponse {
  requirePermission(ctx, PermissionKind.DeleteVersions);
  if (wanted === 'all') {
    ctx.store.tx(() => ctx.store.items.deleteVersions(list.id, itemId));
    return ctx.req.format === 'verbose' ? jsonResponse(200, { d: { DeleteAll: null } }, ctx.req.format) : jsonResponse(200, { 'odata.null': true }, ctx.req.format);
  }
  const found = versions.find((v) => v.number * 512 === wanted);
  if (found === undefined) {
    return versionNotFound();
  }
  if (found === versions[0]) {
    throw spException('You cannot delete the current version.', '-2130575338, Microsoft.SharePoint.SPException', 400);
  }
  ctx.store.tx(() => ctx.store.items.deleteVersions(list.id, itemId, found.number));
  return emptyResponse(200);
}

function versionByLabel(ctx: RouteContext, args: string | undefined): number {
  const label = stringArg(ctx.req, args);
  const match = /^(\d+)\.0$/.exec(label.trim());
  return match === null ? -1 : Number(match[1]) * 512;
}

/** Routes `versions…` under an item that exists (seg is the `versions` segment). */
export function routeVersions(ctx: RouteContext, list: ListRecord, itemId: number, seg: Segment, rest: Segment[]): ApiResponse {
  const item = ctx.store.items.get(list.id, itemId);
  const stored = ctx.store.items.versions(list.id, itemId);
  // Without history (versioning off, or an item older than it) the current state is the only version.
  const versions: ItemVersionRecord[] = stored.length > 0 || item === undefined ? stored : [{ number: 1, data: item.data }];
  const fields = ctx.store.fields.forList(list.id);
  const entity = (v: ItemVersionRecord): Entity => versionEntity(ctx, list, itemId, fields, v, v === versions[0]);
  const [next, ...more] = rest;
  // SP.ListItemVersionCollection's methods: DeleteAll, DeleteByID(vid), DeleteByLabel(label), all POST.
  if (seg.args === undefined && next !== undefined && ['deleteall', 'deletebyid', 'deletebylabel', 'recyclebyid', 'recyclebylabel'].includes(next.key)) {
    if (ctx.req.method !== 'POST' || more.length > 0) {
      return badMethod(ctx);
    }
    const wanted = next.key === 'deleteall' ? 'all' : next.key.endsWith('bylabel') ? versionByLabel(ctx, next.args) : intArg(next.args);
    return deleteVersions(ctx, list, itemId, versions, wanted);
  }
  const wanted = seg.args !== undefined ? intArg(seg.args) : next?.key === 'getbyid' ? intArg(next.args) : undefined;
  if (wanted !== undefined) {
    const tail = seg.args !== undefined ? rest : more;
    if (tail.length > 0) {
      return notFound(ctx, tail);
    }
    if (ctx.req.method === 'DELETE') {
      return deleteVersions(ctx, list, itemId, versions, wanted);
    }
    if (ctx.req.method !== 'GET') {
      return badMethod(ctx);
    }
    const found = versions.find((v) => v.number * 512 === wanted);
    if (found === undefined) {
      return versionNotFound();
    }
    return jsonResponse(200, entityBody(entity(found), ctx.req.format, metadataUrl(ctx, 'SP.ApiData.ListItemVersions/@Element')), ctx.req.format);
  }
  if (ctx.req.method !== 'GET') {
    return badMethod(ctx);
  }
  if (next !== undefined) {
    return notFound(ctx, rest);
  }
  const rows = queryEntities(ctx, versions.map(entity), 'SP.ListItemVersion');
  return jsonResponse(200, collectionBody(rows, ctx.req.format, metadataUrl(ctx, 'SP.ApiData.ListItemVersions')), ctx.req.format);
}
