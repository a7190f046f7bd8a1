/** `lists/…/items`: query, add, and per item GET / MERGE (with IF-MATCH) / DELETE / recycle. */
import { randomUUID } from 'crypto';
import { ApiResponse, emptyResponse, entityBody, jsonResponse } from '../http/format';
import { SpError, etagMismatch, itemNotFound } from '../http/errors';
import { Segment, intArg } from '../http/request';
import { parseExpand, parseSelect } from '../odata/query';
import { ItemRecord, ListRecord, isLibrary } from '../storage/types';
import { PermissionKind } from '../users';
import { odata } from './collection';
import { RouteContext, badMethod, jsonBody, metadataUrl, notFound, requirePermission } from './context';
import { queryItems } from './itemQuery';
import { itemRenderer } from './itemShape';
import { applyWrite } from './itemWrite';
import { fileItemChanged } from './fileWrite';
import { validateUpdateListItem } from './validateUpdate';
import { checkUniqueValues } from './uniqueValues';
import { effectivePermissions } from './users';
import { routeVersions } from './versions';

function etag(item: ItemRecord): string {
  return `"${item.version}"`;
}

function itemBody(ctx: RouteContext, list: ListRecord, item: ItemRecord, status: number, withQuery: boolean): ApiResponse {
  const q = ctx.req.query;
  const render = itemRenderer(ctx, list, ctx.store.fields.forList(list.id), {
    select: withQuery ? odata(() => parseSelect(q.get('$select'))) : undefined,
    expand: withQuery ? odata(() => parseExpand(q.get('$expand'))) : []
  });
  const body = entityBody(render(item), ctx.req.format, metadataUrl(ctx, `SP.ListData.${list.entityName}ListItems/@Element`));
  return jsonResponse(status, body, ctx.req.format, { ETag: etag(item) });
}

/** IF-MATCH: `*` (or absent) matches anything; otherwise the exact ETag, compared as an opaque string. */
function checkEtag(ctx: RouteContext, item: ItemRecord): void {
  const sent = ctx.req.headers['if-match']?.trim();
  if (sent === undefined || sent === '' || sent === '*') {
    return;
  }
  if (sent.replace(/^W\//, '') !== etag(item)) {
    throw etagMismatch(sent, etag(item));
  }
}

function addItem(ctx: RouteContext, list: ListRecord): ApiResponse {
  requirePermission(ctx, PermissionKind.AddListItems);
  if (isLibrary(list)) {
    throw new SpError(400, '-2147024809, System.ArgumentException', 'To add an item to a document library, use SPFileCollection.Add()');
  }
  const body = jsonBody(ctx);
  const item = ctx.store.tx(() => {
    const fields = ctx.store.fields.forList(list.id);
    const data = applyWrite(list, fields, body, undefined, ctx.req.user, ctx.store.site.timeZone);
    checkUniqueValues(ctx.store.items, list.id, fields, data, 0);
    const id = ctx.store.lists.nextItemId(list.id);
    return ctx.store.items.insert(list.id, id, data, list);
  });
  return itemBody(ctx, list, item, 201, false);
}

/** GET one item with the request's $select/$expand (also a file's `listItemAllFields`). */
export function itemResponse(ctx: RouteContext, list: ListRecord, id: number): ApiResponse {
  const item = ctx.store.items.get(list.id, id);
  if (item === undefined) {
    throw itemNotFound();
  }
  return itemBody(ctx, list, item, 200, true);
}

/** MERGE one item, honouring IF-MATCH (also a file's `listItemAllFields`). */
export function updateItem(ctx: RouteContext, list: ListRecord, id: number): ApiResponse {
  requirePermission(ctx, PermissionKind.EditListItems);
  const body = jsonBody(ctx);
  const updated = ctx.store.tx(() => {
    const item = ctx.store.items.get(list.id, id);
    if (item === undefined) {
      throw itemNotFound();
    }
    checkEtag(ctx, item);
    const fields = ctx.store.fields.forList(list.id);
    const data = applyWrite(list, fields, body, item.data, ctx.req.user, ctx.store.site.timeZone);
    checkUniqueValues(ctx.store.items, list.id, fields, data, item.id);
    const saved = ctx.store.items.update(list.id, item, data, list);
    fileItemChanged(ctx, list, item.id);
    ctx.store.lists.touch(list.id);
    return saved;
  });
  return emptyResponse(204, { ETag: etag(updated) });
}

function oneItem(ctx: RouteContext, list: ListRecord, id: number, rest: Segment[]): ApiResponse {
  const [next, ...more] = rest;
  if (next !== undefined) {
    if (ctx.store.items.get(list.id, id) === undefined) {
      throw itemNotFound();
    }
    if (next.key === 'effectivebasepermissions') {
      return effectivePermissions(ctx, more);
    }
    if (next.key === 'versions') {
      return routeVersions(ctx, list, id, next, more);
    }
    if (next.key === 'validateupdatelistitem' && more.length === 0) {
      return validateUpdateListItem(ctx, list, id);
    }
    if (next.key === 'recycle' && more.length === 0) {
      // PnPjs item.recycle(): POST; answers the recycle bin item's id. Needs DeleteListItems, as a delete does.
      if (ctx.req.method !== 'POST') {
        return badMethod(ctx);
      }
      deleteItem(ctx, list, id);
      const recycled = randomUUID();
      return jsonResponse(200, ctx.req.format === 'verbose' ? { d: { Recycle: recycled } } : { value: recycled }, ctx.req.format);
    }
    return notFound(ctx, rest);
  }
  switch (ctx.req.method) {
    case 'GET':
      return itemResponse(ctx, list, id);
    case 'MERGE':
    case 'PATCH':
    case 'PUT':
      return updateItem(ctx, list, id);
    case 'DELETE':
      deleteItem(ctx, list, id);
      return emptyResponse(200);
    default:
      return badMethod(ctx);
  }
}

function deleteItem(ctx: RouteContext, list: ListRecord, id: number): void {
  requirePermission(ctx, PermissionKind.DeleteListItems);
  ctx.store.tx(() => {
    const item = ctx.store.items.get(list.id, id);
    if (item === undefined) {
      throw itemNotFound();
    }
    checkEtag(ctx, item);
    ctx.store.items.delete(list.id, id);
    ctx.store.files.removeItem(list.id, id);
    ctx.store.lists.itemRemoved(list.id);
  });
}

/** Routes `items…` / `getItemById(n)` under a list (seg is that segment). */
export function routeItems(ctx: RouteContext, list: ListRecord, seg: Segment, rest: Segment[]): ApiResponse {
  if (seg.args !== undefined) {
    return oneItem(ctx, list, intArg(seg.args), rest);
  }
  const [next, ...more] = rest;
  if (next?.key === 'getbyid') {
    return oneItem(ctx, list, intArg(next.args), more);
  }
  if (next !== undefined) {
    return notFound(ctx, rest);
  }
  switch (ctx.req.method) {
    case 'GET':
      return queryItems(ctx, list);
    case 'POST':
      return addItem(ctx, list);
    default:
      return badMethod(ctx);
  }
}
