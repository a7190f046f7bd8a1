import './pnp';
import type { DirectoryPerson, Framework } from '../../model';
import type { IList, IWeb, SPFI } from './pnp';
import { LIST_TITLES } from '../schema';
import type { ListKey } from '../schema';
import type { SiteTimeZone } from './rows';

/** What one mapping's saves need to remember between calls. */
export interface KnownMapping {
  /** Entry item ids by duty id. */
  itemIds: Map<string, number>;
  team: string;
  frameworkKey: string;
}

/**
 * State shared by the repositories of one set of services (one app session).
 * Nothing here is module-level: two sessions (two users in a test) never share it.
 */
export class DataContext {
  public readonly sp: SPFI;
  /** Framework versions by {@link frameworkKey}; a saved version never changes, so keeping it is safe. */
  public readonly frameworks = new Map<string, Framework>();
  /** Mappings this session has opened, created or saved. */
  public readonly mappings = new Map<number, KnownMapping>();
  /** Who is signed in, once known. */
  public currentUser?: DirectoryPerson;
  /**
   * Schema columns this site lacks (set up by an older version, not yet
   * updated), found by the site check: reads and writes leave them out.
   */
  public readonly missingFields = new Set<string>();
  /**
   * Whether each of the app's lists has its own permissions, as far as this
   * session knows: only an Owner's site check or set-up reads it (Members and
   * Visitors may be refused the read), so it stays empty for everyone else.
   */
  public readonly ownPermissions = new Map<ListKey, boolean>();
  /**
   * The site's regional time zone, read by the site check in the batch it
   * already sends; date-only values are written and read by it once known.
   */
  public timeZone?: SiteTimeZone;

  public constructor(sp: SPFI) {
    this.sp = sp;
  }

  /**
   * One of the app's lists on a web (the root web, or a batched one).
   *
   * @param key - Which list.
   * @param web - A batched web; the root web when omitted.
   * @returns The list.
   */
  public list(key: ListKey, web: IWeb = this.sp.web): IList {
    return web.lists.getByTitle(LIST_TITLES[key]);
  }
}

/**
 * Cache key of a framework version.
 *
 * @param id - Framework id.
 * @param version - Version number.
 * @returns "id@version".
 */
export function frameworkKey(id: string, version: number): string {
  return `${id}@${version}`;
}

/** The user's details the app asks for wherever it learns who is signed in. */
export const USER_SELECT: readonly string[] = ['Id', 'LoginName', 'Title', 'Email'];

/**
 * Reads the signed-in user as the app's DirectoryPerson.
 *
 * @param info - `web/currentUser` JSON.
 * @returns The person.
 */
export function personFromUser(info: { Id?: unknown; LoginName?: unknown; Title?: unknown; Email?: unknown }): DirectoryPerson {
  const result: DirectoryPerson = {
    login: typeof info.LoginName === 'string' ? info.LoginName : '',
    displayName: typeof info.Title === 'string' ? info.Title : ''
  };
  if (typeof info.Id === 'number') {
    result.id = info.Id;
  }
  if (typeof info.Email === 'string' && info.Email !== '') {
    result.email = info.Email;
  }
  return result;
}

/**
 * Who is signed in, asked once per session.
 *
 * @param context - Data context.
 * @returns The signed-in person.
 */
export async function ensureCurrentUser(context: DataContext): Promise<DirectoryPerson> {
  if (!context.currentUser) {
    context.currentUser = personFromUser(await context.sp.web.currentUser.select(...USER_SELECT)());
  }
  return context.currentUser;
}

/**
 * Leaves out of a `$select` the columns the site does not have yet.
 *
 * @param context - Data context.
 * @param names - Internal names, possibly with a `/Sub` part.
 * @returns The names the site has.
 */
export function presentFields(context: DataContext, names: readonly string[]): string[] {
  return names.filter((name) => !context.missingFields.has(name.split('/')[0]));
}

/**
 * Leaves out of an add or MERGE the columns the site does not have yet.
 *
 * @param context - Data context.
 * @param values - Values by internal name.
 * @returns The values the site can store.
 */
export function presentValues<T>(context: DataContext, values: Record<string, T>): Record<string, T> {
  const present: Record<string, T> = {};
  for (const [name, value] of Object.entries(values)) {
    if (!context.missingFields.has(name)) {
      present[name] = value;
    }
  }
  return present;
}
