import type { DirectoryPerson } from '../../../src/model';
import type { PeopleService } from '../../../src/services/types';

/** What the fake people search reads from the fake "server". */
export interface FakePeopleSource {
  me: DirectoryPerson;
  directory: DirectoryPerson[];
  call<T>(method: 'search', run: () => T): Promise<T>;
}

/** In-memory people search: site users whose name or email contains the text, case aside. */
export function fakePeople(source: FakePeopleSource): PeopleService {
  return {
    currentUser: async (): Promise<DirectoryPerson> => source.me,
    search: async (text: string): Promise<DirectoryPerson[]> =>
      source.call('search', () => source.directory.filter((p) => `${p.displayName} ${p.email ?? ''}`.toLowerCase().includes(text.toLowerCase())))
  };
}
