import { createTheme } from '@fluentui/react';
import { queryLink } from '../../../src/host/deepLinks';
import type { HostInfo } from '../../../src/host/types';
import { MemoryStorage } from './memoryStorage';

export const SITE_LINK = 'https://trust.sharepoint.example/sites/imaging/SitePages/Mapping.aspx';

/**
 * A host for tests: light theme, en-GB, links into a made-up site, drafts in memory.
 *
 * @param overrides - Anything a test needs different.
 * @returns The host.
 */
export function createTestHost(overrides: Partial<HostInfo> = {}): HostInfo {
  return {
    kind: 'local',
    theme: createTheme({}),
    themeName: 'default',
    locale: 'en-GB',
    personalView: false,
    compact: false,
    // The SharePoint page's own link builder, on a made-up page.
    linkTo: (target) => queryLink(SITE_LINK, target),
    draftStorage: new MemoryStorage(),
    draftScope: 'https://trust.sharepoint.example/sites/imaging',
    ...overrides
  };
}
