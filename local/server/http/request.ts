/**
 * An `_api` request reduced to what routes need: effective verb, parsed path segments,
 * case-insensitive query options, the caller's user and metadata level. Built both from real HTTP
 * requests and from the parts of a `$batch`.
 */
import { invalidQuery, resourceNotFound } from './errors';
import { LocalUser } from '../users';

export type MetadataLevel = 'minimal' | 'verbose' | 'nometadata';

export interface Segment {
  /** Segment name as sent (`getByTitle`). */
  name: string;
  /** Lower-cased name for matching, since SharePoint routes are case-insensitive. */
  key: string;
  /** Raw text between the parentheses, if any (`'My List'`, `7`). */
  args?: string;
}

export interface ApiRequest {
  /** Effective verb: X-HTTP-Method wins over POST. */
  method: string;
  /** `http://host:port` as the client addressed us, for absolute links. */
  origin: string;
  /** Path as sent, still percent-encoded (nextLink reuses it verbatim). */
  rawPath: string;
  segments: Segment[];
  /** Query options with lower-cased names (`$top`); `+` decoded as space. */
  query: Map<string, string>;
  /** Original query pairs (decoded), in order, for rebuilding links. */
  queryPairs: Array<[string, string]>;
  /** Header values by lower-cased name. */
  headers: Record<string, string | undefined>;
  body: string;
  /** The body's bytes, for file uploads (`body` is their UTF-8 reading). */
  bytes: Buffer;
  user: LocalUser;
  format: MetadataLevel;
}

/** Percent-decoding as SharePoint does it: `+` is a space too. */
export function decodeComponent(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    throw invalidQuery(`The URL part '${text}' is not validly encoded.`);
  }
}

/** Splits `a=1&%24top=2` into decoded pairs. */
export function parseQueryString(search: string): Array<[string, string]> {
  return search
    .split('&')
    .filter((p) => p.length > 0)
    .map((p) => {
      const eq = p.indexOf('=');
      return eq < 0 ? [decodeComponent(p), ''] : [decodeComponent(p.slice(0, eq)), decodeComponent(p.slice(eq + 1))];
    });
}

/** Splits the decoded path after `_api/` into segments, keeping `/` inside quoted arguments. */
export function parseSegments(path: string): Segment[] {
  const segments: Segment[] = [];
  let i = 0;
  while (i < path.length) {
    if (path[i] === '/') {
      i += 1;
      continue;
    }
    let name = '';
    while (i < path.length && path[i] !== '(' && path[i] !== '/') {
      name += path[i];
      i += 1;
    }
    let args: string | undefined;
    if (path[i] === '(') {
      let depth = 0;
      let inQuote = false;
      const start = i + 1;
      for (; i < path.length; i += 1) {
        const ch = path[i];
        if (ch === "'") {
          inQuote = !inQuote;
        } else if (!inQuote && ch === '(') {
          depth += 1;
        } else if (!inQuote && ch === ')') {
          depth -= 1;
          if (depth === 0) {
            break;
          }
        }
      }
      if (i >= path.length) {
        throw resourceNotFound(path);
      }
      args = path.slice(start, i);
      i += 1;
    }
    segments.push({ name, key: name.toLowerCase(), args });
  }
  return segments;
}

/** Reads the metadata level from Accept; SharePoint Online defaults JSON clients to minimal. */
export function metadataLevel(accept: string | undefined): MetadataLevel {
  const a = (accept ?? '').toLowerCase();
  if (a.includes('odata=verbose')) {
    return 'verbose';
  }
  if (a.includes('odata=nometadata')) {
    return 'nometadata';
  }
  return 'minimal';
}

/** Effective verb: SharePoint honours X-HTTP-Method on POST (MERGE, DELETE, PATCH, PUT). */
export function effectiveMethod(method: string, override: string | undefined): string {
  const m = method.toUpperCase();
  if (m === 'POST' && override !== undefined && override.trim() !== '') {
    return override.trim().toUpperCase();
  }
  return m;
}

/**
 * Value of a quoted argument (`'O''Brien'` → `O'Brien`), or of a parameter alias (`@a1`, with
 * `?@a1='…'` in the query), as PnPjs sometimes sends.
 */
