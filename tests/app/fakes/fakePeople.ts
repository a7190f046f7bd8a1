import type { DirectoryPerson } from '../../../src/model';
import type { PeopleService } from '../../../src/services/types';

/** What the fake people search reads from the fake "server". */
export interface FakePeopleSource {
  me: DirectoryPerson;
  directory: DirectoryPerson[];
  call<T>(method: 'search' | 'unresolved', run: () => T): Promise<T>;
}

/** In-memory people search: site users whose name or email contains the text, case aside. */
export function fakePeople(source: FakePeopleSource): PeopleService {
  return {
    currentUser: async (): Promise<DirectoryPerson> => source.me,
    search: async (text: string): Promise<DirectoryPerson[]> =>
      source.call('search', () => source.directory.filter((p) => `${p.displayName} ${p.email ?? ''}`.toLowerCase().includes(text.toLowerCase()))),
    unresolved: async (logins: readonly string[]): Promise<string[]> =>
      source.call('unresolved', () => [...new Set(logins.filter((l) => l.trim() !== ''))].filter((l) => !source.directory.some((p) => p.login.toLowerCase() === l.toLowerCase())))
  };
}
