import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { startLocalSite } from './localSite';
import type { LocalSite } from './localSite';

/**
 * Starts a resource before a file's tests and stops it after them, and hands
 * back a stand-in that forwards to it, so each journey file declares what it
 * needs in one line instead of repeating its own beforeAll/afterAll pair.
 */
function forTheseTests<T extends object>(name: string, start: () => Promise<T>, stop: (resource: T) => Promise<void>): T {
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

/** A local site (seeded with the demo unless `seed` is false) for the tests of this file. */
export function useLocalSite(options: { seed?: boolean } = {}): LocalSite {
  return forTheseTests('local site', () => startLocalSite(options), (site) => site.close());
}

/** Debian's Chromium for the tests of this file. */
export function useBrowser(): Browser {
  return forTheseTests('browser', launchBrowser, (browser) => browser.close());
}
