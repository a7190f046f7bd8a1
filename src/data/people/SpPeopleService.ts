import type { DirectoryPerson } from '../../model';
import type { PeopleService } from '../../services/types';
import { withAppErrors } from '../toolkit/errors';
import { odataString } from '../toolkit/odata';
import { ensureCurrentUser, personFromUser } from '../toolkit/context';
import type { DataContext } from '../toolkit/context';

/** Site users only (not groups): SharePoint's PrincipalType.User. */
const USER_PRINCIPAL = 1;
const MAX_RESULTS = 20;

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
}
