/**
 * The `_api` pipeline for one HTTP request: request count → injected faults → current user →
 * form digest → route. Errors become SharePoint's envelopes here.
 */
import { randomUUID } from 'crypto';
import { isValidDigest } from './digest';
import { Faults } from './faults';
import { dispatch } from './routes/router';
import { runBatchAsync } from './routes/batch';
import { Store } from './storage/store';
import { DEFAULT_USER, LocalUser, findUser } from './users';
import { SpError, accessDenied, badDigest } from './http/errors';
import type { TenantContext } from './routes/context';
import { canOpenSite } from './sites';
import { ApiResponse, errorResponse } from './http/format';
import { apiPath, metadataLevel, toApiRequest } from './http/request';

export interface ApiDeps {
  store: Store;
  faults: Faults;
  sitePath: string;
  listViewThreshold: number;
  /** Called for every request counted by requestCount(). */
  count: () => void;
  /** Print stack traces of unexpected failures (the `log` option). */
  log: boolean;
  /** The tenant app catalog (tenant properties); absent on a server without one. */
  tenant?: TenantContext;
}

export interface IncomingApiRequest {
  method: string;
  target: string;
  origin: string;
  headers: Record<string, string | undefined>;
  body: string;
  bytes?: Buffer;
}

function cookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** Current user from `X-Local-User` or the `local-user` cookie; the owner when neither is set. */
export function currentUser(headers: Record<string, string | undefined>): LocalUser | undefined {
  const key = headers['x-local-user'] ?? cookie(headers.cookie, 'local-user');
  if (key === undefined || key.trim() === '') {
    return DEFAULT_USER;
  }
  return findUser(key);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** Whether `target` is addressed to the site's `_api` (the caller then uses handleApi). */
export function isApiTarget(target: string, sitePath: string): boolean {
  return apiPath(target, sitePath) !== undefined;
}

/**
 * Answers one `_api` request. Like SharePoint, every answer carries a fresh
 * correlation id in `SPRequestGuid` (and `request-id`), which the app keeps on
 * its errors so a failure can be quoted in a support ticket. A `$batch` is
 * answered asynchronously (it yields between slices).
 */
export function handleApi(deps: ApiDeps, incoming: IncomingApiRequest): ApiResponse | Promise<ApiResponse> {
  const reply = answer(deps, incoming);
  return reply instanceof Promise ? reply.then(withRequestId) : withRequestId(reply);
}

function withRequestId(reply: ApiResponse): ApiResponse {
  const requestId = randomUUID();
  return { ...reply, headers: { ...reply.headers, SPRequestGuid: requestId, 'request-id': requestId } };
}

function answer(deps: ApiDeps, incoming: IncomingApiRequest): ApiResponse | Promise<ApiResponse> {
  const level = metadataLevel(incoming.headers.accept);
  const parts = apiPath(incoming.target, deps.sitePath);
  const isContextInfo = parts !== undefined && /^contextinfo\/?$/i.test(parts.apiRest);
  if (!isContextInfo) {
    deps.count();
  }
  const fault = deps.faults.take([incoming.target, safeDecode(incoming.target)]);
  if (fault !== undefined) {
    const headers: Record<string, string> = fault.retryAfter === undefined ? {} : { 'Retry-After': String(fault.retryAfter) };
    const message = fault.status === 429 ? 'The request has been throttled (local fault injection).' : 'The service is unavailable (local fault injection).';
    return errorResponse(new SpError(fault.status, '-1, Microsoft.SharePoint.Client.ClientServiceException', message, headers), level);
  }
  try {
    const user = currentUser(incoming.headers);
    if (user === undefined) {
      throw new SpError(401, '-2147024891, System.UnauthorizedAccessException', 'Access denied. The local user in X-Local-User is not known.');
    }
    const req = toApiRequest({ ...incoming, user }, deps.sitePath);
    if (req === undefined) {
      throw new SpError(404, '-1, Microsoft.SharePoint.Client.ResourceNotFoundException', `Cannot find resource for the request ${incoming.target}.`);
    }
    // Someone the site does not know at all is refused everything, as SharePoint refuses a site
    // you have no access to (contextinfo too: there is no digest to give them).
    // Someone who has left cannot sign in to the tenant at all; refused the same way here.
    if (!canOpenSite(deps.store, user.id) || deps.tenant?.leavers?.has(user.id) === true) {
      throw accessDenied();
    }
    const isWrite = req.method !== 'GET' && req.method !== 'HEAD';
    if (isWrite && !isContextInfo && !isValidDigest(deps.store.site.digestSecret, req.headers['x-requestdigest'])) {
      throw badDigest();
    }
    const ctx = { req, store: deps.store, webUrl: `${incoming.origin}${deps.sitePath}`, listViewThreshold: deps.listViewThreshold, tenant: deps.tenant };
    if (req.segments[0]?.key === '$batch') {
      return runBatchAsync(ctx, dispatch).catch((e: unknown) => failure(deps, e, level));
    }
    return dispatch(ctx);
  } catch (e) {
    return failure(deps, e, level);
  }
}

function failure(deps: ApiDeps, e: unknown, level: ReturnType<typeof metadataLevel>): ApiResponse {
  if (e instanceof SpError) {
    return errorResponse(e, level);
  }
  if (deps.log) {
    console.error(e);
  }
  const message = e instanceof Error ? e.message : String(e);
  return errorResponse(new SpError(500, '-1, System.Exception', `Local SharePoint server error: ${message}`), level);
}
