import type { DirectoryPerson } from '../../model';
import type { PeopleService } from '../../services/types';
import type { IWeb } from '@pnp/sp/webs';
import { inBatch } from '../toolkit/batch';
import { withAppErrors } from '../toolkit/errors';
import { odataString } from '../toolkit/odata';
import { ensureCurrentUser, personFromUser } from '../toolkit/context';
import type { DataContext } from '../toolkit/context';

/** Site users only (not groups): SharePoint's PrincipalType.User. */
const USER_PRINCIPAL = 1;
const MAX_RESULTS = 20;
/** Logins per $filter: each clause is ~70 characters, so a read stays far below SharePoint's URL limit. */
const LOGINS_PER_READ = 15;

/** People from the site's user list. */
export class SpPeopleService implements PeopleService {
  private readonly context: DataContext;

  public constructor(context: DataContext) {
    this.context = context;
  }

  /**
   * The signed-in person (asked once per session).
   *
   * @returns The person.
   */
  public async currentUser(): Promise<DirectoryPerson> {
    return withAppErrors(() => ensureCurrentUser(this.context), 'currentUser');
  }

  /**
   * Site users whose name or email contains the text (case as SharePoint compares it).
   *
   * @param text - What the person typed; quotes are escaped, blank finds nobody.
   * @returns Up to 20 people, by name.
   */
  public async search(text: string): Promise<DirectoryPerson[]> {
    const term = text.trim();
    if (term === '') {
      return [];
    }
    return withAppErrors(async () => {
      const literal = odataString(term);
      const users = await this.context.sp.web.siteUsers
        .select('Id', 'LoginName', 'Title', 'Email')
        .filter(`PrincipalType eq ${USER_PRINCIPAL} and (substringof(${literal},Title) or substringof(${literal},Email))`)
        .top(MAX_RESULTS)();
      return users.map(personFromUser).sort((a, b) => a.displayName.localeCompare(b.displayName, 'en-GB'));
    }, 'search');
  }

  /**
   * Logins this site's user list no longer has (someone removed from the site, or from the
   * organisation once an administrator removes them from the site). One read per 15 logins, all
   * in one $batch; blank and repeated logins are asked once.
   *
   * @param logins - Claims logins ("i:0#.f|membership|…").
   * @returns The logins not found, as given.
   */
  public async unresolved(logins: readonly string[]): Promise<string[]> {
    const wanted = [...new Map(logins.filter((l) => l.trim() !== '').map((l) => [l.toLowerCase(), l])).values()];
    if (wanted.length === 0) {
      return [];
    }
    return withAppErrors(async () => {
      const chunks: string[][] = [];
      for (let i = 0; i < wanted.length; i += LOGINS_PER_READ) {
        chunks.push(wanted.slice(i, i + LOGINS_PER_READ));
      }
      const read = (web: IWeb, chunk: string[]): Promise<{ LoginName?: unknown }[]> =>
        web.siteUsers.select('LoginName').filter(chunk.map((login) => `LoginName eq ${odataString(login)}`).join(' or ')).top(LOGINS_PER_READ)();
      const users = chunks.length === 1 ? await read(this.context.sp.web, chunks[0]) : (await inBatch(this.context.sp, (web) => Promise.all(chunks.map((chunk) => read(web, chunk))))).flat();
      const found = new Set(users.map((u) => String(u.LoginName ?? '').toLowerCase()));
      return wanted.filter((login) => !found.has(login.toLowerCase()));
    }, 'unresolved');
  }
}
