import { screen, waitFor } from '@testing-library/react';
import ImagingDutyMappingWebPart from '../../src/webparts/imagingDutyMapping/ImagingDutyMappingWebPart';
import { nextContext } from '../setup/mocks/spWebpartBase';
import { ThemeProvider } from '../setup/mocks/spComponentBase';

/**
 * The web part is glue: these tests check that it picks the right host and
 * mounts and unmounts the app. SPFx's base classes are stand-ins (they cannot
 * load in jest); there is no SharePoint here, so every request fails as if
 * offline, which the app must report in plain words.
 */
const pageContext = {
  web: { absoluteUrl: 'https://nhs.sharepoint.com/sites/imaging' },
  cultureInfo: { currentUICultureName: 'en-GB' },
  legacyPageContext: { formDigestValue: '0x1', formDigestTimeoutSeconds: 1800 }
};

beforeEach(() => {
  global.fetch = jest.fn(() => Promise.reject(new TypeError('Failed to fetch'))) as unknown as typeof fetch;
});

interface Mounted {
  webPart: ImagingDutyMappingWebPart;
  /** The element SharePoint gave the web part. */
  element: HTMLElement;
}

async function mount(context: object): Promise<Mounted> {
  const element = document.body.appendChild(document.createElement('div'));
  nextContext(context, element);
  const webPart = new ImagingDutyMappingWebPart();
  // SharePoint calls the protected onInit before the first render.
  await (webPart as unknown as { onInit(): Promise<void> }).onInit();
  webPart.render();
  return { webPart, element };
}

function teamsJs(theme: string): { teamsJs: object; switchTheme(theme: string): void } {
  let handler: (theme: string) => void = () => undefined;
  return {
    teamsJs: {
      app: {
        getContext: () =>
          Promise.resolve({
            app: { locale: 'cy-GB', theme, sessionId: 's', host: { name: 'Teams', clientType: 'web', sessionId: 'h' } },
            page: { id: 'tab', frameContext: 'content' },
            team: { internalId: '19:t', displayName: 'CT team' },
            channel: { id: '19:c' }
          }),
        registerOnThemeChangeHandler: (next: (theme: string) => void) => {
          handler = next;
        }
      }
    },
    switchTheme: (next) => handler(next)
  };
}

describe('Imaging duty mapping web part', () => {
  it('runs as a Teams tab with the Teams locale and follows a theme switch', async () => {
    const teams = teamsJs('dark');
    const { webPart, element } = await mount({ pageContext, sdks: { microsoftTeams: { teamsJs: teams.teamsJs } }, serviceScope: { consume: () => new ThemeProvider() } });
    const root = element.querySelector('[lang]');
    expect(root).toHaveAttribute('lang', 'cy-GB');
    const darkBackground = getComputedStyle(root as Element).backgroundColor;
    teams.switchTheme('default');
    await waitFor(() => expect(getComputedStyle(element.querySelector('[lang]') as Element).backgroundColor).not.toBe(darkBackground));
    webPart.dispose();
  });

  it('runs on a SharePoint page in the page culture and says plainly when SharePoint cannot be reached', async () => {
    const { webPart, element } = await mount({ pageContext, sdks: {}, serviceScope: { consume: () => new ThemeProvider() } });
    expect(element.querySelector('[lang]')).toHaveAttribute('lang', 'en-GB');
    expect(await screen.findByRole('alert')).toHaveTextContent(/connection|offline|reach/i);
    webPart.dispose();
  });

  it('unmounts the app when SharePoint disposes of the web part', async () => {
    const { webPart, element } = await mount({ pageContext, sdks: {}, serviceScope: { consume: () => new ThemeProvider() } });
    expect(element.childElementCount).toBeGreaterThan(0);
    webPart.dispose();
    expect(element.childElementCount).toBe(0);
  });
});
