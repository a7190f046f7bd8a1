/**
 * @jest-environment <rootDir>/tests/setup/jsdomWithNodeFetch.js
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ISDKs } from '@microsoft/sp-webpart-base';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { CT_TEAM, GENERAL_XRAY_TEAM } from '../../local/seed/demoContent';
import { createLocalSp } from '../../src/data/createServices';
import { siteForThisFile } from '../data/helpers';
import { connectTeams, type SimulatedTeamsClient } from './simulatedTeamsClient';
import { placeWebPart, type PageOptions, type PlacedWebPart } from './spfxPage';

/**
 * The web part on SPFx's real base classes (BaseClientSideWebPart, the real
 * property pane field builders, ThemeProvider and PageContext), initialised by
 * SPFx's MockWebPartContext on a page of the local SharePoint site, with
 * PnPjs's SPFx behaviour talking to that site over HTTP.
 */
const site = siteForThisFile();

/** Waits that include round trips to the local site (longer than Testing Library's 1 s default: CI machines are busy). */
const SERVER_WAIT = { timeout: 15000 };

beforeAll(async () => {
  // The demo data comes from another client, as from another person's browser:
  // its own copy of PnPjs, so its form digest is not in the page's PnPjs cache.
  let seed: typeof import('../../local/seed/seedDemo').seedDemoSite | undefined;
  jest.isolateModules(() => {
    seed = (jest.requireActual('../../local/seed/seedDemo') as typeof import('../../local/seed/seedDemo')).seedDemoSite;
  });
  await seed?.(site.server.siteUrl);
});

/** SharePoint renders a fresh form digest into every page; the local site issues one the same way. */
async function pageDigest(): Promise<string> {
  const reply = await fetch(`${site.server.siteUrl}/_api/contextinfo`, { method: 'POST', headers: { Accept: 'application/json;odata=nometadata' } });
  const body = (await reply.json()) as { FormDigestValue: string };
  return body.FormDigestValue;
}

async function place(options: Omit<PageOptions, 'siteUrl' | 'formDigestValue'> = {}): Promise<PlacedWebPart> {
  const page = placeWebPart({ siteUrl: site.server.siteUrl, formDigestValue: await pageDigest(), ...options });
  placed.push(page);
  onPage.push(page);
  await page.firstRender;
  return page;
}

/** Every page placed in this file (PnPjs's digest cache outlives a page). */
const placed: PlacedWebPart[] = [];
const onPage: PlacedWebPart[] = [];

afterEach(() => {
  for (const page of onPage.splice(0)) {
    if (page.element.childElementCount > 0) {
      page.webPart._internalDispose();
    }
    page.element.remove();
  }
});

interface SentRequest {
  method: string;
  url: string;
  digest: string | undefined;
}

/** Records the requests the page sends from now on (they still go to the server). */
function watchRequests(): SentRequest[] {
  const sent: SentRequest[] = [];
  const send = globalThis.fetch;
  const spy = jest.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
    const headers = new Headers(init?.headers);
    sent.push({ method: (init?.method ?? 'GET').toUpperCase(), url: String(input), digest: headers.get('X-RequestDigest') ?? undefined });
    return send(input, init);
  });
  afterTest.push(() => spy.mockRestore());
  return sent;
}

const afterTest: (() => void)[] = [];
afterEach(() => afterTest.splice(0).forEach((undo) => undo()));

/**
 * What SPFx puts in `context.sdks.microsoftTeams` on a Teams tab: its initialised teams-js instance
 * (here the real @microsoft/teams-js, initialised against a simulated Teams client) and the
 * deprecated `context` snapshot.
 */
async function teamsSdk(theme: string): Promise<{ sdks: ISDKs; client: SimulatedTeamsClient }> {
  const client = await connectTeams({
    locale: 'cy-GB',
    theme,
    teamId: '19:ct@thread.tacv2',
    teamName: CT_TEAM,
    channelId: '19:channel@thread.tacv2',
    channelName: 'AP roles',
    teamSiteUrl: site.server.siteUrl,
    entityId: 'imaging-duty-mapping-tab'
  });
  const context = await client.teamsJs.app.getContext();
  // SPFx types teamsJs with its own alias of the same teams-js release (@microsoft/teams-js-v2).
  const microsoftTeams = { teamsJs: client.teamsJs, context } as unknown as NonNullable<ISDKs['microsoftTeams']>;
  return { sdks: { microsoftTeams }, client };
}

