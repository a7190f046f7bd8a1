/**
 * The site collections one local server hosts: the department site it always had (by default
 * `/sites/imaging`, its data in the data folder itself, so existing folders keep working), any
 * further `/sites/<name>`, each with its own SQLite file, lists, groups and permissions, and the
 * tenant app catalog site that keeps the tenant properties every site reads.
 */
import * as path from 'path';
import { Store } from './storage/store';
import { webScope } from './storage/scopes';
import { Role, USERS, findUser } from './users';

/** A further site collection: where it lives, its title, and who plays which part on it. */
export interface LocalSiteOptions {
  /** Server-relative URL, `/sites/<name>`. */
  path: string;
  /** The web's title; its groups are named after it ("St Luke's Owners"). */
  title: string;
  /**
   * Parts that differ from users.ts, by e-mail: `none` leaves someone out of the site altogether
   * (every request of theirs is refused with 403, as SharePoint refuses a site you cannot open).
   */
  roles?: Record<string, Role | 'none'>;
}

export interface LocalSite {
  path: string;
  store: Store;
  isAppCatalog: boolean;
}

/** Where the tenant app catalog lives unless told otherwise (SharePoint's default name). */
export const APP_CATALOG_PATH = '/sites/appcatalog';
export const APP_CATALOG_TITLE = 'Apps';

/** `/sites/x/` or `sites/X` → `/sites/x` as written (lookups ignore case). */
export function normaliseSitePath(sitePath: string): string {
  return `/${sitePath.replace(/^\/+|\/+$/g, '')}`;
}

function roleOf(roles: Record<string, Role | 'none'> | undefined): (user: (typeof USERS)[number]) => Role | undefined {
  const byId = new Map<number, Role | 'none'>();
  for (const [key, role] of Object.entries(roles ?? {})) {
    const user = findUser(key);
    if (user === undefined) {
      throw new Error(`No local user ${key} to give the part ${role}.`);
    }
    byId.set(user.id, role);
  }
  return (user) => {
    const role = byId.get(user.id) ?? user.role;
    return role === 'none' ? undefined : role;
  };
}

export class SiteCollections {
  private readonly sites = new Map<string, LocalSite>();
  /** People who have left the organisation (tenant-wide): no site resolves them. */
  public readonly leavers = new Set<number>();
  public readonly primary: LocalSite;
  public readonly appCatalog: LocalSite;

  public constructor(private readonly dataDir: string, primaryPath: string, extra: readonly LocalSiteOptions[], appCatalogPath: string = APP_CATALOG_PATH) {
    this.primary = this.register(primaryPath, Store.open(dataDir), false);
    // The tenant app catalog: its owner is the tenant administrator; everyone else may read it.
    const catalogRoles = Object.fromEntries(USERS.filter((u) => u.role !== 'Owner').map((u) => [u.email, 'Visitor' as const]));
    this.appCatalog = this.open({ path: appCatalogPath, title: APP_CATALOG_TITLE, roles: catalogRoles }, true);
    for (const site of extra) {
      this.add(site);
    }
  }

  /** Opens (creating on first use) a further site collection; an existing one is returned as it is. */
  public add(options: LocalSiteOptions): LocalSite {
    return this.open(options, false);
  }

  /**
   * Someone leaves: deleted from the directory and from every site's user list, as an administrator
   * does when a member of staff leaves. What they were named as (an action's owner) stays stored.
   *
   * @param email - The local user's e-mail or login.
   */
  public markLeft(email: string): void {
    const user = findUser(email);
    if (user === undefined) {
      throw new Error(`No local user ${email}.`);
    }
    this.leavers.add(user.id);
  }

  /** The site whose `_api` the path addresses, or undefined. */
  public forApi(pathname: string): LocalSite | undefined {
    const lower = pathname.toLowerCase();
    const at = lower.indexOf('/_api');
    if (at < 0 || (lower.length > at + 5 && lower[at + 5] !== '/')) {
      return undefined;
    }
    return this.sites.get(lower.slice(0, at));
  }

  public all(): LocalSite[] {
    return [...this.sites.values()];
  }

  public close(): void {
    for (const site of this.sites.values()) {
      site.store.close();
    }
  }

  private open(options: LocalSiteOptions, isAppCatalog: boolean): LocalSite {
    const sitePath = normaliseSitePath(options.path);
    const existing = this.sites.get(sitePath.toLowerCase());
    if (existing !== undefined) {
      return existing;
    }
    if (!/^\/sites\/[a-z0-9-]+$/i.test(sitePath)) {
      throw new Error(`A local site lives at /sites/<name> (letters, digits, hyphens), not ${options.path}.`);
    }
    const folder = path.join(this.dataDir, 'sites', sitePath.slice('/sites/'.length).toLowerCase());
    return this.register(sitePath, Store.open(folder, { title: options.title, roleOf: roleOf(options.roles) }), isAppCatalog);
  }

  private register(sitePath: string, store: Store, isAppCatalog: boolean): LocalSite {
    const site = { path: sitePath, store, isAppCatalog };
    this.sites.set(sitePath.toLowerCase(), site);
    return site;
  }
}

/**
 * Whether the user may open the site at all: a site collection administrator, or someone the web
 * grants anything. (A person with rights on one list only would have Limited Access on SharePoint;
 * this server does not model that and refuses them, never the kinder way round.)
 */
export function canOpenSite(store: Store, userId: number): boolean {
  if (store.security.isSiteAdmin(userId)) {
    return true;
  }
  const mask = store.security.effectiveMask(userId, webScope());
  return mask.high !== 0 || mask.low !== 0;
}
