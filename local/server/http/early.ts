/**
 * Refusals made from the request line and headers alone, before a byte of the body is read:
 * a write to the site's `_api` without a valid form digest or from an unknown user, an upload by
 * someone who may not add or edit files where it points, and any `/_local/*` request that is not
 * a same-origin JSON request. A refused body is never read (the connection is closed instead), so
 * a Visitor cannot make the server take in 250 MB only to be told "Access denied".
 */
import { isValidDigest } from '../digest';
import { Store } from '../storage/store';
import { maskHas } from '../storage/permissionLevels';
import { listScope, webScope } from '../storage/scopes';
import { isLibrary } from '../storage/types';
import type { ListRecord } from '../storage/types';
import { LocalUser, PermissionKind } from '../users';
import { SpError, accessDenied, badDigest } from './errors';
import { ownOrigins } from './guard';
import { effectiveMethod } from './request';

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** The list an upload URL points at, by title, id or server-relative path; undefined when it names none. */
export function uploadTarget(store: Store, sitePath: string, target: string): ListRecord | undefined {
  const path = safeDecode(target.split('?')[0]);
  const byTitle = /getbytitle\('((?:[^']|'')*)'\)/i.exec(path);
  if (byTitle !== null) {
    return store.lists.byTitle(byTitle[1].replace(/''/g, "'"));
  }
  const byId = /(?:lists\(guid'|getbyid\(')([0-9a-f-]{36})'\)/i.exec(path);
  if (byId !== null) {
    return store.lists.byGuid(byId[1]);
  }
  const byPath = /(?:decodedurl=|serverrelativeurl\()'((?:[^']|'')*)'/i.exec(path);
  if (byPath === null) {
    return undefined;
  }
  let folder = byPath[1].replace(/''/g, "'").trim();
  if (/^https?:\/\//i.test(folder)) {
    folder = new URL(folder).pathname;
  } else if (!folder.startsWith('/')) {
    folder = `${sitePath}/${folder}`;
  }
  const lower = folder.replace(/\/{2,}/g, '/').replace(/\/+$/, '').toLowerCase();
  return store.lists
    .all()
    .filter(isLibrary)
    .find((list) => {
      const root = store.files.rootOf(list.id)?.path.toLowerCase();
      return root !== undefined && (lower === root || lower.startsWith(`${root}/`));
    });
}

/**
 * Why an `_api` write must be refused before its body is read, or undefined to read it.
 *
 * @param store - The site.
 * @param sitePath - Server-relative site URL.
 * @param method - HTTP method as sent.
 * @param target - Path and query as sent.
 * @param headers - Lower-cased headers.
 * @param user - The caller (undefined: unknown user).
 * @param upload - Whether the request uploads file content.
 */
export function refuseWriteEarly(
  store: Store,
  sitePath: string,
  method: string,
  target: string,
  headers: Record<string, string | undefined>,
  user: LocalUser | undefined,
  upload: boolean
): SpError | undefined {
  const verb = effectiveMethod(method, headers['x-http-method']);
  if (verb === 'GET' || verb === 'HEAD' || verb === 'OPTIONS') {
    return undefined;
  }
  if (/\/_api\/contextinfo\/?$/i.test(target.split('?')[0])) {
    return undefined;
  }
  if (user === undefined) {
    return new SpError(401, '-2147024891, System.UnauthorizedAccessException', 'Access denied. The local user in X-Local-User is not known.');
  }
  if (!isValidDigest(store.site.digestSecret, headers['x-requestdigest'])) {
    return badDigest();
  }
  if (!upload) {
    return undefined;
  }
  const list = uploadTarget(store, sitePath, target);
  const mask = store.security.effectiveMask(user.id, list === undefined ? webScope() : listScope(list.id));
  // Adding a file needs Add Items, replacing one (or a chunk of it) Edit Items: either may go on to the route's exact check.
  return maskHas(mask, PermissionKind.AddListItems) || maskHas(mask, PermissionKind.EditListItems) ? undefined : accessDenied();
}

/** The largest `/_local/*` body: a fault rule is a few hundred bytes. */
export const MAX_LOCAL_BODY_BYTES = 16 * 1024;

/**
 * Why a `/_local/*` request must be refused, or undefined. The endpoints change what the server
 * answers (faults), so only this server's own pages and non-browser clients may call them: a
 * browser's cross-site request is told apart by `Origin` and `Sec-Fetch-Site`, and a POST must be
 * JSON, which a page on another origin cannot send without a CORS preflight this server refuses.
 */
export function refuseLocalEarly(method: string, headers: Record<string, string | undefined>, port: number): { status: number; error: string } | undefined {
  if (method === 'OPTIONS') {
    return undefined;
  }
  const origin = headers.origin;
  if (origin !== undefined && !ownOrigins(port).includes(origin.trim().toLowerCase())) {
    return { status: 403, error: 'Requests from other origins are refused.' };
  }
  const site = headers['sec-fetch-site']?.trim().toLowerCase();
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    return { status: 403, error: 'Requests from other sites are refused.' };
  }
  if (method === 'POST' || method === 'PUT' || method === 'PATCH') {
    const type = (headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (type !== 'application/json') {
      return { status: 415, error: 'Content-Type must be application/json.' };
    }
  }
  const declared = Number(headers['content-length'] ?? '0');
  if (Number.isFinite(declared) && declared > MAX_LOCAL_BODY_BYTES) {
    return { status: 413, error: `Bodies are limited to ${MAX_LOCAL_BODY_BYTES} bytes.` };
  }
  return undefined;
}
