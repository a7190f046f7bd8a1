/**
 * Starts a resource before a test file's tests and stops it after them, and
 * hands back a stand-in that forwards to it, so a test file declares what it
 * needs in one line instead of repeating its own beforeAll/afterAll pair.
 *
 * @param name - What the resource is, for the error when it is used too early.
 * @param start - Starts it (in beforeAll).
 * @param stop - Stops it (in afterAll).
 * @returns A stand-in usable inside tests and hooks.
 */
export function forTheseTests<T extends object>(name: string, start: () => Promise<T>, stop: (resource: T) => Promise<void>): T {
  let resource: T | undefined;
  beforeAll(async () => {
    resource = await start();
  });
  afterAll(async () => {
    if (resource) {
      await stop(resource);
    }
  });
  return new Proxy({} as T, {
    get(_target, property) {
      if (!resource) {
        throw new Error(`The ${name} is not started yet: use it inside a test or a hook.`);
      }
      const value: unknown = Reflect.get(resource, property, resource);
      return typeof value === 'function' ? value.bind(resource) : value;
    }
  });
}
