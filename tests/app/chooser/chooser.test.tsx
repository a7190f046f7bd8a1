import { screen, within } from '@testing-library/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { FakeServices, ME } from '../fakes/FakeServices';
import { renderApp } from '../renderApp';

function siteWithThreeMappings(): FakeServices {
  const services = new FakeServices();
  services.addMapping({ team: 'CT Royal', dateCompleted: '2024-05-02', completedBy: { people: [], otherNames: ['Priya Shah'] } });
  services.addMapping({ team: 'MRI North', dateCompleted: '2025-03-31', completedBy: { people: [ME], otherNames: [] } }, { contributors: [ME.login] });
  services.addMapping({ team: 'Ultrasound', dateCompleted: '2024-11-20', completedBy: { people: [], otherNames: ['Jo Bloggs'] } });
  return services;
}

function mappingTitles(): string[] {
  const list = screen.getByRole('list', { name: strings.ChooserMappingsListLabel });
  return within(list)
    .getAllByRole('heading', { level: 3 })
    .map((h) => h.textContent ?? '');
}

describe('mapping chooser', () => {
  it('lists the mappings newest first with date, people, counts and coverage', async () => {
    renderApp({ services: siteWithThreeMappings() });
    expect(await screen.findByRole('heading', { name: strings.ChooserMappingsHeading })).toBeInTheDocument();
    expect(mappingTitles()).toEqual(['MRI North', 'Ultrasound', 'CT Royal']);
    const mri = screen.getByRole('article', { name: 'MRI North' });
    expect(within(mri).getByText('31/03/2025')).toBeInTheDocument();
    expect(within(mri).getByText('Alex Morgan')).toBeInTheDocument();
    const counts = within(mri).getByRole('list', { name: 'Status counts for MRI North' });
    expect(counts).toHaveTextContent('Not yet reviewed: 24');
    expect(counts).toHaveTextContent('Gap: 0');
    expect(counts).toHaveTextContent('Coverage: 0%');
  });

  it('filters by team or people as you type', async () => {
    const { user } = renderApp({ services: siteWithThreeMappings() });
    const search = await screen.findByRole('searchbox', { name: strings.ChooserSearchMappingsLabel });
    await user.type(search, 'bloggs');
    expect(mappingTitles()).toEqual(['Ultrasound']);
    expect(screen.getByText('Showing 1 of 3 mappings')).toBeInTheDocument();
    await user.clear(search);
    await user.type(search, 'zzz');
    expect(screen.getByText(strings.ChooserNoMappingsMatch)).toBeInTheDocument();
  });

  it('shows an empty state when the site has no mappings', async () => {
    renderApp();
    expect(await screen.findByText(strings.CommonNoMappings)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: strings.ChooserStartNewMapping })).toBeInTheDocument();
  });

  it('shows only my mappings in the personal app', async () => {
    renderApp({ services: siteWithThreeMappings(), host: { personalView: true } });
    expect(await screen.findByRole('heading', { name: strings.CommonMyMappingsHeading })).toBeInTheDocument();
    expect(mappingTitles()).toEqual(['MRI North']);
  });

  it('opens a mapping from the keyboard', async () => {
    const { user } = renderApp({ services: siteWithThreeMappings() });
    const link = await screen.findByRole('button', { name: 'Ultrasound: open the mapping' });
    link.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { name: 'Mapping for Ultrasound' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: strings.CommonBackToMappings }));
    expect(await screen.findByRole('heading', { name: strings.ChooserMappingsHeading })).toBeInTheDocument();
  });

  it('reports a failed load in plain English and retries', async () => {
    const services = siteWithThreeMappings();
    services.failNext('listMappings', 'offline');
    const { user } = renderApp({ services });
    expect(await screen.findByRole('alert')).toHaveTextContent(strings.CommonErrorOffline);
    await user.click(screen.getByRole('button', { name: strings.CommonRetry }));
    expect(await screen.findByRole('article', { name: 'MRI North' })).toBeInTheDocument();
  });
});

describe('starting a new mapping', () => {
  it('creates a blank mapping for the default team and opens it', async () => {
    const services = new FakeServices();
    const { user } = renderApp({ services, host: { defaultTeam: 'Plain Film' } });
    await user.click(await screen.findByRole('button', { name: strings.ChooserStartNewMapping }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('textbox', { name: strings.CommonTeamLabel })).toHaveValue('Plain Film');
    expect(within(dialog).queryByRole('checkbox')).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: strings.ChooserCreateMappingButton }));
    expect(await screen.findByRole('heading', { name: 'Mapping for Plain Film' })).toBeInTheDocument();
    expect(services.createCalls).toEqual([{ header: { team: 'Plain Film', completedBy: { people: [], otherNames: [] }, notes: '' }, frameworkId: 'sor-ap-band4' }]);
  });

  it('starts from the team\'s previous mapping (the yearly review), copying its entries', async () => {
    const services = new FakeServices();
    const older = services.addMapping({ team: 'MRI North', dateCompleted: '2023-04-01' });
    const newer = services.addMapping(
      { team: 'MRI North', dateCompleted: '2024-04-01', completedBy: { people: [], otherNames: ['Jo Bloggs'] } },
      { entries: [{ dutyId: 'clean-safe-7', status: 'inPlace', foundIn: 'jd', comments: 'Coils: all APs' }] }
    );
    services.addMapping({ team: 'CT Royal', dateCompleted: '2024-06-01' });
    const { user } = renderApp({ services });
    await user.click(await screen.findByRole('button', { name: strings.ChooserStartNewMapping }));
    const dialog = await screen.findByRole('dialog');
    const team = within(dialog).getByRole('textbox', { name: strings.CommonTeamLabel });
    await user.clear(team);
    await user.type(team, 'mri north');
    await user.click(within(dialog).getByRole('checkbox', { name: strings.ChooserStartFromPreviousLabel }));
    const choices = within(dialog).getAllByRole('radio');
    expect(choices.map((c) => c.closest('div')?.textContent)).toEqual(['Completed 01/04/2024 by Jo Bloggs', 'Completed 01/04/2023 by Nobody yet']);
    expect(choices[0]).toBeChecked();
    await user.click(within(dialog).getByRole('button', { name: strings.ChooserCreateMappingButton }));
    await screen.findByRole('heading', { name: 'Mapping for mri north' });
    expect(services.createCalls[0].copyFromMappingId).toBe(newer);
    expect(older).not.toBe(newer);
    expect(await screen.findByLabelText('Comments: Cleaning, moving and changing MRI coils during MRI sessions')).toHaveValue('Coils: all APs');
  });

  it('asks for a team name instead of creating a nameless mapping', async () => {
    const services = new FakeServices();
    const { user } = renderApp({ services });
    await user.click(await screen.findByRole('button', { name: strings.ChooserStartNewMapping }));
    await user.click(screen.getByRole('button', { name: strings.ChooserCreateMappingButton }));
    expect(await screen.findByText('Enter the team name.')).toBeInTheDocument();
    expect(services.createCalls).toHaveLength(0);
  });
});
