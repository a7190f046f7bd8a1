import { parseQueryTarget, queryLink } from '../../src/host/deepLinks';
import { themeFor, toHostThemeName } from '../../src/host/themes';
import type { HostInfo } from '../../src/host/types';

/**
 * The local page's host: a plain browser tab. `?theme=dark|contrast` picks a
 * theme so every theme can be seen and tested without Teams.
 */
export function createLocalHost(location: Location, siteUrl: string): HostInfo {
  const params = new URLSearchParams(location.search);
  const themeName = toHostThemeName(params.get('theme') ?? undefined);
  return {
    kind: 'local',
    theme: themeFor(themeName),
    themeName,
    locale: 'en-GB',
    defaultTeam: params.get('team') ?? undefined,
    initialTarget: parseQueryTarget(location.search),
    personalView: params.get('view') === 'personal',
    compact: params.get('density') === 'compact',
    linkTo: (target) => queryLink(location.href, target),
    draftStorage: window.localStorage,
    draftScope: siteUrl
  };
}
