/**
 * Tenant properties (storage entities) and where the tenant app catalog is:
 * - `GET web/GetStorageEntity('key')` from any site: `{ Comment, Description, Value }` (sp-dev-docs
 *   docs/spfx/tenant-properties.md); a key that is not set answers 200 `{"odata.null": true}` (the
 *   CLI for Microsoft 365's storageentity-get and its tests); verbose wraps the entity as `d` with a
 *   `__metadata` type of Microsoft.SharePoint.ClientSideComponent.StorageEntity.
 * - `POST web/SetStorageEntity` {key, value, description, comments} and
 *   `POST web/RemoveStorageEntity('key')` only on the app catalog site, by its owners; on any
 *   other site "Access denied" (tenant-properties.md, "you will get an access denied error").
 * - `GET SP_TenantSettings_Current`: `CorporateCatalogUrl`, which PnPjs's getTenantAppCatalogWeb reads.
 * See docs/sharepoint-rest-sites.md for what stays unconfirmed.
 */
import { JsonObject, JsonValue } from '../json';
import { accessDenied, invalidQuery } from '../http/errors';
import { ApiResponse, jsonResponse } from '../http/format';
import { Segment, stringArg } from '../http/request';
import { maskHas } from '../storage/permissionLevels';
import { webScope } from '../storage/scopes';
import type { StorageEntity } from '../storage/storageEntities';
import { RouteContext, badMethod, jsonBody, metadataUrl } from './context';

/** SP.PermissionKind.ManageWeb: Full Control holds it; the app catalog's owners set its properties. */
const MANAGE_WEB = 31;
export const STORAGE_ENTITY_TYPE = 'Microsoft.SharePoint.ClientSideComponent.StorageEntity';

function nullReply(ctx: RouteContext, method: string): ApiResponse {
  return jsonResponse(200, ctx.req.format === 'verbose' ? { d: { [method]: null } } : { 'odata.null': true }, ctx.req.format);
}

function entityReply(ctx: RouteContext, entity: StorageEntity): ApiResponse {
  const fields: JsonObject = { Comment: entity.Comment, Description: entity.Description, Value: entity.Value };
  if (ctx.req.format === 'verbose') {
    return jsonResponse(200, { d: { __metadata: { type: STORAGE_ENTITY_TYPE }, ...fields } }, 'verbose');
  }
  const body = ctx.req.format === 'minimal' ? { 'odata.metadata': metadataUrl(ctx, STORAGE_ENTITY_TYPE), ...fields } : fields;
  return jsonResponse(200, body, ctx.req.format);
}

function optionalText(body: JsonObject, name: string): string | null {
  const key = Object.keys(body).find((k) => k.toLowerCase() === name);
  const value: JsonValue | undefined = key === undefined ? undefined : body[key];
  return typeof value === 'string' ? value : null;
}

/** The app catalog's owners only, and only on the app catalog site. */
function requireCatalogOwner(ctx: RouteContext): NonNullable<RouteContext['tenant']> {
  const tenant = ctx.tenant;
  if (tenant === undefined || !tenant.isAppCatalog) {
    throw accessDenied();
  }
  const mask = tenant.appCatalog.security.effectiveMask(ctx.req.user.id, webScope());
  if (!maskHas(mask, MANAGE_WEB)) {
    throw accessDenied();
  }
  return tenant;
}

/** `GetStorageEntity`, `SetStorageEntity`, `RemoveStorageEntity` on a web; undefined for anything else. */
export function routeTenantProperties(ctx: RouteContext, seg: Segment, rest: Segment[]): ApiResponse | undefined {
  if (rest.length > 0) {
    return undefined;
  }
  switch (seg.key) {
    case 'getstorageentity': {
      if (ctx.req.method !== 'GET') {
        badMethod(ctx);
      }
      const key = stringArg(ctx.req, seg.args);
      const entity = ctx.tenant?.appCatalog.storageEntities.get(key);
      return entity === undefined ? nullReply(ctx, 'GetStorageEntity') : entityReply(ctx, entity);
    }
    case 'setstorageentity': {
      if (ctx.req.method !== 'POST') {
        badMethod(ctx);
      }
      const tenant = requireCatalogOwner(ctx);
      const body = jsonBody(ctx);
      const key = optionalText(body, 'key');
      if (key === null || key === '') {
        throw invalidQuery('The parameter key cannot be empty.');
      }
      tenant.appCatalog.storageEntities.set(key, { Value: optionalText(body, 'value'), Description: optionalText(body, 'description'), Comment: optionalText(body, 'comments') });
      return nullReply(ctx, 'SetStorageEntity');
    }
    case 'removestorageentity': {
      if (ctx.req.method !== 'POST') {
        badMethod(ctx);
      }
      const tenant = requireCatalogOwner(ctx);
      tenant.appCatalog.storageEntities.remove(stringArg(ctx.req, seg.args));
      return nullReply(ctx, 'RemoveStorageEntity');
    }
    case 'sp_tenantsettings_current': {
      if (ctx.req.method !== 'GET') {
        badMethod(ctx);
      }
      const url = ctx.tenant === undefined ? null : `${ctx.req.origin}${ctx.tenant.appCatalogPath}`;
      if (ctx.req.format === 'verbose') {
        return jsonResponse(200, { d: { __metadata: { type: 'SP.TenantSettings' }, CorporateCatalogUrl: url } }, 'verbose');
      }
      const body: JsonObject = ctx.req.format === 'minimal' ? { 'odata.metadata': metadataUrl(ctx, 'SP.TenantSettings'), CorporateCatalogUrl: url } : { CorporateCatalogUrl: url };
      return jsonResponse(200, body, ctx.req.format);
    }
    default:
      return undefined;
  }
}
