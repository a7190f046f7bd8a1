/**
 * The department sites the app reads together (issue 25): named by the tenant property
 * `ImagingDutyMappingSites` (a JSON array of site URLs, set by a tenant administrator), else the
 * site the app runs on.
 */
import type { DirectoryPerson } from '../model/mapping';
import type { AppError } from './errors';
import type { AppServices } from './types';

/** The tenant property's key, as administrators set it (README, docs/sharepoint-rest-sites.md). */
export const SITES_PROPERTY = 'ImagingDutyMappingSites';

/** What was wrong with (part of) the property's value; nothing is dropped without one of these. */
export type SitesProblem =
  /** The value is not JSON. */
  | 'notJson'
  /** It is JSON, but not an array of text. */
  | 'notAList'
  /** The same site is listed more than once (kept once). */
  | 'duplicate'
  /** Not a SharePoint site address (https://<tenant>.sharepoint.com/sites/<name> or similar). */
  | 'notSharePoint'
  /** A site of another tenant (another host than the site the app runs on). */
  | 'otherTenant';

export interface SitesNote {
  problem: SitesProblem;
  /** The entry (or the whole value) it is about, as written. */
  value: string;
}

/** Where the list of sites came from. */
export type SitesSource = 'property' | 'absent';

export interface SitesSetting {
  source: SitesSource;
  /** Absolute site URLs without a trailing slash, in the property's order, each once. Empty when absent. */
  sites: string[];
  /** What was left out and why, or what was wrong with the value. */
  notes: SitesNote[];
  /** The signed-in person, read in the same request (the personal app needs nothing else first). */
  me: DirectoryPerson;
}

/** Why a listed site gave nothing: the app says it in a plain note and shows the others. */
export type SiteFailure = 'forbidden' | 'notSetUp' | 'unreachable';

/** One site's part of a read across sites. */
export type SiteResult<T> = { siteUrl: string; ok: true; value: T } | { siteUrl: string; ok: false; failure: SiteFailure; error: AppError };

export interface SitesService {
  /** The absolute URL of the site the app runs on. */
  readonly homeUrl: string;
  /** The tenant property and the signed-in person, in one request to the site the app runs on. */
  readSetting(): Promise<SitesSetting>;
  /** The services of another site, for the same signed-in person (the site the app runs on: its own). */
  servicesFor(siteUrl: string): AppServices;
  /**
   * Runs `read` on every site at once (each its own request or batch); a site that refuses,
   * is not set up or cannot be reached comes back as a failure, never failing the others.
   */
  readEach<T>(siteUrls: readonly string[], read: (services: AppServices, siteUrl: string) => Promise<T>): Promise<SiteResult<T>[]>;
}
