import { parseSubEntityId, teamsEntityLink } from './deepLinks';
import { themeFor, toHostThemeName } from './themes';
import type { HostSettings, TeamsJsLike } from './context.types';
import type { HostInfo, HostListener } from './types';

/** The Teams app id: the custom manifest and "Sync to Teams" both use the web part's id. */
export const TEAMS_APP_ID = '8e03de00-afa2-4c97-b0ae-eaebf6d78dc2';
/** The personal app's static tab (teams/manifest.json). */
export const PERSONAL_TAB_ENTITY_ID = 'idm-my-mappings';

/** A Teams host and a way to rebuild it when the tab's settings change. */
export interface TeamsHost {
  host: HostInfo;
  /** The host again, with the settings as they are now and the theme Teams last reported. */
  refresh(): HostInfo;
}

/**
 * Host for a Teams channel tab, chat tab or the personal app, read from the
 * teams-js instance SPFx provides. The Teams theme is followed live: `onChange`
 * receives a new HostInfo whenever the user switches theme. Settings are read
 * each time the host is built, so a theme switch never undoes a change made in
 * the tab's settings.
 */
export async function createTeamsHost(
  teamsJs: TeamsJsLike,
  siteUrl: string,
  settings: () => HostSettings,
  storage: Storage,
  onChange?: HostListener
): Promise<TeamsHost> {
  const context = await teamsJs.app.getContext();
  const entityId = context.page.id;
  const channelId = context.channel?.id;
  const personalView = entityId === PERSONAL_TAB_ENTITY_ID || (!context.team && !context.chat && !context.channel);
  const fromSubEntity = parseSubEntityId(context.page.subPageId);

  let theme = context.app.theme;
  const build = (): HostInfo => {
    const themeName = toHostThemeName(theme);
    const { defaultTeam, defaultMappingId, compact } = settings();
    return {
      kind: 'teams',
      theme: themeFor(themeName),
      themeName,
      locale: context.app.locale || 'en-GB',
      defaultTeam: defaultTeam || context.team?.displayName || undefined,
      initialTarget: fromSubEntity ?? (defaultMappingId ? { mappingId: defaultMappingId } : undefined),
      personalView,
      compact: Boolean(compact),
      linkTo: (target) => teamsEntityLink(TEAMS_APP_ID, entityId, target, channelId),
      draftStorage: storage,
      draftScope: siteUrl
    };
  };

  if (onChange) {
    teamsJs.app.registerOnThemeChangeHandler((next) => {
      theme = next;
      onChange(build());
    });
  }
  return { host: build(), refresh: build };
}
