import { screen } from '@testing-library/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { SetupStep } from '../../../src/services/types';
import { formatText } from '../../../src/wording/format';
import { FakeServices } from '../fakes/FakeServices';
import { renderApp } from '../renderApp';

const PENDING: SetupStep[] = [
  { id: 'columns:mappings', task: 'addColumns', listTitle: 'Duty Mappings', state: 'pending' },
  { id: 'areaCounts', task: 'countAreas', state: 'pending' }
];

describe('a site set up by an older version', () => {
  it('offers an owner "Update this site", says what it will do, runs it and carries on in the app', async () => {
    const services = new FakeServices();
    services.access = 'setUp';
    services.pendingUpdate = [...PENDING];
    services.addMapping({ team: 'CT — Royal Infirmary' });
    const { user } = renderApp({ services });
    // The app is usable while the update waits.
    expect(await screen.findByRole('heading', { name: strings.ChooserMappingsHeading })).toBeInTheDocument();
    const notice = screen.getByText(new RegExp(strings.ShellUpdateSiteIntro.slice(0, 40)));
    expect(notice).toHaveTextContent(formatText(strings.ShellSetupTaskAddColumns, 'Duty Mappings'));
    expect(notice).toHaveTextContent(strings.ShellSetupTaskCountAreas);
    await user.click(screen.getByRole('button', { name: strings.ShellUpdateSiteButton }));
    expect(await screen.findByText(strings.ShellUpdateSiteDone)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: strings.ShellUpdateSiteButton })).not.toBeInTheDocument();
    expect(services.pendingUpdate).toEqual([]);
    expect(await screen.findByRole('heading', { name: strings.ChooserMappingsHeading })).toBeInTheDocument();
  });

  it('shows a failed update plainly and lets the owner try again', async () => {
    const services = new FakeServices();
    services.access = 'setUp';
    services.pendingUpdate = [...PENDING];
    services.failNext('run', 'throttled');
    const { user } = renderApp({ services });
    await user.click(await screen.findByRole('button', { name: strings.ShellUpdateSiteButton }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(strings.CommonErrorThrottled);
    await user.click(screen.getByRole('button', { name: strings.ShellSetupRetryButton }));
    expect(await screen.findByText(strings.ShellUpdateSiteDone)).toBeInTheDocument();
  });

  it.each(['edit', 'read'] as const)('tells a %s user what is missing until an owner updates, and lets them work', async (access) => {
    const services = new FakeServices();
    services.access = access;
    services.pendingUpdate = [...PENDING];
    renderApp({ services });
    expect(await screen.findByText(strings.ShellUpdateSiteAskOwner)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: strings.ShellUpdateSiteButton })).not.toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: strings.ChooserMappingsHeading })).toBeInTheDocument();
  });
});
