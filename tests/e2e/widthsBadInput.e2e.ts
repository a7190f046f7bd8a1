import type { BrowserContext } from 'playwright-core';
import { forTheseTests } from '../support/forTheseTests';
import { USABLE, startBadInputSite } from './support/badInput';
import { browserForThisFile } from './support/lifecycle';
import { expectFits, screens } from './support/widths';

// Seeding 1,000 mappings of 40 entries (40,000 items) takes most of this file's time:
// a minute or two on two quiet cores, ten on a machine shared by several heavy jobs.
jest.setTimeout(1_200_000);

/** A screen of 1,000 teams may take well over the demo's 30 s to load on a loaded two-core machine. */
const PATIENCE = 120_000;

describe('bad input still fits and stays usable: 200+ character names, texts and owners, 40 areas, 1,000 teams', () => {
  const site = forTheseTests('bad-input site', startBadInputSite, (s) => s.close());
  const browser = browserForThisFile();
  const contexts: BrowserContext[] = [];
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close().catch(() => undefined)));
  });

  // Frameworks is left out: it shows the site's framework versions, not the teams' input.
  for (const width of [320, 1366]) {
    it(`at ${width} px`, async () => {
      for (const screen of screens(1).filter((s) => s.name !== 'frameworks')) {
        await expectFits(browser, site, screen, width, false, contexts, `widths-bad-input-${width}-${screen.name.replace(/\W+/g, '-')}`, {
          timeout: PATIENCE,
          usable: USABLE[screen.name]
        });
      }
    });
  }
});
