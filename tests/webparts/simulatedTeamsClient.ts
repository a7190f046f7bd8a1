/**
 * A Teams client on the other side of the real teams-js. SPFx hands a tab the
 * teams-js instance it initialised against Teams; here the real
 * @microsoft/teams-js is initialised against this simulated client, which
 * answers teams-js's own wire protocol in its "frameless" form (the one Teams'
 * mobile clients use: `window.nativeInterface.framelessPostMessage(json)` out,
 * `window.onNativeMessage({ data })` back), because jsdom has no parent frame.
 * It answers `initialize` and `getContext` (with a Teams context in the host's
 * legacy shape, which teams-js turns into `app.Context`) and can push a
 * `themeChange` as Teams does.
 */
import * as teamsJs from '@microsoft/teams-js';

interface HostRequest {
  id: number;
  uuidAsString?: string;
  func: string;
  args: unknown[];
}

interface FramelessWindow {
  nativeInterface?: { framelessPostMessage(json: string): void };
  onNativeMessage?(event: { data: unknown }): void;
}

/** What Teams tells a channel tab about where it is (the host's side of getContext). */
export interface TeamsTabContext {
  locale: string;
  theme: string;
  teamId: string;
  teamName: string;
  channelId: string;
  channelName: string;
  teamSiteUrl: string;
  entityId: string;
}

export interface SimulatedTeamsClient {
  /** The initialised teams-js module, as SPFx passes it in `sdks.microsoftTeams.teamsJs`. */
  teamsJs: typeof teamsJs;
  /** Every call teams-js made to the client, by function name. */
  calls: string[];
  /** Sends a theme change to the tab, as Teams does when the user switches theme. */
  switchTheme(theme: string): void;
}

/**
 * Starts the simulated client and initialises teams-js against it.
 *
 * @param tab - The context Teams gives the tab.
 * @returns The initialised teams-js and the client's controls.
 */
export async function connectTeams(tab: TeamsTabContext): Promise<SimulatedTeamsClient> {
  const frameless = window as unknown as FramelessWindow;
  const calls: string[] = [];
  const send = (data: unknown): void => {
    // Teams answers asynchronously.
    setTimeout(() => frameless.onNativeMessage?.({ data }), 0);
  };
  frameless.nativeInterface = {
    framelessPostMessage: (json) => {
      const request = JSON.parse(json) as HostRequest;
      calls.push(request.func);
      const reply = (args: unknown[]): void => send({ id: request.id, uuidAsString: request.uuidAsString, args });
      if (request.func === 'initialize') {
        const runtime = { apiVersion: 4, supports: { pages: { appButton: {}, tabs: {}, config: {}, backStack: {} }, teamsCore: {}, appEntity: {} } };
        reply(['content', 'web', JSON.stringify(runtime), request.args[0]]);
      } else if (request.func === 'getContext') {
        reply([
          {
            locale: tab.locale,
            theme: tab.theme,
            entityId: tab.entityId,
            teamId: tab.teamId,
            teamName: tab.teamName,
            channelId: tab.channelId,
            channelName: tab.channelName,
            teamSiteUrl: tab.teamSiteUrl,
            hostClientType: 'web',
            frameContext: 'content',
            appSessionId: 'local-session',
            hostName: 'Teams'
          }
        ]);
      }
    }
  };
  await teamsJs.app.initialize();
  return {
    teamsJs,
    calls,
    switchTheme: (theme) => send({ func: 'themeChange', args: [theme] })
  };
}
