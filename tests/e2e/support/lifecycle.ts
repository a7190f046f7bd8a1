import type { Browser } from 'playwright-core';
import { forTheseTests } from '../../support/forTheseTests';
import { launchBrowser } from './browser';
import { startLocalSite } from './localSite';
import type { LocalSite } from './localSite';

/** A local site (seeded with the demo unless `seed` is false; `department` adds npm start's wider department) for the tests of this file. */
export function localSiteForThisFile(options: { seed?: boolean; department?: boolean; sites?: boolean } = {}): LocalSite {
  return forTheseTests('local site', () => startLocalSite(options), (site) => site.close());
}

/** Debian's Chromium for the tests of this file. */
export function browserForThisFile(): Browser {
  return forTheseTests('browser', launchBrowser, (browser) => browser.close());
}
