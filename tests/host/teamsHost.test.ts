import type { app } from '@microsoft/teams-js';
import { createTeamsHost, PERSONAL_TAB_ENTITY_ID, TEAMS_APP_ID } from '../../src/host/teamsHost';
import type { TeamsJsLike } from '../../src/host/context.types';
import type { HostInfo } from '../../src/host/types';

/** A stand-in for the teams-js instance SPFx provides: its context and a theme switch we can trigger. */
function fakeTeams(context: Partial<app.Context> & { page: app.Context['page'] }): { teamsJs: TeamsJsLike; switchTheme(theme: string): void } {
  let handler: ((theme: string) => void) | undefined;
  const full = { app: { locale: 'en-GB', theme: 'default', sessionId: 's', host: { name: 'Teams', clientType: 'web', sessionId: 'h' } }, ...context } as app.Context;
  return {
    teamsJs: {
      app: {
        getContext: () => Promise.resolve(full),
        registerOnThemeChangeHandler: (h) => {
          handler = h;
        }
      }
    },
    switchTheme: (theme) => handler?.(theme)
  };
}

const SITE_URL = 'https://nhs.sharepoint.com/sites/ct-team';

const channelTab = {
  page: { id: 'tab-123', frameContext: 'content' },
  team: { internalId: '19:team', displayName: 'Royal Infirmary – CT' },
  channel: { id: '19:channel@thread.tacv2', displayName: 'AP roles' }
} as unknown as Partial<app.Context> & { page: app.Context['page'] };

describe('Teams host', () => {
  it('offers the team name as the default team of a new mapping and follows the Teams locale', async () => {
    const { teamsJs } = fakeTeams({ ...channelTab, app: { locale: 'cy-GB', theme: 'default' } as app.Context['app'] });
    const { host } = await createTeamsHost(teamsJs, SITE_URL, () => ({}), window.localStorage);
    expect(host.kind).toBe('teams');
    expect(host.defaultTeam).toBe('Royal Infirmary – CT');
    expect(host.locale).toBe('cy-GB');
    expect(host.personalView).toBe(false);
  });

  it('prefers the tab configuration (property pane) over the team name', async () => {
    const { teamsJs } = fakeTeams(channelTab);
    const { host } = await createTeamsHost(teamsJs, SITE_URL, () => ({ defaultTeam: 'CT – Band 4 APs', defaultMappingId: 7 }), window.localStorage);
    expect(host.defaultTeam).toBe('CT – Band 4 APs');
    expect(host.initialTarget).toEqual({ mappingId: 7 });
  });

  it('opens the place a deep link points at through subPageId (subEntityId)', async () => {
    const { teamsJs } = fakeTeams({ ...channelTab, page: { ...channelTab.page, subPageId: 'mapping:12/area:manage-data' } });
    const { host } = await createTeamsHost(teamsJs, SITE_URL, () => ({ defaultMappingId: 3 }), window.localStorage);
    expect(host.initialTarget).toEqual({ mappingId: 12, areaId: 'manage-data' });
  });

  it('opens a duty a deep link points at, and ignores a duty id that is not one', async () => {
    const { teamsJs } = fakeTeams({ ...channelTab, page: { ...channelTab.page, subPageId: 'mapping:12/area:communicate/duty:communicate-2' } });
    const { host } = await createTeamsHost(teamsJs, SITE_URL, () => ({}), window.localStorage);
    expect(host.initialTarget).toEqual({ mappingId: 12, areaId: 'communicate', dutyId: 'communicate-2' });
    expect(JSON.parse(new URL(host.linkTo({ mappingId: 12, areaId: 'communicate', dutyId: 'communicate-2' })).searchParams.get('context') ?? '{}').subEntityId).toBe(
      'mapping:12/area:communicate/duty:communicate-2'
    );
    const { teamsJs: odd } = fakeTeams({ ...channelTab, page: { ...channelTab.page, subPageId: 'mapping:12/area:communicate/duty:<b>' } });
    expect((await createTeamsHost(odd, SITE_URL, () => ({ defaultMappingId: 3 }), window.localStorage)).host.initialTarget).toEqual({ mappingId: 3 });
  });

  it('builds Teams deep links that carry the mapping and area back to this tab', async () => {
    const { teamsJs } = fakeTeams(channelTab);
    const { host } = await createTeamsHost(teamsJs, SITE_URL, () => ({}), window.localStorage);
    const link = new URL(host.linkTo({ mappingId: 12, areaId: 'communicate' }));
    expect(link.origin).toBe('https://teams.microsoft.com');
    expect(link.pathname).toBe(`/l/entity/${TEAMS_APP_ID}/tab-123`);
    expect(JSON.parse(link.searchParams.get('context') ?? '{}')).toEqual({
      subEntityId: 'mapping:12/area:communicate',
      channelId: '19:channel@thread.tacv2'
    });
  });

  it('shows "my mappings" in the personal app', async () => {
    const { teamsJs } = fakeTeams({ page: { id: PERSONAL_TAB_ENTITY_ID, frameContext: 'content' } as app.Context['page'] });
    const { host } = await createTeamsHost(teamsJs, SITE_URL, () => ({}), window.localStorage);
    expect(host.personalView).toBe(true);
  });

  it.each([
    ['default', false, '#6264a7'],
    ['dark', true, '#9ea2ff'],
    ['contrast', true, '#ffff01']
  ])('maps the Teams %s theme to a Fluent theme for the whole app', async (teamsTheme, inverted, primary) => {
    const { teamsJs } = fakeTeams({ ...channelTab, app: { locale: 'en-GB', theme: teamsTheme } as app.Context['app'] });
    const { host } = await createTeamsHost(teamsJs, SITE_URL, () => ({}), window.localStorage);
    expect(host.themeName).toBe(teamsTheme);
    expect(host.theme.isInverted).toBe(inverted);
    expect(host.theme.palette.themePrimary).toBe(primary);
    expect(host.theme.semanticColors.bodyBackground).not.toBe(undefined);
  });

  it('follows a theme switch live', async () => {
    const { teamsJs, switchTheme } = fakeTeams(channelTab);
    const seen: HostInfo[] = [];
    const { host } = await createTeamsHost(teamsJs, SITE_URL, () => ({}), window.localStorage, (next) => seen.push(next));
    expect(host.themeName).toBe('default');
    switchTheme('contrast');
    switchTheme('dark');
    expect(seen.map((next) => next.themeName)).toEqual(['contrast', 'dark']);
    expect(seen[1].theme.semanticColors.bodyBackground).toBe(seen[1].theme.palette.white);
  });
});

describe('Teams tab settings', () => {
  it('survive a theme switch, and a refresh applies them with the theme Teams last reported', async () => {
    const { teamsJs, switchTheme } = fakeTeams(channelTab);
    let settings = { defaultTeam: 'CT – Band 4 APs', compact: false };
    const seen: HostInfo[] = [];
    const teams = await createTeamsHost(teamsJs, SITE_URL, () => settings, window.localStorage, (next) => seen.push(next));
    expect(teams.host.defaultTeam).toBe('CT – Band 4 APs');

    settings = { defaultTeam: '', compact: true };
    switchTheme('dark');
    expect(seen[0]).toMatchObject({ themeName: 'dark', defaultTeam: 'Royal Infirmary – CT', compact: true });

    settings = { defaultTeam: 'MRI', compact: false };
    expect(teams.refresh()).toMatchObject({ themeName: 'dark', defaultTeam: 'MRI', compact: false });
  });
});
