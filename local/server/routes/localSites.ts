/**
 * `/_local/sites` and `/_local/retention-label` on the running server's site collections: listing
 * them, adding one (tests, the demo), and setting a library item's retention label as Purview would.
 * The endpoints themselves (methods, replies) are in local.ts.
 */
import { isLibrary } from '../storage/types';
import { SiteCollections, normaliseSitePath } from '../sites';
import type { Role } from '../users';
import type { LocalContext } from './local';

/** The site collections as `/_local/` sees them, with absolute URLs at `origin`. */
export function localSites(sites: SiteCollections, origin: string): NonNullable<LocalContext['sites']> {
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
    },
    retentionLabel: (body) => {
      const o = typeof body === 'object' && body !== null && !Array.isArray(body) ? body : {};
      const site = typeof o.site === 'string' ? sites.all().find((s) => s.path.toLowerCase() === normaliseSitePath(String(o.site)).toLowerCase()) : sites.primary;
      const list = site !== undefined && typeof o.list === 'string' ? site.store.lists.byTitle(o.list) : undefined;
      if (site === undefined || list === undefined || !isLibrary(list)) {
        return { error: 'Name a document library: {"site": "/sites/name" (optional), "list": "Title", "itemId": 1, "label": "Label name" or null}.' };
      }
      const label = o.label;
      if (typeof o.itemId !== 'number' || !(label === null || (typeof label === 'string' && label.trim() !== '' && label.length <= 255))) {
        return { error: 'itemId must be a number, and label a name of 1 to 255 characters or null (no label).' };
      }
      return site.store.items.setRetentionLabel(list.id, o.itemId, label) ? {} : { error: `No item ${o.itemId} in ${list.title}.` };
    }
  };
}