export function stringArg(req: ApiRequest, args: string | undefined): string {
  let text = (args ?? '').trim();
  if (text.startsWith('@')) {
    text = (req.query.get(text.toLowerCase()) ?? '').trim();
  }
  const m = /^(?:[A-Za-z]+=)?(?:guid)?'((?:[^']|'')*)'$/i.exec(text);
  if (m === null) {
    throw invalidQuery(`The argument ${args ?? ''} is not a valid string literal.`);
  }
  return m[1].replace(/''/g, "'");
}

/** Value of an integer argument (`items(7)`). */
export function intArg(args: string | undefined): number {
  const text = (args ?? '').trim();
  if (!/^-?\d+$/.test(text)) {
    throw invalidQuery(`The argument ${text} is not a valid integer.`);
  }
  return Number(text);
}

export interface RawRequest {
  method: string;
  /** Path and query exactly as sent. */
  target: string;
  origin: string;
  headers: Record<string, string | undefined>;
  body: string;
  bytes?: Buffer;
  user: LocalUser;
}

/** Splits `target` at the site's `_api/`; undefined when the request is not for this site's API. */
export function apiPath(target: string, sitePath: string): { rawPath: string; apiRest: string; search: string } | undefined {
  const q = target.indexOf('?');
  const rawPath = q < 0 ? target : target.slice(0, q);
  const search = q < 0 ? '' : target.slice(q + 1);
  const prefix = `${sitePath}/_api`.toLowerCase();
  const lower = rawPath.toLowerCase();
  if (lower !== prefix && !lower.startsWith(`${prefix}/`)) {
    return undefined;
  }
  return { rawPath, apiRest: rawPath.slice(prefix.length + 1), search };
}

/** Builds the ApiRequest routes see, from a real request or a $batch part. */
export function toApiRequest(raw: RawRequest, sitePath: string): ApiRequest | undefined {
  const parts = apiPath(raw.target, sitePath);
  if (parts === undefined) {
    return undefined;
  }
  const queryPairs = parseQueryString(parts.search);
  const query = new Map<string, string>();
  for (const [k, v] of queryPairs) {
    query.set(k.toLowerCase(), v);
  }
  return {
    method: effectiveMethod(raw.method, raw.headers['x-http-method']),
    origin: raw.origin,
    rawPath: parts.rawPath,
    segments: parseSegments(decodeComponent(parts.apiRest)),
    query,
    queryPairs,
    headers: raw.headers,
    body: raw.body,
    bytes: raw.bytes ?? Buffer.from(raw.body, 'utf8'),
    user: raw.user,
    format: metadataLevel(raw.headers.accept)
  };
}

/**
 * Named function arguments (`decodedurl='a.txt',Overwrite=true`) by lower-cased name, values as
 * sent (quotes kept, so stringArg can read them). Commas inside quotes do not split; spaces after
 * commas are allowed, as SharePoint allows them.
 */
export function namedArgs(args: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  const text = args ?? '';
  let start = 0;
  let inQuote = false;
  const pieces: string[] = [];
  for (let i = 0; i <= text.length; i += 1) {
    const ch = text[i];
    if (ch === "'") {
      inQuote = !inQuote;
    } else if ((ch === ',' && !inQuote) || i === text.length) {
      pieces.push(text.slice(start, i));
      start = i + 1;
    }
  }
  for (const piece of pieces) {
    const eq = piece.indexOf('=');
    if (eq > 0 && !piece.slice(0, eq).includes("'")) {
      out.set(piece.slice(0, eq).trim().toLowerCase(), piece.slice(eq + 1).trim());
    } else if (piece.trim() !== '') {
      out.set('', piece.trim());
    }
  }
  return out;
}

/** A boolean function argument (`overwrite=false`). */
export function boolArg(text: string | undefined, fallback: boolean): boolean {
  if (text === undefined) {
    return fallback;
  }
  const t = text.trim().toLowerCase();
  if (t !== 'true' && t !== 'false') {
    throw invalidQuery(`The argument ${text} is not a valid Boolean.`);
  }
  return t === 'true';
}
