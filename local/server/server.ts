/**
 * A local SharePoint-compatible server: the REST subset PnPjs v4 uses (docs in
 * docs/sharepoint-rest.md), stored in SQLite, bound to 127.0.0.1.
 */
import * as http from 'http';
import { AddressInfo } from 'net';
import * as path from 'path';
import { Faults } from './faults';
import { ApiDeps, currentUser, handleApi } from './api';
import { serveStatic } from './http/static';
import { MAX_BYTES_IN_FLIGHT, MAX_REQUEST_BYTES, MAX_UPLOAD_BYTES, bodyLimit, corsHeaders, hostAllowed, isUpload, urlTooLong } from './http/guard';
import { SpError } from './http/errors';
import { errorResponse } from './http/format';
import { handleLocal } from './routes/local';
import { MAX_LOCAL_BODY_BYTES, refuseLocalEarly, refuseWriteEarly } from './http/early';
import { metadataLevel } from './http/request';
import { randomUUID } from 'crypto';
import { siteTimeZone } from './timeZones';
import { webScope } from './storage/scopes';
import { LocalSite, LocalSiteOptions, SiteCollections, normaliseSitePath } from './sites';
import type { LocalUser, Role } from './users';
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
  /** Further site collections (`/sites/<name>`), each with its own lists, groups and permissions. */
  sites?: LocalSiteOptions[];
  /** Where the tenant app catalog site lives (tenant properties); default `/sites/appcatalog`. */
  appCatalogPath?: string;
  /** E-mails of local users who have left: no site resolves them, and they cannot sign in. */
  leavers?: string[];
  /** Log one line per request to stdout. Off by default. */
  log?: boolean;
  /** Serve /workbench (the .sppkg's web part on SPFx's runtime) from this project root. */
  workbenchRoot?: string;
  /**
   * Milliseconds a request may go without sending a byte (headers or body) before its connection
   * is dropped; default 120,000, HTTP.sys's default for SharePoint's front ends.
   */
  idleTimeoutMs?: number;
  /**
   * The site's regional time zone, by Windows name (see timeZones.ts); default "GMT Standard
   * Time" (UK, with British Summer Time). Date-only values are kept at its local midnight.
   */
  timeZone?: string;
}

export interface LocalSharePoint {
  /** `http://127.0.0.1:PORT` */
  url: string;
  /** `url` + site path. */
  siteUrl: string;
  port: number;
  close(): Promise<void>;
  /** Requests to the sites' `_api` except contextinfo (only this site's when given), for round-trip benchmarks. */
  requestCount(sitePath?: string): number;
  resetRequestCount(): void;
  /** `url` + the path of a site collection this server hosts. */
  siteUrlOf(sitePath: string): string;
  /** Adds a site collection while running (an existing one is left as it is); resolves its absolute URL. */
  addSite(site: LocalSiteOptions): string;
  /** The tenant app catalog site's absolute URL. */
  appCatalogUrl: string;
  /** A local user leaves (by e-mail): from now on no site resolves them. */
  markLeft(email: string): void;
}

class BodyTooLarge extends Error {}
class ServerBusy extends Error {}
class BodyIdle extends Error {}

/** Bytes of request bodies being read, counted as they arrive (chunked bodies included). */
interface InFlight {
  bytes: number;
}

/**
 * Reads the body, counting bytes as they arrive (a chunked body has no Content-Length to trust):
 * gives up past `limit` bytes for this request, past MAX_BYTES_IN_FLIGHT across requests, or when
 * no byte arrives for `idleMs`.
 */
function readBody(req: http.IncomingMessage, limit: number, inFlight: InFlight, idleMs: number): Promise<Buffer> {
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

function flatHeaders(req: http.IncomingMessage): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(req.headers)) {
    out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}

/** HTTP.sys's default ConnectionTimeout / EntityBody / HeaderWait: two minutes. */
const DEFAULT_IDLE_MS = 120_000;

type Reply = { status: number; headers: Record<string, string>; body: string | Buffer };

