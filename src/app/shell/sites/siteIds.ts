/**
 * Which site a gathered mapping came from. Mapping ids are per site, so two sites both have a
 * mapping 1: gathered screens give each mapping an id unique across the sites read (the first
 * site's ids unchanged, the n-th site's offset by n × {@link SITE_ID_STRIDE}), and {@link SiteIds}
 * turns it back into the site and its own id when a mapping is opened. Also how the screens name
 * a site and report one that gave nothing.
 */
import type { DeepLinkTarget } from '../../../host/types';
import type { SiteFailure, SitesNote } from '../../../services/sites';

/** Item ids of one SharePoint list stay far below this (2^31 is the limit; lists this big do not exist). */
export const SITE_ID_STRIDE = 100_000_000;

/** A site the data came from, as the screens name it. */
export interface SiteRef {
  url: string;
  /** Its name in the address (`stlukes`), the site's title being one more request away. */
  label: string;
}

/** A site that gave nothing, and why. */
export interface SiteProblem {
  site: SiteRef;
  failure: SiteFailure;
}

/** What to tell the person about the sites: the property's problems, and sites that gave nothing. */
export interface SitesReport {
  notes: SitesNote[];
  problems: SiteProblem[];
  /** Every site read, in order (the site column shows only when there is more than one). */
  sites: SiteRef[];
}

export function siteRef(url: string): SiteRef {
  const path = new URL(url).pathname.replace(/\/+$/, '');
  return { url, label: decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)) || new URL(url).host };
}

/** Turns gathered ids back into each site's own. */
export class SiteIds {
  public constructor(public readonly sites: readonly string[]) {}

  public globalId(siteIndex: number, id: number): number {
    return siteIndex * SITE_ID_STRIDE + id;
  }

  /** The site and its own id for a gathered id. */
  public resolve(globalId: number): { siteUrl: string; mappingId: number } {
    const index = Math.floor(globalId / SITE_ID_STRIDE);
    return { siteUrl: this.sites[index] ?? this.sites[0], mappingId: globalId % SITE_ID_STRIDE };
  }
}

/**
 * A link target of a gathered screen, turned back into its site and that site's own mapping id
 * (no site when it is the app's own).
 *
 * @param ids - The gathered ids.
 * @param homeUrl - The site the app runs on.
 * @param target - Where the link points, with a gathered id.
 * @returns The target on its own site.
 */
export function onItsSite(ids: SiteIds, homeUrl: string, target: DeepLinkTarget): DeepLinkTarget {
  const { siteUrl, mappingId } = ids.resolve(target.mappingId);
  return { ...target, mappingId, siteUrl: siteUrl.toLowerCase() === homeUrl.toLowerCase() ? undefined : siteUrl };
}
