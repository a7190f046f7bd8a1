/**
 * `POST _api/$batch` as PnPjs v4 sends it (multipart/mixed, writes grouped in changesets, absolute
 * URLs in each part's request line) and parses it (flat `--batchresponse_<guid>` parts, one per
 * request part, in order).
 *
 * Not transactional, like SharePoint: each part runs in its own savepoint, so a failed part rolls
 * back only itself. All parts share one outer transaction, so the reply (sent after it commits)
 * costs one fsync instead of one per part.
 */
import { randomUUID } from 'crypto';
import { ApiResponse, errorResponse } from '../http/format';
import { SpError, invalidQuery } from '../http/errors';
import { metadataLevel, toApiRequest } from '../http/request';
import { Dispatch, RouteContext, badMethod } from './context';

export interface BatchPart {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  412: 'Precondition Failed',
  429: 'Too Many Requests',
  500: 'Internal Server Error'
};

function boundaryOf(contentType: string | undefined): string | undefined {
  const m = /boundary="?([^";]+)"?/i.exec(contentType ?? '');
  return m === null ? undefined : m[1];
}

/** Header block → lower-cased map; returns the rest of the text after the blank line. */
function readHeaders(text: string): { headers: Record<string, string>; rest: string } {
  const end = text.indexOf('\n\n');
  const block = end < 0 ? text : text.slice(0, end);
  const headers: Record<string, string> = {};
  for (const line of block.split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) {
      headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
  }
  return { headers, rest: end < 0 ? '' : text.slice(end + 2) };
}

/** Chunks between `--boundary` lines, stopping at the closing `--boundary--`. */
function splitMultipart(text: string, boundary: string): string[] {
  const chunks = `\n${text}`.split(`\n--${boundary}`).slice(1);
  const out: string[] = [];
  for (const chunk of chunks) {
    if (chunk.startsWith('--')) {
      break;
    }
    out.push(chunk.replace(/^[^\n]*\n/, ''));
  }
  return out;
}

function parseHttpPart(text: string): BatchPart {
  const { rest } = readHeaders(text);
  const lineEnd = rest.indexOf('\n');
  const requestLine = (lineEnd < 0 ? rest : rest.slice(0, lineEnd)).trim();
  const m = /^([A-Z]+)\s+(\S+)(\s+HTTP\/\d\.\d)?$/i.exec(requestLine);
  if (m === null) {
    throw invalidQuery(`The batch request line '${requestLine}' is not valid.`);
  }
  const { headers, rest: body } = readHeaders(lineEnd < 0 ? '' : rest.slice(lineEnd + 1));
  return { method: m[1].toUpperCase(), url: m[2], headers, body: body.replace(/\n+$/, '') };
}

/** Parses a $batch body (CRLF or LF) into its request parts, changesets flattened in order. */
export function parseBatch(body: string, boundary: string): BatchPart[] {
  const parts: BatchPart[] = [];
  for (const chunk of splitMultipart(body.replace(/\r\n/g, '\n'), boundary)) {
    const { headers, rest } = readHeaders(chunk);
    const inner = boundaryOf(headers['content-type']);
    if (/multipart\/mixed/i.test(headers['content-type'] ?? '') && inner !== undefined) {
      for (const sub of splitMultipart(rest, inner)) {
        parts.push(parseHttpPart(sub));
      }
    } else {
      parts.push(parseHttpPart(chunk));
    }
  }
  return parts;
}

