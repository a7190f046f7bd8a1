/**
 * Reading a request and writing its reply: the headers flattened to one value each, the body
 * counted as it arrives and given up when it grows past the request's limit, when bodies being read
 * across requests would exhaust memory, or when it stops arriving (HTTP.sys's idle timeouts); the
 * reply written with its length, closing the connection after a refusal.
 */
import * as http from 'http';
import { MAX_BYTES_IN_FLIGHT } from './guard';
import type { ApiResponse } from './format';

/** The body is larger than the request may send. */
export class BodyTooLarge extends Error {}
/** Bodies being read across requests would pass MAX_BYTES_IN_FLIGHT. */
export class ServerBusy extends Error {}
/** No byte of the body arrived for the idle time. */
export class BodyIdle extends Error {}

/** Bytes of request bodies being read, counted as they arrive (chunked bodies included). */
export interface InFlight {
  bytes: number;
}

/** HTTP.sys's default ConnectionTimeout / EntityBody / HeaderWait: two minutes. */
export const DEFAULT_IDLE_MS = 120_000;

/**
 * Reads the body, counting bytes as they arrive (a chunked body has no Content-Length to trust):
 * gives up past `limit` bytes for this request, past MAX_BYTES_IN_FLIGHT across requests, or when
 * no byte arrives for `idleMs`.
 */
export function readBody(req: http.IncomingMessage, limit: number, inFlight: InFlight, idleMs: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (error?: Error): void => {
      if (done) {
        return;
      }
      done = true;
      clearTimeout(timer);
      inFlight.bytes -= size;
      if (error === undefined) {
        resolve(Buffer.concat(chunks));
      } else {
        req.pause();
        reject(error);
      }
    };
    let timer = setTimeout(() => finish(new BodyIdle()), idleMs);
    req.on('data', (chunk: Buffer) => {
      if (done) {
        return;
      }
      clearTimeout(timer);
      timer = setTimeout(() => finish(new BodyIdle()), idleMs);
      size += chunk.length;
      inFlight.bytes += chunk.length;
      if (size > limit) {
        finish(new BodyTooLarge());
      } else if (inFlight.bytes > MAX_BYTES_IN_FLIGHT) {
        finish(new ServerBusy());
      } else {
        chunks.push(chunk);
      }
    });
    req.on('end', () => finish());
    req.on('error', (e) => finish(e));
  });
}

/** The request's headers by lower-case name, a repeated header joined with commas. */
export function flatHeaders(req: http.IncomingMessage): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(req.headers)) {
    out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}

/**
 * Writes a reply (no body for HEAD).
 *
 * @param close - Whether to close the connection: a refused request's body is never read, so it is not drained either.
 */
export function send(res: http.ServerResponse, method: string, reply: ApiResponse, cors: Record<string, string>, close: boolean): void {
  const payload = typeof reply.body === 'string' ? Buffer.from(reply.body, 'utf8') : reply.body;
  const connection: Record<string, string> = close ? { Connection: 'close' } : {};
  res.writeHead(reply.status, { ...cors, ...reply.headers, ...connection, 'Content-Length': String(payload.length) });
  res.end(method === 'HEAD' ? undefined : payload);
}
