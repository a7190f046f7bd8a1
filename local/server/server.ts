/**
 * A local SharePoint-compatible server: the REST subset PnPjs v4 uses (docs in
 * docs/sharepoint-rest.md), stored in SQLite, bound to 127.0.0.1.
 */
import * as http from 'http';
import { AddressInfo } from 'net';
import * as path from 'path';
import { Faults } from './faults';
import { ApiDeps, currentUser, handleApi, isApiTarget } from './api';
import { serveStatic } from './http/static';
import { handleLocal } from './routes/local';
import { Store } from './storage/store';
import { webScope } from './storage/security';
import type { LocalUser } from './users';
import { createWorkbench } from '../workbench/routes';

export interface LocalSharePointOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** SQLite folder; default `.local-sharepoint/` in the working directory. */
  dataDir?: string;
  /** Items above which unindexed queries are refused; default 5000 like SharePoint Online. */
  listViewThreshold?: number;
  /** Files served at `/`, with index.html as the fallback for client-side routes. */
  staticDir?: string;
  /** Server-relative site URL; default `/sites/imaging`. */
  sitePath?: string;
  /** Log one line per request to stdout. Off by default. */
  log?: boolean;
  /** Serve /workbench (the .sppkg's web part on SPFx's runtime) from this project root. */
  workbenchRoot?: string;
}

export interface LocalSharePoint {
  /** `http://127.0.0.1:PORT` */
  url: string;
  /** `url` + site path. */
  siteUrl: string;
  port: number;
  close(): Promise<void>;
  /** Requests to the site's `_api` except contextinfo, for round-trip benchmarks. */
  requestCount(): number;
  resetRequestCount(): void;
}

const MAX_BODY = 64 * 1024 * 1024;

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('Request body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function flatHeaders(req: http.IncomingMessage): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(req.headers)) {
    out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}

/** The origin the client addressed (a proxy's X-Forwarded-* wins), so links we return work for it. */
function originOf(headers: Record<string, string | undefined>, port: number): string {
  const host = headers['x-forwarded-host'] ?? headers.host ?? `127.0.0.1:${port}`;
  const proto = headers['x-forwarded-proto'] ?? 'http';
  return `${proto.split(',')[0].trim()}://${host.split(',')[0].trim()}`;
}

/** Browsers on another local port (a dev server) may call the API; nothing else may. */
function corsHeaders(origin: string | undefined): Record<string, string> {
  if (origin === undefined || !/^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/.test(origin)) {
    return {};
  }
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Allow-Headers': 'Accept, Content-Type, X-RequestDigest, X-HTTP-Method, IF-MATCH, X-Local-User, X-ClientService-ClientTag, X-PnPjs-RequestId',
    'Access-Control-Allow-Methods': 'GET, POST, PATCH, MERGE, PUT, DELETE, OPTIONS',
    'Access-Control-Expose-Headers': 'ETag, Retry-After, SPRequestGuid, request-id'
  };
}

/** Starts the server; resolves once it is listening. */
export async function startLocalSharePoint(options: LocalSharePointOptions = {}): Promise<LocalSharePoint> {
  const sitePath = `/${(options.sitePath ?? '/sites/imaging').replace(/^\/+|\/+$/g, '')}`;
  const store = Store.open(path.resolve(options.dataDir ?? '.local-sharepoint'));
  const faults = new Faults();
  let count = 0;
  let port = options.port ?? 0;
  const workbench = options.workbenchRoot !== undefined ? createWorkbench({ root: options.workbenchRoot }) : undefined;
  const deps: ApiDeps = { store, faults, sitePath, listViewThreshold: options.listViewThreshold ?? 5000, count: () => (count += 1), log: options.log === true };

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const started = Date.now();
    const headers = flatHeaders(req);
    const method = (req.method ?? 'GET').toUpperCase();
    const target = req.url ?? '/';
    const bytes = await readBody(req);
    const body = bytes.toString('utf8');
    const origin = originOf(headers, port);
    const pathname = target.split('?')[0];
    let reply: { status: number; headers: Record<string, string>; body: string | Buffer };
    if (method === 'OPTIONS') {
      reply = { status: 204, headers: {}, body: '' };
    } else if (/^\/_local\//i.test(pathname)) {
      reply = handleLocal({ method, path: pathname.slice('/_local/'.length).toLowerCase(), body, faults, siteUrl: `${origin}${sitePath}` });
    } else if (workbench !== undefined && (method === 'GET' || method === 'HEAD') && workbench.handles(pathname, sitePath)) {
      const search = target.includes('?') ? target.slice(target.indexOf('?')) : '';
      const permissions = (user: LocalUser): { webPermissions: { High: number; Low: number }; isSiteAdmin: boolean } => {
        const mask = store.security.effectiveMask(user.id, webScope());
        return { webPermissions: { High: mask.high, Low: mask.low }, isSiteAdmin: store.security.isSiteAdmin(user.id) };
      };
      reply = await workbench.handle({ pathname, origin, sitePath, siteId: store.site.siteId, webId: store.site.webId, digestSecret: store.site.digestSecret, user: currentUser(headers), permissions }, search);
    } else if (isApiTarget(target, sitePath)) {
      reply = handleApi(deps, { method, target, origin, headers, body, bytes });
    } else if (options.staticDir !== undefined && (method === 'GET' || method === 'HEAD') && !pathname.toLowerCase().startsWith(`${sitePath.toLowerCase()}/_api`)) {
      reply = await serveStatic(options.staticDir, pathname);
    } else {
      reply = { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: 'Not found' };
    }
    const payload = typeof reply.body === 'string' ? Buffer.from(reply.body, 'utf8') : reply.body;
    res.writeHead(reply.status, { ...corsHeaders(headers.origin), ...reply.headers, 'Content-Length': String(payload.length) });
    res.end(method === 'HEAD' ? undefined : payload);
    if (options.log === true) {
      console.log(`${method} ${target} -> ${reply.status} (${Date.now() - started} ms)`);
    }
  };

  const server = http.createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      }
      res.end(`Local SharePoint server error: ${e instanceof Error ? e.message : String(e)}`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
  if (options.log === true) {
    console.log(`Local SharePoint listening on ${url}${sitePath}`);
  }
  return {
    url,
    siteUrl: `${url}${sitePath}`,
    port,
    requestCount: () => count,
    resetRequestCount: () => {
      count = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => {
          store.close();
          if (err !== undefined) {
            reject(err);
          } else {
            resolve();
          }
        });
        // Keep-alive sockets from fetch would otherwise hold close() open.
        server.closeAllConnections();
      })
  };
}
