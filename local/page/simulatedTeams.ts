import type { app } from '@microsoft/teams-js';
import type { TeamsJsLike } from '../../src/host/context.types';
import { PERSONAL_TAB_ENTITY_ID } from '../../src/host/teamsHost';

/**
 * A stand-in for the teams-js instance SPFx hands a Teams tab, driven by the
 * query string (`?host=teams&theme=dark&team=CT&subEntityId=mapping:1`), so
 * the real Teams host adapter runs in a plain browser. `window.idmSetTeamsTheme('contrast')`
 * plays a theme switch as Teams would send it.
 */
export function createSimulatedTeams(search: string): TeamsJsLike {
  const params = new URLSearchParams(search);
  const personal = params.get('view') === 'personal';
  const handlers: ((theme: string) => void)[] = [];
  (window as unknown as { idmSetTeamsTheme: (theme: string) => void }).idmSetTeamsTheme = (theme) => handlers.forEach((handler) => handler(theme));

  const context = {
    app: {
      locale: params.get('locale') ?? 'en-GB',
      theme: params.get('theme') ?? 'default',
      sessionId: 'local',
      host: { name: 'Teams', clientType: 'web', sessionId: 'local' }
    },
    page: {
      id: personal ? PERSONAL_TAB_ENTITY_ID : 'local-channel-tab',
      frameContext: 'content',
      subPageId: params.get('subEntityId') ?? undefined
    },
    team: personal ? undefined : { internalId: '19:local', displayName: params.get('team') ?? 'Royal Infirmary — General X-ray' },
    channel: personal ? undefined : { id: '19:local-channel@thread.tacv2', displayName: 'AP roles' }
  } as unknown as app.Context;

  return {
    app: {
      getContext: () => Promise.resolve(context),
      registerOnThemeChangeHandler: (handler) => {
        handlers.push(handler);
      }
    }
  };
}