/** SharePoint's refusal of an over-long message (uploads) or request stream (anything else). */
function tooLarge(target: string): Reply {
  const message = isUpload(target)
    ? `The request message is too big. The server does not allow messages larger than ${MAX_UPLOAD_BYTES} bytes.`
    : `The maximum number of bytes allowed to be read from the stream has been exceeded. A maximum of ${MAX_REQUEST_BYTES} bytes is allowed.`;
  return errorResponse(new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', message), 'minimal');
}

function send(res: http.ServerResponse, method: string, reply: Reply, cors: Record<string, string>, close: boolean): void {
  const payload = typeof reply.body === 'string' ? Buffer.from(reply.body, 'utf8') : reply.body;
  // A refused request's body is never read: close the connection rather than drain it.
  const connection: Record<string, string> = close ? { Connection: 'close' } : {};
  res.writeHead(reply.status, { ...cors, ...reply.headers, ...connection, 'Content-Length': String(payload.length) });
  res.end(method === 'HEAD' ? undefined : payload);
}

/** `/_local/sites`: what the site collections are, and adding one (tests, the demo). */
function localSites(sites: SiteCollections, origin: string): NonNullable<Parameters<typeof handleLocal>[0]['sites']> {
  return {
    list: () => sites.all().map((s) => ({ path: s.path, title: s.store.site.title, url: `${origin}${s.path}`, appCatalog: s.isAppCatalog })),
    add: (body) => {
      const o = typeof body === 'object' && body !== null && !Array.isArray(body) ? body : {};
      const roles = typeof o.roles === 'object' && o.roles !== null && !Array.isArray(o.roles) ? o.roles : {};
      if (typeof o.path !== 'string' || typeof o.title !== 'string') {
        return { error: 'A site needs a path (/sites/<name>) and a title.' };
      }
      try {
        const added = sites.add({ path: o.path, title: o.title, roles: roles as Record<string, Role | 'none'> });
        return { url: `${origin}${added.path}` };
      } catch (e) {
        return { error: e instanceof Error ? e.message : String(e) };
      }
    }
  };
}

/** Starts the server; resolves once it is listening. */
export async function startLocalSharePoint(options: LocalSharePointOptions = {}): Promise<LocalSharePoint> {
  const sitePath = normaliseSitePath(options.sitePath ?? '/sites/imaging');
  const sites = new SiteCollections(path.resolve(options.dataDir ?? '.local-sharepoint'), sitePath, options.sites ?? [], options.appCatalogPath);
  const store = sites.primary.store;
  (options.leavers ?? []).forEach((email) => sites.markLeft(email));
  // Every site collection on this server shares the one regional time zone.
  const timeZone = siteTimeZone(options.timeZone);
  sites.all().forEach((site) => (site.store.site.timeZone = timeZone));
  const faults = new Faults();
  let count = 0;
  const counts = new Map<string, number>();
  let port = options.port ?? 0;
  const workbench = options.workbenchRoot !== undefined ? createWorkbench({ root: options.workbenchRoot }) : undefined;
  const depsBySite = new Map<LocalSite, ApiDeps>();
  const depsFor = (site: LocalSite): ApiDeps => {
    let deps = depsBySite.get(site);
    if (deps === undefined) {
      const key = site.path.toLowerCase();
      const tenant = { appCatalog: sites.appCatalog.store, appCatalogPath: sites.appCatalog.path, isAppCatalog: site.isAppCatalog, leavers: sites.leavers };
      site.store.site.timeZone = timeZone;
      deps = {
        store: site.store,
        faults,
        sitePath: site.path,
        listViewThreshold: options.listViewThreshold ?? 5000,
        count: () => {
          count += 1;
          counts.set(key, (counts.get(key) ?? 0) + 1);
        },
        log: options.log === true,
        tenant
      };
      depsBySite.set(site, deps);
    }
    return deps;
  };

  const inFlight: InFlight = { bytes: 0 };
  const idleMs = options.idleTimeoutMs ?? DEFAULT_IDLE_MS;
  const busy = (): Reply =>
    errorResponse(
      new SpError(503, '-1, Microsoft.SharePoint.Client.ClientServiceException', 'The server is busy receiving other uploads. Please try again shortly.', { 'Retry-After': '2' }),
      'minimal'
    );

  /** Host, size and memory checks before anything is read; undefined when the request may go on. */
  const refuse = (headers: Record<string, string | undefined>, method: string, target: string): Reply | undefined => {
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
  };

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const started = Date.now();
    const headers = flatHeaders(req);
    const method = (req.method ?? 'GET').toUpperCase();
    const target = req.url ?? '/';
    const refused = refuse(headers, method, target);
    if (refused !== undefined) {
      send(res, method, refused, {}, true);
      return;
    }
    const isLocal = /^\/_local\//i.test(target);
    let bytes: Buffer;
    try {
      bytes = await readBody(req, isLocal ? MAX_LOCAL_BODY_BYTES : bodyLimit(target), inFlight, idleMs);
    } catch (e) {
      if (e instanceof BodyTooLarge) {
        const reply = isLocal ? { status: 413, headers: { 'Content-Type': 'application/json;charset=utf-8' }, body: JSON.stringify({ error: `Bodies are limited to ${MAX_LOCAL_BODY_BYTES} bytes.` }) } : tooLarge(target);
        send(res, method, reply, corsHeaders(headers.origin, port), true);
        return;
      }
      if (e instanceof ServerBusy) {
        send(res, method, busy(), corsHeaders(headers.origin, port), true);
        return;
      }
      if (e instanceof BodyIdle) {
        // HTTP.sys drops a connection whose body stops arriving; there is no answer to read.
        req.socket.destroy();
        return;
      }
      throw e;
    }
    const body = bytes.toString('utf8');
    // The Host was checked above; X-Forwarded-Host is not trusted.
    const origin = `http://${(headers.host ?? `127.0.0.1:${port}`).trim()}`;
    const pathname = target.split('?')[0];
    let reply: Reply;
    if (method === 'OPTIONS') {
      reply = { status: 204, headers: {}, body: '' };
    } else if (/^\/_local\//i.test(pathname)) {
      reply = handleLocal({ method, path: pathname.slice('/_local/'.length).toLowerCase(), body, faults, siteUrl: `${origin}${sitePath}`, sites: localSites(sites, origin) });
    } else if (workbench !== undefined && (method === 'GET' || method === 'HEAD') && workbench.handles(pathname, sitePath)) {
      const search = target.includes('?') ? target.slice(target.indexOf('?')) : '';
      const permissions = (user: LocalUser): { webPermissions: { High: number; Low: number }; isSiteAdmin: boolean } => {
        const mask = store.security.effectiveMask(user.id, webScope());
        return { webPermissions: { High: mask.high, Low: mask.low }, isSiteAdmin: store.security.isSiteAdmin(user.id) };
      };
      reply = await workbench.handle({ pathname, origin, sitePath, siteId: store.site.siteId, webId: store.site.webId, digestSecret: store.site.digestSecret, user: currentUser(headers), permissions }, search);
    } else if (sites.forApi(pathname) !== undefined) {
      reply = await handleApi(depsFor(sites.forApi(pathname) as LocalSite), { method, target, origin, headers, body, bytes });
    } else if (options.staticDir !== undefined && (method === 'GET' || method === 'HEAD') && !/\/_api(\/|$)/i.test(pathname)) {
      reply = await serveStatic(options.staticDir, pathname);
    } else {
      reply = { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: 'Not found' };
    }
    send(res, method, reply, corsHeaders(headers.origin, port), false);
    if (options.log === true) {
      console.log(`${method} ${target} -> ${reply.status} (${Date.now() - started} ms)`);
    }
  };

  // Headers must arrive within the idle time too (slow-loris); bodies are timed in readBody.
  const server = http.createServer({ headersTimeout: idleMs, requestTimeout: 0 }, (req, res) => {
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
    appCatalogUrl: `${url}${sites.appCatalog.path}`,
    requestCount: (site?: string) => (site === undefined ? count : counts.get(normaliseSitePath(site).toLowerCase()) ?? 0),
    resetRequestCount: () => {
      count = 0;
      counts.clear();
    },
    siteUrlOf: (site: string) => `${url}${normaliseSitePath(site)}`,
    addSite: (site: LocalSiteOptions) => `${url}${sites.add(site).path}`,
    markLeft: (email: string) => sites.markLeft(email),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => {
          sites.close();
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