function runPart(ctx: RouteContext, part: BatchPart, dispatch: Dispatch): ApiResponse {
  const level = metadataLevel(part.headers.accept);
  let target: string;
  let origin: string;
  try {
    const url = new URL(part.url, ctx.req.origin);
    target = `${url.pathname}${url.search}`;
    origin = url.origin;
  } catch {
    return errorResponse(invalidQuery(`The batch URL '${part.url}' is not valid.`), level);
  }
  const sitePath = new URL(ctx.webUrl).pathname;
  const req = toApiRequest({ method: part.method, target, origin, headers: part.headers, body: part.body, user: ctx.req.user }, sitePath);
  if (req === undefined || req.segments[0]?.key === '$batch' || req.segments[0]?.key === 'contextinfo') {
    return errorResponse(invalidQuery(`The batch URL '${part.url}' is not supported in a batch.`), level);
  }
  const partCtx: RouteContext = { ...ctx, req, webUrl: `${origin}${sitePath}` };
  try {
    return ctx.store.tx(() => dispatch(partCtx));
  } catch (e) {
    if (e instanceof SpError) {
      return errorResponse(e, req.format);
    }
    return errorResponse(new SpError(500, '-1, System.Exception', e instanceof Error ? e.message : String(e)), req.format);
  }
}

function serialise(responses: ApiResponse[], boundary: string): string {
  const out: string[] = [];
  for (const r of responses) {
    out.push(`--${boundary}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '');
    out.push(`HTTP/1.1 ${r.status} ${STATUS_TEXT[r.status] ?? 'Status'}`);
    for (const [name, value] of Object.entries(r.headers)) {
      out.push(`${name.toUpperCase() === 'CONTENT-TYPE' ? 'CONTENT-TYPE' : name}: ${value}`);
    }
    out.push('', typeof r.body === 'string' ? r.body : r.body.toString('utf8'));
  }
  out.push(`--${boundary}--`, '');
  return out.join('\n');
}

/**
 * Most requests SharePoint Online takes in one $batch. Microsoft publishes no figure; about 100
 * is what SharePoint Online accepts in practice (pnp/pnpcore#284, pnp/pnpjs#3207), and the data
 * layer never sends more (src/data/toolkit/batch.ts).
 */
export const MAX_BATCH_PARTS = 100;

function batchParts(ctx: RouteContext): BatchPart[] {
  const boundary = boundaryOf(ctx.req.headers['content-type']);
  if (boundary === undefined) {
    throw invalidQuery('The $batch request needs a multipart/mixed Content-Type with a boundary.');
  }
  const parts = parseBatch(ctx.req.body, boundary);
  if (parts.length > MAX_BATCH_PARTS) {
    throw invalidQuery(`The batch holds ${parts.length} requests; at most ${MAX_BATCH_PARTS} are accepted in one batch.`);
  }
  return parts;
}

/** Milliseconds of parts run in one go before other requests get their turn. */
const SLICE_MS = 10;

/**
 * POST $batch, yielding to other requests between slices of parts, so one large batch cannot
 * hold a health check or another user's save for seconds. Each slice commits as one transaction
 * (one fsync), each part in its own savepoint inside it.
 */
export async function runBatchAsync(ctx: RouteContext, dispatch: Dispatch): Promise<ApiResponse> {
  if (ctx.req.method !== 'POST') {
    return badMethod(ctx);
  }
  const parts = batchParts(ctx);
  const responses: ApiResponse[] = [];
  while (responses.length < parts.length) {
    ctx.store.tx(() => {
      const started = Date.now();
      do {
        responses.push(runPart(ctx, parts[responses.length], dispatch));
      } while (responses.length < parts.length && Date.now() - started < SLICE_MS);
    });
    if (responses.length < parts.length) {
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }
  const responseBoundary = `batchresponse_${randomUUID()}`;
  return {
    status: 200,
    headers: { 'Content-Type': `multipart/mixed; boundary=${responseBoundary}` },
    body: serialise(responses, responseBoundary)
  };
}

/** Handles POST $batch in one go (for callers that cannot wait; the server uses runBatchAsync). */
export function runBatch(ctx: RouteContext, dispatch: Dispatch): ApiResponse {
  if (ctx.req.method !== 'POST') {
    return badMethod(ctx);
  }
  const parts = batchParts(ctx);
  const responses = ctx.store.tx(() => parts.map((p) => runPart(ctx, p, dispatch)));
  const responseBoundary = `batchresponse_${randomUUID()}`;
  return {
    status: 200,
    headers: { 'Content-Type': `multipart/mixed; boundary=${responseBoundary}` },
    body: serialise(responses, responseBoundary)
  };
}
