/** What every route handler receives, plus helpers shared by the routes. */
import { JsonObject, JsonValue, isJsonObject } from '../json';
import { Store } from '../storage/store';
import { PermissionKind, roleHas } from '../users';
import { accessDenied, invalidQuery, resourceNotFound } from '../http/errors';
import { ApiResponse } from '../http/format';
import { ApiRequest, Segment } from '../http/request';

export interface RouteContext {
  req: ApiRequest;
  store: Store;
  /** Absolute web URL as the client addresses it: origin + site path. */
  webUrl: string;
  listViewThreshold: number;
}

/** Handles one request; runs synchronously so a $batch can wrap its parts in one transaction. */
export type Dispatch = (ctx: RouteContext) => ApiResponse;

export function apiUrl(ctx: RouteContext, relative: string): string {
  return `${ctx.webUrl}/_api/${relative}`;
}

export function metadataUrl(ctx: RouteContext, fragment: string): string {
  return `${ctx.webUrl}/_api/$metadata#${fragment}`;
}

/** Throws SharePoint's Access denied unless the current user's role holds `kind`. */
export function requirePermission(ctx: RouteContext, kind: number): void {
  if (!roleHas(ctx.req.user.role, kind)) {
    throw accessDenied();
  }
}

/**
 * Lists and fields may be created or changed by owners only: ManageLists is in the Owner mask
 * alone (see users.ts ROLE_MASKS), so the check and the reported permissions cannot disagree.
 */
export function requireOwner(ctx: RouteContext): void {
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
