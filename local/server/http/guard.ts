/**
 * What the server accepts before it reads a request: its own Host only (so a web page that
 * rebinds a DNS name to 127.0.0.1 cannot act as the default Owner), CORS for its own origin only,
 * and bodies no larger than SharePoint Online takes.
 */

/**
 * One upload through REST: SharePoint Online refuses messages above 262,144,000 bytes ("The
 * request message is too big…", seen in s-kainet/spsave#37); larger files go in chunks.
 */
export const MAX_UPLOAD_BYTES = 262_144_000;

/**
 * Any other request body (JSON, $batch): SharePoint Online stops reading at 1,048,576 bytes ("The
 * maximum number of bytes allowed to be read from the stream has been exceeded", pnp/pnpcore#777).
 */
export const MAX_REQUEST_BYTES = 1_048_576;

/**
 * The longest query string (after `?`, as sent, percent-encoded) and path SharePoint Online's web
 * servers let through. SharePoint runs on IIS, whose request filtering allows 2,048 bytes of query
 * string and 4,096 bytes of URL by default and refuses more with 404 (substatus 404.15 "Query String
 * Too Long", 404.14 "URL Too Long") before the application sees the request (Microsoft Learn, IIS
 * `<requestLimits>`). A PnPjs maintainer gives "~2000 characters" for SharePoint (pnp/pnpjs#2678)
 * and a SharePoint user saw 404 past about 1,545 characters of URL (Aymkdn/SharepointPlus#142).
 * Microsoft publishes no figure for SharePoint Online itself: see docs/sharepoint-dates-and-limits.md.
 */
export const MAX_QUERY_STRING_BYTES = 2048;
export const MAX_URL_BYTES = 4096;

/** Whether the request target is longer than SharePoint Online's web servers accept. */
export function urlTooLong(target: string): boolean {
  const q = target.indexOf('?');
  const path = q < 0 ? target : target.slice(0, q);
  const query = q < 0 ? '' : target.slice(q + 1);
  return Buffer.byteLength(query, 'utf8') > MAX_QUERY_STRING_BYTES || Buffer.byteLength(path, 'utf8') > MAX_URL_BYTES;
}

/** Bodies being read at once, across requests: more waits (503 + Retry-After) rather than exhausting memory. */
export const MAX_BYTES_IN_FLIGHT = 512 * 1024 * 1024;

/** Whether the request uploads file content (the larger limit applies). */
export function isUpload(target: string): boolean {
  const path = target.split('?')[0].toLowerCase();
  return /\/files\/add(usingpath)?\(|\/\$value$|\/(startupload|continueupload|finishupload)\(/.test(decodeURIComponentSafe(path));
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export function bodyLimit(target: string): number {
  return isUpload(target) ? MAX_UPLOAD_BYTES : MAX_REQUEST_BYTES;
}

/** The origins this server is reached at: 127.0.0.1 and localhost on its port. */
export function ownOrigins(port: number): string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}

/** Host must name this server exactly; `X-Forwarded-Host` is never consulted. */
export function hostAllowed(host: string | undefined, port: number): boolean {
  if (host === undefined) {
    return false;
  }
  const h = host.trim().toLowerCase();
  return h === `127.0.0.1:${port}` || h === `localhost:${port}`;
}

/** CORS headers for this server's own origin only; other origins get none, so browsers refuse them. */
export function corsHeaders(origin: string | undefined, port: number): Record<string, string> {
  if (origin === undefined || !ownOrigins(port).includes(origin.toLowerCase())) {
    return {};
  }
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Allow-Headers': 'Accept, Content-Type, X-RequestDigest, X-HTTP-Method, IF-MATCH, X-Local-User, X-ClientService-ClientTag, X-PnPjs-RequestId',
    'Access-Control-Allow-Methods': 'GET, POST, PATCH, MERGE, PUT, DELETE, OPTIONS',
    'Access-Control-Expose-Headers': 'ETag, Retry-After, SPRequestGuid, request-id',
    Vary: 'Origin'
  };
}
