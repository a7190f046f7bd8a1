import { AssignFrom } from '@pnp/core';
import { InjectHeaders } from '@pnp/queryable';
import { spfi, SPBrowser } from '@pnp/sp';
import type { SPFI } from '@pnp/sp';
import type { AppServices } from '../services/types';
import './toolkit/pnp';
import { DataContext } from './toolkit/context';
import { SpFrameworkStore } from './frameworks/SpFrameworkStore';
import { SpMappingRepository } from './mappings/SpMappingRepository';
import { SpPeopleService } from './people/SpPeopleService';
import { SpPermissionService } from './permissions/SpPermissionService';
import { SpSiteSetupService } from './setup/SpSiteSetupService';
import { SpGovernanceService } from './governance/SpGovernanceService';
import { SpOverviewService } from './overview/SpOverviewService';
import { SpMappingDocumentService } from './documents/SpMappingDocumentService';
import { SpSitesService } from './sites/SpSitesService';

/** Where the services run, when several sites are read (the tenant property). */
export interface SiteOptions {
  /**
   * The site's absolute URL. Needed inside SPFx, whose PnPjs root has no URL of its own;
   * elsewhere it is read from the root.
   */
  homeUrl?: string;
}

/** The absolute site URL of a PnPjs root built with a URL (`spfi(url)`). */
function rootUrl(sp: SPFI): string {
  return sp.web.toUrl().replace(/\/_api\/web\/?$/i, '');
}

/**
 * Builds the app's services on a PnPjs root. The SPFx web part passes
 * `spfi().using(SPFx(context))` (SPFx's own client retries throttled requests);
 * the local page, tests and benchmarks pass {@link createLocalSp}.
 *
 * @param sp - A configured PnPjs root for the site.
 * @returns The services, sharing one session state (current user, framework cache).
 */
export function createSharePointServices(sp: SPFI, options: SiteOptions = {}): AppServices {
  const context = new DataContext(sp);
  const permissions = new SpPermissionService(context);
  const frameworks = new SpFrameworkStore(context, permissions);
  // Another site is reached with this root's behaviours (SPFx's, or the local user's header), as
  // PnPjs documents for a second web: spfi(url).using(AssignFrom(sp.web)).
  const otherSite = (siteUrl: string): AppServices => createSharePointServices(spfi(siteUrl).using(AssignFrom(sp.web)), { homeUrl: siteUrl });
  const services: AppServices = {
    sites: new SpSitesService(context, options.homeUrl ?? rootUrl(sp), () => services, otherSite),
    mappings: new SpMappingRepository(context, frameworks),
    frameworks,
    permissions,
    people: new SpPeopleService(context),
    setup: new SpSiteSetupService(context, permissions),
    governance: new SpGovernanceService(context),
    overview: new SpOverviewService(context),
    documents: new SpMappingDocumentService(context)
  };
  return services;
}

/** Options for a client of the local SharePoint server. */
export interface LocalSpOptions {
  /** Act as this user (login or email), sent as X-Local-User; the page's cookie is used when omitted. */
  user?: string;
}

/**
 * A PnPjs root for a site outside SPFx: the local SharePoint server, in the
 * browser or in Node. SPBrowser brings BrowserFetchWithRetry, which waits out
 * 429/503 replies as Retry-After asks, and the form digest handling.
 *
 * @param siteUrl - Absolute site URL, e.g. http://127.0.0.1:4321/sites/imaging.
 * @param options - Who to act as.
 * @returns The PnPjs root.
 */
export function createLocalSp(siteUrl: string, options: LocalSpOptions = {}): SPFI {
  const sp = spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }));
  return options.user !== undefined ? sp.using(InjectHeaders({ 'X-Local-User': options.user })) : sp;
}
