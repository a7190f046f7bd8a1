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

/**
 * Builds the app's services on a PnPjs root. The SPFx web part passes
 * `spfi().using(SPFx(context))` (SPFx's own client retries throttled requests);
 * the local page, tests and benchmarks pass {@link createLocalSp}.
 *
 * @param sp - A configured PnPjs root for the site.
 * @returns The services, sharing one session state (current user, framework cache).
 */
export function createSharePointServices(sp: SPFI): AppServices {
  const context = new DataContext(sp);
  const permissions = new SpPermissionService(context);
  const frameworks = new SpFrameworkStore(context, permissions);
  return {
    mappings: new SpMappingRepository(context, frameworks),
    frameworks,
    permissions,
    people: new SpPeopleService(context),
    setup: new SpSiteSetupService(context, permissions),
    governance: new SpGovernanceService(context),
    overview: new SpOverviewService(context),
    documents: new SpMappingDocumentService(context)
  };
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
