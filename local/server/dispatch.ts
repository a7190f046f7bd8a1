/**
 * Where a request goes once its body is read: a CORS preflight, the server's own `/_local/`
 * endpoints, the SPFx workbench, a site collection's `_api` (api.ts, counted for the benchmarks'
 * round trips), the local page's static files, or 404. Also the `_api` pipeline's dependencies for
 * each site collection, made once per site.
 */
import { ApiDeps, currentUser, handleApi } from './api';
import type { Faults } from './faults';
import type { ApiResponse } from './http/format';
import { serveStatic } from './http/static';
import { handleLocal } from './routes/local';
import { localSites } from './routes/localSites';
import { LocalSite, SiteCollections, normaliseSitePath } from './sites';
import { webScope } from './storage/scopes';
import type { SiteTimeZone } from './timeZones';
import type { LocalUser } from './users';
import type { Workbench } from '../workbench/routes';

/** Requests to the sites' `_api` except contextinfo, in all and per site collection. */
export class RequestCounts {
  private total = 0;
  private readonly bySite = new Map<string, number>();

  add(sitePath: string): void {
    const key = sitePath.toLowerCase();
    this.total += 1;
    this.bySite.set(key, (this.bySite.get(key) ?? 0) + 1);
  }

  /** All requests counted, or only one site collection's. */
  of(sitePath?: string): number {
    return sitePath === undefined ? this.total : this.bySite.get(normaliseSitePath(sitePath).toLowerCase()) ?? 0;
  }

  reset(): void {
    this.total = 0;
    this.bySite.clear();
  }
}

/** What the router needs of the server's options and state. */
export interface RouterContext {
  sites: SiteCollections;
  /** The primary site's server-relative URL. */
  sitePath: string;
  faults: Faults;
  counts: RequestCounts;
  /** Every site collection on this server shares the one regional time zone. */
  timeZone: SiteTimeZone;
  listViewThreshold: number;
  log: boolean;
  staticDir?: string;
  workbench?: Workbench;
}

/** A request whose body has been read. */
export interface ReadRequest {
  method: string;
  target: string;
  /** `http://<Host>`, the Host already checked. */
  origin: string;
  headers: Record<string, string | undefined>;
  body: string;
  bytes: Buffer;
}

/**
 * Makes the router of a running server.
 *
 * @returns A function that answers a request whose body has been read.
 */
export function createRouter(context: RouterContext): (request: ReadRequest) => Promise<ApiResponse> {
  const { sites, sitePath, faults, counts, timeZone, workbench, staticDir } = context;
  const store = sites.primary.store;
  const depsBySite = new Map<LocalSite, ApiDeps>();
  const depsFor = (site: LocalSite): ApiDeps => {
    let deps = depsBySite.get(site);
    if (deps === undefined) {
      const tenant = { appCatalog: sites.appCatalog.store, appCatalogPath: sites.appCatalog.path, isAppCatalog: site.isAppCatalog, leavers: sites.leavers };
      site.store.site.timeZone = timeZone;
      deps = {
        store: site.store,
        faults,
        sitePath: site.path,
        listViewThreshold: context.listViewThreshold,
        count: () => counts.add(site.path),
        log: context.log,
        tenant
      };
      depsBySite.set(site, deps);
    }
    return deps;
  };

  return async ({ method, target, origin, headers, body, bytes }: ReadRequest): Promise<ApiResponse> => {
    const pathname = target.split('?')[0];
    if (method === 'OPTIONS') {
      return { status: 204, headers: {}, body: '' };
    }
    if (/^\/_local\//i.test(pathname)) {
      return handleLocal({ method, path: pathname.slice('/_local/'.length).toLowerCase(), body, faults, siteUrl: `${origin}${sitePath}`, sites: localSites(sites, origin) });
    }
    if (workbench !== undefined && (method === 'GET' || method === 'HEAD') && workbench.handles(pathname, sitePath)) {
      const search = target.includes('?') ? target.slice(target.indexOf('?')) : '';
      const permissions = (user: LocalUser): { webPermissions: { High: number; Low: number }; isSiteAdmin: boolean } => {
        const mask = store.security.effectiveMask(user.id, webScope());
        return { webPermissions: { High: mask.high, Low: mask.low }, isSiteAdmin: store.security.isSiteAdmin(user.id) };
      };
      return workbench.handle({ pathname, origin, sitePath, siteId: store.site.siteId, webId: store.site.webId, digestSecret: store.site.digestSecret, user: currentUser(headers), permissions }, search);
    }
    const site = sites.forApi(pathname);
    if (site !== undefined) {
      return handleApi(depsFor(site), { method, target, origin, headers, body, bytes });
    }
    if (staticDir !== undefined && (method === 'GET' || method === 'HEAD') && !/\/_api(\/|$)/i.test(pathname)) {
      return serveStatic(staticDir, pathname);
    }
    return { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: 'Not found' };
  };
}
