import type { AccessLevel, PermissionService } from '../../../src/services/types';

/** What the fake permissions read from the fake "server". */
export interface FakePermissionsSource {
  access: AccessLevel;
  call<T>(method: 'getAccess', run: () => T): Promise<T>;
}

/** The current person's access, as the test sets it. */
export function fakePermissions(source: FakePermissionsSource): PermissionService {
  return { getAccess: async (): Promise<AccessLevel> => source.call('getAccess', () => source.access) };
}
