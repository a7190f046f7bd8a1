/**
 * The Teams personal app over the department sites the tenant property names: each site's
 * mappings, a plain note for a site that cannot be read, and the administrator's instructions
 * when the property is not set and the app runs on a site without its lists.
 */
import { screen, within } from '@testing-library/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { AppError } from '../../../src/services/errors';
import { FakeServices, ME } from '../fakes/FakeServices';
import { renderApp } from '../renderApp';

const STLUKES = 'https://contoso.sharepoint.com/sites/stlukes';
const CLOSED = 'https://contoso.sharepoint.com/sites/executive';
const ROYAL = 'https://contoso.sharepoint.com/sites/royal';

function twoHospitals(): FakeServices {
  const home = new FakeServices();
  home.siteSetUp = false;
  const royal = new FakeServices();
  royal.addMapping({ team: 'Royal Infirmary — CT' }, { contributors: [ME.login] });
  royal.addMapping({ team: 'Royal Infirmary — MRI' }, { contributors: [] });
  const stLukes = new FakeServices();
  stLukes.addMapping({ team: 'St Luke’s — Mammography' }, { contributors: [ME.login] });
  home.sites.others.set(ROYAL, royal);
  home.sites.others.set(STLUKES, stLukes);
  home.sites.others.set(CLOSED, new AppError('forbidden', { status: 403 }));
  home.sites.property = JSON.stringify([ROYAL, STLUKES, CLOSED, ROYAL, 'https://fabrikam.sharepoint.com/sites/x']);
  return home;
}

describe('the personal app across department sites', () => {
  it('lists my mappings on every listed site, with the site, and notes what it could not read', async () => {
    renderApp({ services: twoHospitals(), host: { personalView: true } });
    const list = await screen.findByRole('list', { name: strings.ChooserMappingsListLabel });
    const titles = within(list).getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(titles).toEqual(['Royal Infirmary — CT', 'St Luke’s — Mammography']);
    expect(within(list).getByText('stlukes')).toBeInTheDocument();
    const note = screen.getByText(strings.ShellSitesNotesTitle).closest('[role]') ?? document.body;
    expect(note).toHaveTextContent(`${CLOSED}: you do not have access`);
    expect(note).toHaveTextContent('is listed more than once');
    expect(note).toHaveTextContent('another organisation');
    // Nothing is offered on the site the app runs on.
    expect(screen.queryByRole('button', { name: strings.ShellSetupButton })).not.toBeInTheDocument();
  });

  it('opens a mapping on its own site', async () => {
    const { user } = renderApp({ services: twoHospitals(), host: { personalView: true } });
    await user.click(await screen.findByRole('button', { name: 'St Luke’s — Mammography: open the mapping' }));
    expect(await screen.findByRole('heading', { name: 'Mapping for St Luke’s — Mammography' })).toBeInTheDocument();
  });

  it('shows the administrator’s instructions when the property is not set and this site has no lists', async () => {
    const home = new FakeServices();
    home.siteSetUp = false;
    home.access = 'setUp';
    renderApp({ services: home, host: { personalView: true } });
    expect(await screen.findByRole('heading', { name: strings.ShellSitesAdminTitle })).toBeInTheDocument();
    expect(screen.getByText(/Set-SPOStorageEntity/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: strings.ShellSetupButton })).not.toBeInTheDocument();
  });
});
