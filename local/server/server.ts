/**
 * A local SharePoint-compatible server: the REST subset PnPjs v4 uses (docs in
 * docs/sharepoint-rest.md), stored in SQLite, bound to 127.0.0.1. This file holds its options,
 * its handle and the life of one connection: the early refusals (http/refuse.ts), reading the body
 * (http/io.ts), then the router (dispatch.ts), which hands `_api` requests to api.ts.
 */
import * as http from 'http';
import { AddressInfo } from 'net';
import * as path from 'path';
import { Faults } from './faults';
import { bodyLimit, corsHeaders } from './http/guard';
import { MAX_LOCAL_BODY_BYTES } from './http/early';
import { BodyIdle, BodyTooLarge, DEFAULT_IDLE_MS, InFlight, ServerBusy, flatHeaders, readBody, send } from './http/io';
import { busy, localTooLarge, refuseBeforeBody, tooLarge } from './http/refuse';
import { RequestCounts, createRouter } from './dispatch';
import { siteTimeZone } from './timeZones';
import { LocalSiteOptions, SiteCollections, normaliseSitePath } from './sites';
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

/** Starts the server; resolves once it is listening. */
export async function startLocalSharePoint(options: LocalSharePointOptions = {}): Promise<LocalSharePoint> {
  const sitePath = normaliseSitePath(options.sitePath ?? '/sites/imaging');
  const sites = new SiteCollections(path.resolve(options.dataDir ?? '.local-sharepoint'), sitePath, options.sites ?? [], options.appCatalogPath);
  (options.leavers ?? []).forEach((email) => sites.markLeft(email));
  // Every site collection on this server shares the one regional time zone.
  const timeZone = siteTimeZone(options.timeZone);
  sites.all().forEach((site) => (site.store.site.timeZone = timeZone));
  const counts = new RequestCounts();
  let port = options.port ?? 0;
  const route = createRouter({
    sites,
    sitePath,
    faults: new Faults(),
    counts,
    timeZone,
    listViewThreshold: options.listViewThreshold ?? 5000,
    log: options.log === true,
    staticDir: options.staticDir,
    workbench: options.workbenchRoot !== undefined ? createWorkbench({ root: options.workbenchRoot }) : undefined
  });
  const inFlight: InFlight = { bytes: 0 };
  const idleMs = options.idleTimeoutMs ?? DEFAULT_IDLE_MS;

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const started = Date.now();
    const headers = flatHeaders(req);
    const method = (req.method ?? 'GET').toUpperCase();
    const target = req.url ?? '/';
    const refused = refuseBeforeBody({ sites, port, inFlight }, headers, method, target);
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
        send(res, method, isLocal ? localTooLarge() : tooLarge(target), corsHeaders(headers.origin, port), true);
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
    // The Host was checked above; X-Forwarded-Host is not trusted.
    const origin = `http://${(headers.host ?? `127.0.0.1:${port}`).trim()}`;
    const reply = await route({ method, target, origin, headers, body: bytes.toString('utf8'), bytes });
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
    requestCount: (site?: string) => counts.of(site),
    resetRequestCount: () => counts.reset(),
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
