/**
 * The refusals made before a request's body is read, in the order SharePoint's front ends make
 * them: a Host this server does not serve (HTTP.sys), a URL too long (IIS request filtering), a
 * declared body too large or too many bytes in flight, then a `/_local/` request that is not
 * same-origin JSON, or an `_api` write without a digest or permission (early.ts). Also the
 * replies for a body that turns out too large, or a server busy reading others, while it is read.
 */
import { randomUUID } from 'crypto';
import { currentUser } from '../api';
import type { SiteCollections } from '../sites';
import { SpError } from './errors';
import { errorResponse } from './format';
import type { ApiResponse } from './format';
import { MAX_BYTES_IN_FLIGHT, MAX_REQUEST_BYTES, MAX_UPLOAD_BYTES, bodyLimit, hostAllowed, isUpload, urlTooLong } from './guard';
import { MAX_LOCAL_BODY_BYTES, refuseLocalEarly, refuseWriteEarly } from './early';
import type { InFlight } from './io';
import { metadataLevel } from './request';

/** SharePoint's refusal of an over-long message (uploads) or request stream (anything else). */
export function tooLarge(target: string): ApiResponse {
  const message = isUpload(target)
    ? `The request message is too big. The server does not allow messages larger than ${MAX_UPLOAD_BYTES} bytes.`
    : `The maximum number of bytes allowed to be read from the stream has been exceeded. A maximum of ${MAX_REQUEST_BYTES} bytes is allowed.`;
  return errorResponse(new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', message), 'minimal');
}

/** The refusal of a `/_local/` body past its limit (the server's own endpoints, not SharePoint's). */
export function localTooLarge(): ApiResponse {
  return { status: 413, headers: { 'Content-Type': 'application/json;charset=utf-8' }, body: JSON.stringify({ error: `Bodies are limited to ${MAX_LOCAL_BODY_BYTES} bytes.` }) };
}

/** Too many bytes of bodies in flight: try again shortly. */
export function busy(): ApiResponse {
  return errorResponse(
    new SpError(503, '-1, Microsoft.SharePoint.Client.ClientServiceException', 'The server is busy receiving other uploads. Please try again shortly.', { 'Retry-After': '2' }),
    'minimal'
  );
}

/** What the early checks need of the running server. */
export interface RefuseContext {
  sites: SiteCollections;
  /** The port the server listens on (its own Host and origins). */
  port: number;
  inFlight: InFlight;
}

/** Host, size and memory checks before anything is read; undefined when the request may go on. */
export function refuseBeforeBody(
  { sites, port, inFlight }: RefuseContext,
  headers: Record<string, string | undefined>,
  method: string,
  target: string
): ApiResponse | undefined {
  if (!hostAllowed(headers.host, port)) {
    // HTTP.sys's answer to a Host it does not serve.
    return { status: 400, headers: { 'Content-Type': 'text/html; charset=us-ascii' }, body: 'Bad Request - Invalid Hostname' };
  }
  if (urlTooLong(target)) {
    // IIS request filtering's refusal (404.14 / 404.15): it never reaches SharePoint, so no JSON error.
    return { status: 404, headers: { 'Content-Type': 'text/html' }, body: '<h2>404 - File or directory not found.</h2>' };
  }
  const declared = Number(headers['content-length'] ?? '0');
  if (Number.isFinite(declared) && declared > bodyLimit(target)) {
    return tooLarge(target);
  }
  if (Number.isFinite(declared) && inFlight.bytes + declared > MAX_BYTES_IN_FLIGHT) {
    return busy();
  }
  if (/^\/_local\//i.test(target)) {
    const local = refuseLocalEarly(method, headers, port);
    return local === undefined ? undefined : { status: local.status, headers: { 'Content-Type': 'application/json;charset=utf-8' }, body: JSON.stringify({ error: local.error }) };
  }
  const site = sites.forApi(target.split('?')[0]);
  if (site !== undefined) {
    const early = refuseWriteEarly(site.store, site.path, method, target, headers, currentUser(headers), isUpload(target));
    if (early !== undefined) {
      const requestId = randomUUID();
      const reply = errorResponse(early, metadataLevel(headers.accept));
      return { ...reply, headers: { ...reply.headers, SPRequestGuid: requestId, 'request-id': requestId } };
    }
  }
  return undefined;
}