describe('Imaging duty mapping web part on SPFx', () => {
  it('initialises on a SharePoint page and lists the site’s mappings, read by PnPjs over HTTP', async () => {
    const { element } = await place();
    expect(await screen.findByRole('heading', { name: strings.ChooserMappingsHeading }, SERVER_WAIT)).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: strings.ChooserMappingsListLabel }, SERVER_WAIT);
    expect(within(list).getByRole('article', { name: GENERAL_XRAY_TEAM })).toBeInTheDocument();
    expect(within(list).getByRole('article', { name: CT_TEAM })).toBeInTheDocument();
    expect(element.querySelector('[lang]')).toHaveAttribute('lang', 'en-GB');
  });

  it('offers its settings in the property pane with the labels from its loc module', async () => {
    const { webPart } = await place({ properties: { defaultTeam: 'MRI North' } });
    const pane = await webPart._getPropertyPaneData(false);
    const fields = pane.configuration.pages[0].groups.flatMap((group) => ('groupFields' in group ? group.groupFields : []));
    expect(fields.map((field) => [field.targetProperty, (field.properties as { label?: string }).label])).toEqual([
      ['defaultTeam', strings.ShellDefaultTeamFieldLabel],
      ['defaultMappingId', strings.ShellDefaultMappingIdFieldLabel],
      ['compact', strings.ShellCompactFieldLabel]
    ]);
    expect(pane.properties.defaultTeam).toBe('MRI North');
    // Let the page finish reading the site before the test disposes of it, so no request outlives its context.
    await screen.findByRole('list', { name: strings.ChooserMappingsListLabel }, SERVER_WAIT);
  });

  it('applies a default team changed in the property pane to the next new mapping', async () => {
    const { webPart } = await place();
    expect(webPart._onPropertyPaneFieldChanged('defaultTeam', 'Vascular ultrasound')).toBe(true);
    expect(webPart.properties.defaultTeam).toBe('Vascular ultrasound');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: strings.ChooserStartNewMapping }, SERVER_WAIT));
    const dialog = await screen.findByRole('dialog', { name: strings.ChooserStartNewMapping });
    expect(within(dialog).getByRole('textbox', { name: strings.CommonTeamLabel })).toHaveValue('Vascular ultrasound');
  });

  it('saves a new mapping to the site with the form digest the page carries', async () => {
    const page = await place({ properties: { defaultTeam: 'Breast screening' } });
    const sent = watchRequests();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: strings.ChooserStartNewMapping }, SERVER_WAIT));
    const dialog = await screen.findByRole('dialog', { name: strings.ChooserStartNewMapping });
    await user.click(within(dialog).getByRole('button', { name: strings.ChooserCreateMappingButton }));
    expect(await screen.findByRole('heading', { name: strings.MappingHeading.replace('{0}', 'Breast screening') }, SERVER_WAIT)).toBeInTheDocument();
    const stored = await createLocalSp(site.server.siteUrl).web.lists.getByTitle('Duty Mappings').items.select('Title').filter("Title eq 'Breast screening'")();
    expect(stored).toHaveLength(1);
    // PnPjs's SPFx behaviour takes the digest from legacyPageContext instead of asking the site.
    const writes = sent.filter((request) => request.method === 'POST');
    expect(writes.length).toBeGreaterThan(0);
    // PnPjs caches a web's digest for the whole browser session, so an earlier page's may be reused.
    const pageDigests = placed.map((other) => other.pageContext.legacyPageContext.formDigestValue);
    expect(pageDigests).toContain(page.pageContext.legacyPageContext.formDigestValue);
    expect(writes.every((request) => pageDigests.includes(request.digest))).toBe(true);
    expect(sent.some((request) => /\/_api\/contextinfo/i.test(request.url))).toBe(false);
  });

  it('runs as a Teams tab through teams-js: the Teams locale, the team’s name for new mappings, and a live theme switch', async () => {
    const teams = await teamsSdk('dark');
    const { element } = await place({ sdks: teams.sdks });
    expect(teams.client.calls).toEqual(expect.arrayContaining(['initialize', 'getContext']));
    const root = element.querySelector('[lang]');
    expect(root).toHaveAttribute('lang', 'cy-GB');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: strings.ChooserStartNewMapping }, SERVER_WAIT));
    const dialog = await screen.findByRole('dialog', { name: strings.ChooserStartNewMapping });
    expect(within(dialog).getByRole('textbox', { name: strings.CommonTeamLabel })).toHaveValue(CT_TEAM);
    await user.click(within(dialog).getByRole('button', { name: strings.CommonCancel }));

    const darkBackground = getComputedStyle(element.querySelector('[lang]') as Element).backgroundColor;
    teams.client.switchTheme('default');
    await waitFor(() => expect(getComputedStyle(element.querySelector('[lang]') as Element).backgroundColor).not.toBe(darkBackground));
  });

  it('unmounts the app when SharePoint disposes of the web part', async () => {
    const { webPart, element } = await place();
    await screen.findByRole('heading', { name: strings.ChooserMappingsHeading }, SERVER_WAIT);
    webPart._internalDispose();
    expect(element.childElementCount).toBe(0);
  });
});
