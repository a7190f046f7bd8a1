/**
 * Reads the tenant property's value: a JSON array of site URLs. Every entry that is not used is
 * reported with its reason, so an administrator's typo is shown, never silently dropped.
 */
import type { SitesNote } from '../../services/sites';

/** `https://host/sites/name/` → `https://host/sites/name` (lower-case host, no query or hash). */
export function normaliseSiteUrl(url: URL): string {
  return `${url.protocol}//${url.host.toLowerCase()}${url.pathname.replace(/\/+$/, '')}`;
}

/**
 * Whether the address can be a SharePoint site: http(s), and a path that is the tenant root or
 * under a managed path (`/sites/…`, `/teams/…`). The local server's `http://127.0.0.1:port/sites/…`
 * passes as a site of the local "tenant"; anything else (a Teams link, a page, a document) does not.
 */
function looksLikeSite(url: URL): boolean {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return false;
  }
  const path = url.pathname.replace(/\/+$/, '');
  if (path === '') {
    return true;
  }
  return /^\/(sites|teams)\/[^/]+$/i.test(path) && !/\.aspx$/i.test(path);
}

export interface ParsedSites {
  sites: string[];
  notes: SitesNote[];
}

/**
 * The site URLs a property value names, for an app running on `homeUrl`.
 *
 * @param value - The property's Value (undefined or blank when not set).
 * @param homeUrl - The site the app runs on; sites on another host belong to another tenant.
 * @returns The usable sites, in order, each once, and a note for everything left out.
 */
export function parseSitesProperty(value: string | null | undefined, homeUrl: string): ParsedSites {
  if (value === null || value === undefined || value.trim() === '') {
    return { sites: [], notes: [] };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return { sites: [], notes: [{ problem: 'notJson', value }] };
  }
  if (!Array.isArray(parsed)) {
    return { sites: [], notes: [{ problem: 'notAList', value }] };
  }
  const home = new URL(homeUrl);
  const sites: string[] = [];
  const notes: SitesNote[] = [];
  for (const entry of parsed) {
    if (typeof entry !== 'string') {
      notes.push({ problem: 'notAList', value: JSON.stringify(entry) });
      continue;
    }
    let url: URL;
    try {
      url = new URL(entry.trim());
    } catch {
      notes.push({ problem: 'notSharePoint', value: entry });
      continue;
    }
    if (!looksLikeSite(url)) {
      notes.push({ problem: 'notSharePoint', value: entry });
    } else if (url.host.toLowerCase() !== home.host.toLowerCase()) {
      notes.push({ problem: 'otherTenant', value: entry });
    } else {
      const site = normaliseSiteUrl(url);
      if (sites.some((s) => s.toLowerCase() === site.toLowerCase())) {
        notes.push({ problem: 'duplicate', value: entry });
      } else {
        sites.push(site);
      }
    }
  }
  return { sites, notes };
}
