/**
 * The narrow slices of SPFx's web part context and of teams-js that the host
 * adapters read. Typed structurally (as PnPjs does for SPFx) so that tests and
 * the local page can provide them without SPFx, and so no second copy of
 * teams-js is bundled: SPFx hands us its own instance.
 */
import type { app } from '@microsoft/teams-js';

/** The part of `context.sdks.microsoftTeams.teamsJs` we use. */
export interface TeamsJsLike {
  app: {
    getContext(): Promise<app.Context>;
    registerOnThemeChangeHandler(handler: (theme: string) => void): void;
  };
}

/** The part of the SPFx web part context we use. */
export interface SpfxContextLike {
  pageContext: {
    web: { absoluteUrl: string };
    cultureInfo: { currentUICultureName: string };
  };
  sdks: {
    microsoftTeams?: { teamsJs: TeamsJsLike };
  };
}

/** A SharePoint theme (IReadonlyTheme from SPFx's ThemeProvider), as far as we read it. */
export interface SharePointThemeLike {
  isInverted?: boolean;
  palette?: Record<string, string | undefined>;
  semanticColors?: Record<string, string | undefined>;
}

/** Web part properties that shape the host: set in the property pane or the Teams tab configuration. */
export interface HostSettings {
  defaultTeam?: string;
  defaultMappingId?: number;
  compact?: boolean;
}
