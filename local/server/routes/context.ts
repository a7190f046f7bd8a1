/** What every route handler receives, plus helpers shared by the routes. */
import { JsonObject, JsonValue, isJsonObject } from '../json';
import { Store } from '../storage/store';
import { PermissionKind } from '../users';
import { ListRecord } from '../storage/types';
import { Mask, maskHas } from '../storage/permissionLevels';
import { listScope, webScope } from '../storage/scopes';
import { accessDenied, invalidQuery, resourceNotFound } from '../http/errors';
import { ApiResponse } from '../http/format';
import { ApiRequest, Segment } from '../http/request';

export interface RouteContext {
  req: ApiRequest;
  store: Store;
  /** Absolute web URL as the client addresses it: origin + site path. */
  webUrl: string;
  listViewThreshold: number;
  /** The list the request addresses, once routing has found it: its permissions apply. */
  list?: ListRecord;
  /** The tenant app catalog, whose tenant properties every site reads. */
  tenant?: TenantContext;
}

/** The tenant app catalog as seen from the site a request addresses. */
export interface TenantContext {
  appCatalog: Store;
  /** Server-relative URL of the app catalog site. */
  appCatalogPath: string;
  /** Whether the request addresses the app catalog site itself. */
  isAppCatalog: boolean;
  /**
   * People who have left: deleted from the directory and removed from every site's user list, so
   * no site resolves them any more (docs/sharepoint-rest-sites.md, "A person who has left").
   */
  leavers?: ReadonlySet<number>;
}

/** Whether the person has left the organisation (no site resolves them). */
export function hasLeft(ctx: RouteContext, userId: number): boolean {
  return ctx.tenant?.leavers?.has(userId) === true;
}

/** Handles one request; runs synchronously so a $batch can wrap its parts in one transaction. */
export type Dispatch = (ctx: RouteContext) => ApiResponse;

export function apiUrl(ctx: RouteContext, relative: string): string {
  return `${ctx.webUrl}/_api/${relative}`;
}

export function metadataUrl(ctx: RouteContext, fragment: string): string {
  return `${ctx.webUrl}/_api/$metadata#${fragment}`;
}

/** The current user's permissions where the request points: the addressed list, else the web. */
export function currentMask(ctx: RouteContext): Mask {
  const scope = ctx.list === undefined ? webScope() : listScope(ctx.list.id);
  // One request checks the same scope several times (view, then write); work it out once.
  let perRequest = masks.get(ctx.req);
  if (perRequest === undefined) {
    perRequest = new Map();
    masks.set(ctx.req, perRequest);
  }
  let mask = perRequest.get(scope);
  if (mask === undefined) {
    mask = ctx.store.security.effectiveMask(ctx.req.user.id, scope);
    perRequest.set(scope, mask);
  }
  return mask;
}

const masks = new WeakMap<ApiRequest, Map<string, Mask>>();

/**
 * Throws SharePoint's Access denied unless the current user holds `kind` where the request points.
 * The same mask answers EffectiveBasePermissions, so the check and the report cannot disagree.
 */
export function requirePermission(ctx: RouteContext, kind: number): void {
  if (!maskHas(currentMask(ctx), kind)) {
    throw accessDenied();
  }
}

/**
 * Lists, their settings (versioning included), fields and views may be created, changed or deleted
 * only with ManageLists where the request points: Full Control, Design and Edit hold it, so Members
 * of a team site (Edit) may, unless the list has its own permissions that give them less.
 */
export function requireManageLists(ctx: RouteContext): void {
  requirePermission(ctx, PermissionKind.ManageLists);
}

/** Parses a JSON write body; strips verbose `__metadata`. Empty body → `{}`. */
export function jsonBody(ctx: RouteContext): JsonObject {
  const text = ctx.req.body.trim();
  if (text === '') {
    return {};
  }
  let parsed: JsonValue;
  try {
    parsed = JSON.parse(text) as JsonValue;
  } catch {
    throw invalidQuery('Invalid JSON. A token was not recognized in the JSON content.');
  }
  if (!isJsonObject(parsed)) {
    throw invalidQuery('Invalid JSON. The request body must be a JSON object.');
  }
  const { __metadata: _ignored, ...rest } = parsed;
  return rest;
}

/** Verbose clients send collections as `{"results":[…]}`; minimal ones as arrays. */
export function unwrapResults(value: JsonValue | undefined): JsonValue[] | undefined {
  if (Array.isArray(value)) {
    return value;
  }
  if (isJsonObject(value) && Array.isArray(value.results)) {
    return value.results;
  }
  return undefined;
}

/** 404 for a path this server does not serve. */
export function notFound(ctx: RouteContext, rest: Segment[] = []): never {
  throw resourceNotFound(rest.length > 0 ? rest.map((s) => s.name).join('/') : ctx.req.rawPath);
}

/** 400 for a verb the resource does not take. */
export function badMethod(ctx: RouteContext): never {
  throw invalidQuery(`The HTTP method '${ctx.req.method}' cannot be used on the resource '${ctx.req.rawPath}'.`);
}
