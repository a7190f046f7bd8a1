/**
 * `file/versions`: a file's earlier versions as SharePoint Online shapes SP.FileVersion — oldest
 * first, the current version not among them, ID = major × 512, `Url` under `_vti_history`,
 * `Length` an Int64 string, `CreatedBy` only when expanded — with `versions(id)`,
 * `versions(id)/$value` (the content then) and DELETE of one version.
 */
import { ApiResponse, Entity, WireValue, collectionBody, emptyResponse, entityBody, jsonResponse } from '../http/format';
import { spException } from '../http/errors';
import { Segment, intArg } from '../http/request';
import { odata, queryEntities } from './collection';
import { parseExpand } from '../odata/query';
import { FileRecord, FileVersionRecord } from '../storage/files';
import { ListRecord } from '../storage/types';
import { PermissionKind, userById } from '../users';
import { RouteContext, apiUrl, badMethod, metadataUrl, notFound, requirePermission } from './context';

const VERSION_ID_STEP = 512;

function sitePath(ctx: RouteContext): string {
  return new URL(ctx.webUrl).pathname.replace(/\/+$/, '');
}

function createdBy(ctx: RouteContext, id: number): Entity | null {
  const user = userById(id);
  if (user === undefined) {
    return null;
  }
  const link = `Web/GetUserById(${user.id})`;
  return new Entity({ type: 'SP.User', id: apiUrl(ctx, link), editLink: link }, [
    ['Id', user.id],
    ['LoginName', user.login],
    ['Title', user.name],
    ['Email', user.email]
  ]);
}

function versionEntity(ctx: RouteContext, file: FileRecord, v: FileVersionRecord, expandCreatedBy: boolean): Entity {
  const link = `${`Web/GetFileByServerRelativePath(decodedurl='${file.path.replace(/'/g, "''")}')`}/Versions(${v.major * VERSION_ID_STEP})`;
  const webRelative = file.path.slice(sitePath(ctx).length + 1);
  const props: Array<[string, WireValue]> = [
    ['CheckInComment', ''],
    ['Created', v.created],
    ['ID', v.major * VERSION_ID_STEP],
    ['IsCurrentVersion', false],
    ['Length', String(v.length)],
    ['Size', v.length],
    ['Url', `_vti_history/${v.major * VERSION_ID_STEP}/${webRelative}`],
    ['VersionLabel', `${v.major}.0`]
  ];
  if (expandCreatedBy) {
    props.push(['CreatedBy', createdBy(ctx, v.editorId)]);
  }
  return new Entity({ type: 'SP.FileVersion', id: apiUrl(ctx, link), editLink: link }, props);
}

function versionMissing(): never {
  throw spException('Version does not exist.', '-2130575338, Microsoft.SharePoint.SPException', 404);
}

/** `$select=CreatedBy/Title` names the expanded entity; the in-memory projection keeps it whole. */
function withoutNestedSelects(ctx: RouteContext): RouteContext {
  const select = ctx.req.query.get('$select');
  if (select === undefined || !select.includes('/')) {
    return ctx;
  }
  const heads = Array.from(new Set(select.split(',').map((name) => name.trim().split('/')[0])));
  const query = new Map(ctx.req.query);
  query.set('$select', heads.join(','));
  return { ...ctx, req: { ...ctx.req, query } };
}

/** Routes `versions…` under a file (seg is the `versions` segment); the file's library is `ctx.list`. */
export function routeFileVersions(ctx: RouteContext, list: ListRecord, file: FileRecord, seg: Segment, rest: Segment[]): ApiResponse {
  requirePermission(ctx, PermissionKind.ViewListItems);
  const expand = odata(() => parseExpand(ctx.req.query.get('$expand'))).some((path) => path.toLowerCase() === 'createdby');
  const versions = ctx.store.files.versions(file);
  const [next, ...more] = rest;
  const wanted = seg.args !== undefined ? intArg(seg.args) : next?.key === 'getbyid' ? intArg(next.args) : undefined;
  if (wanted === undefined) {
    if (next !== undefined) {
      return notFound(ctx, rest);
    }
    if (ctx.req.method !== 'GET') {
      return badMethod(ctx);
    }
    const shaped = withoutNestedSelects(ctx);
    const rows = queryEntities(shaped, versions.map((v) => versionEntity(ctx, file, v, expand)), 'SP.FileVersion');
    return jsonResponse(200, collectionBody(rows, ctx.req.format, metadataUrl(ctx, 'SP.ApiData.FileVersions')), ctx.req.format);
  }
  const tail = seg.args !== undefined ? rest : more;
  const found = versions.find((v) => v.major * VERSION_ID_STEP === wanted) ?? versionMissing();
  if (tail.length === 0) {
    if (ctx.req.method === 'GET') {
      return jsonResponse(200, entityBody(versionEntity(ctx, file, found, expand), ctx.req.format, metadataUrl(ctx, 'SP.ApiData.FileVersions/@Element')), ctx.req.format);
    }
    if (ctx.req.method === 'DELETE') {
      // Deleting a past version takes Delete Versions, not Delete Items (SPBasePermissions.DeleteVersions,
      // "Delete past versions of a list item or document"), as items(n)/versions(id) does (versions.ts).
      requirePermission(ctx, PermissionKind.DeleteVersions);
      ctx.store.tx(() => ctx.store.files.deleteVersion(file, found.major));
      return emptyResponse(200);
    }
    return badMethod(ctx);
  }
  if (tail.length === 1 && tail[0].key === '$value') {
    if (ctx.req.method !== 'GET') {
      return badMethod(ctx);
    }
    return { status: 200, headers: { 'Content-Type': 'application/octet-stream' }, body: ctx.store.files.versionContent(file, found.major) ?? Buffer.alloc(0) };
  }
  return notFound(ctx, tail);
}
