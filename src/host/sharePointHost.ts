import { createTheme, type IPartialTheme } from '@fluentui/react';
import { parseQueryTarget, queryLink } from './deepLinks';
import type { HostSettings, SharePointThemeLike, SpfxContextLike } from './context.types';
import type { HostInfo } from './types';

/**
 * Host for a SharePoint page: the site's theme, the page's culture, targets from
 * the page's query string (or the property pane's default mapping).
 */
export function createSharePointHost(
  context: SpfxContextLike,
  settings: HostSettings,
  location: Pick<Location, 'href' | 'search'>,
  storage: Storage,
  siteTheme?: SharePointThemeLike
): HostInfo {
  const themeName = siteTheme?.isInverted ? 'dark' : 'default';
  const partial = siteTheme ? ({ isInverted: siteTheme.isInverted, palette: siteTheme.palette, semanticColors: siteTheme.semanticColors } as IPartialTheme) : {};
  const fromQuery = parseQueryTarget(location.search);
  return {
    kind: 'sharePoint',
    theme: createTheme(partial),
    themeName,
    locale: context.pageContext.cultureInfo.currentUICultureName || 'en-GB',
    defaultTeam: settings.defaultTeam || undefined,
    initialTarget: fromQuery ?? (settings.defaultMappingId ? { mappingId: settings.defaultMappingId } : undefined),
    personalView: false,
    compact: Boolean(settings.compact),
    linkTo: (target) => queryLink(location.href, target),
    draftStorage: storage,
    draftScope: context.pageContext.web.absoluteUrl
  };
}
