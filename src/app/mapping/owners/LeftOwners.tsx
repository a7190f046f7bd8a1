import * as React from 'react';
import type { MappingEntry } from '../../../model';
import { useServices } from '../../shell/services/ServicesContext';

/**
 * Claims logins (lower case) of owner people the mapping's site no longer finds: people who have
 * left. Empty where nothing was checked (e.g. tests of the grid alone).
 */
export const LeftOwnersContext = React.createContext<ReadonlySet<string>>(new Set());

/**
 * Whether an owner person has left, as the mapping's check found.
 *
 * @param login - The person's claims login.
 * @returns True when the site no longer finds them.
 */
export function useOwnerLeft(login: string | undefined): boolean {
  const left = React.useContext(LeftOwnersContext);
  return login !== undefined && left.has(login.toLowerCase());
}

/**
 * Checks once, when the mapping opens, which of its action owners who are people the site no
 * longer finds (one request, none when no owner is a person). A failed check marks nobody: the
 * note is a courtesy, and nothing stored changes either way.
 *
 * @param entries - The entries as opened.
 * @returns The logins (lower case) of owners who have left.
 */
export function useLeftOwners(entries: readonly MappingEntry[]): ReadonlySet<string> {
  const { people } = useServices();
  const [left, setLeft] = React.useState<ReadonlySet<string>>(() => new Set());
  const logins = React.useMemo(
    () => [...new Set(entries.map((e) => e.action?.ownerPerson?.login ?? '').filter((l) => l !== ''))].sort().join('\n'),
    [entries]
  );
  React.useEffect(() => {
    if (logins === '') {
      return undefined;
    }
    let live = true;
    people.unresolved(logins.split('\n')).then(
      (found) => live && setLeft(new Set(found.map((l) => l.toLowerCase()))),
      () => undefined
    );
    return () => {
      live = false;
    };
  }, [people, logins]);
  return left;
}
