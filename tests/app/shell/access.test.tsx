import { screen, within } from '@testing-library/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { FakeServices } from '../fakes/FakeServices';
import { renderApp } from '../renderApp';

const COILS = 'Cleaning, moving and changing MRI coils during MRI sessions';

describe('set-up gate', () => {
  it('lets an owner set the site up, showing each step, then continues into the app', async () => {
    const services = new FakeServices();
    services.access = 'setUp';
    services.siteSetUp = false;
    let resume: () => void = () => undefined;
    services.setupPause = new Promise((resolve) => {
      resume = resolve;
    });
    const { user } = renderApp({ services });
    expect(await screen.findByText(strings.ShellSetupIntro)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: strings.ShellSetupButton }));
    const progress = await screen.findByRole('list', { name: strings.ShellSetupProgressLabel });
    expect(progress).toHaveAttribute('aria-live', 'polite');
    await within(progress).findByText(/Create the "Mappings" list/);
    expect(within(progress).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      `Create the "Frameworks" list – ${strings.ShellSetupStepDone}`,
      `Create the "Mappings" list – ${strings.ShellSetupStepRunning}`,
      `Create the "Entries" list – ${strings.ShellSetupStepPending}`
    ]);
    expect(screen.getByRole('button', { name: strings.ShellSetupButton })).toBeDisabled();
    resume();
    expect(await screen.findByRole('heading', { name: strings.ChooserMappingsHeading })).toBeInTheDocument();
    expect(screen.getByText(strings.ShellSetupDone)).toBeInTheDocument();
    expect(services.siteSetUp).toBe(true);
  });

  it('shows which step failed and lets the owner try again', async () => {
    const services = new FakeServices();
    services.access = 'setUp';
    services.siteSetUp = false;
    services.failNext('run', 'forbidden');
    const { user } = renderApp({ services });
    await user.click(await screen.findByRole('button', { name: strings.ShellSetupButton }));
    const progress = await screen.findByRole('list', { name: strings.ShellSetupProgressLabel });
    expect(await within(progress).findByText('Create the "Frameworks" list', { exact: false })).toHaveTextContent(
      `Create the "Frameworks" list – ${strings.ShellSetupStepFailed}`
    );
    expect(screen.getByRole('alert')).toHaveTextContent(strings.CommonErrorForbidden);
    await user.click(screen.getByRole('button', { name: strings.ShellSetupRetryButton }));
    expect(await screen.findByRole('heading', { name: strings.ChooserMappingsHeading })).toBeInTheDocument();
  });

  it.each(['edit', 'read'] as const)('tells a %s user to ask a site owner', async (access) => {
    const services = new FakeServices();
    services.access = access;
    services.siteSetUp = false;
    renderApp({ services });
    expect(await screen.findByText(strings.ShellSetupAskOwner)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: strings.ShellSetupButton })).not.toBeInTheDocument();
  });

  it('explains a failed access check and retries', async () => {
    const services = new FakeServices();
    services.failNext('getAccess', 'throttled');
    const { user } = renderApp({ services });
    expect(await screen.findByRole('alert')).toHaveTextContent(strings.CommonErrorThrottled);
    await user.click(screen.getByRole('button', { name: strings.CommonRetry }));
    expect(await screen.findByRole('heading', { name: strings.ChooserMappingsHeading })).toBeInTheDocument();
  });
});

describe('visitors (read-only access)', () => {
  it('see a notice saying why, no "start" button, and disabled or read-only controls', async () => {
    const services = new FakeServices();
    services.access = 'read';
    services.addMapping({ team: 'MRI North' }, { entries: [{ dutyId: 'clean-safe-7', status: 'gap', comments: 'Only radiographers' }] });
    const { user } = renderApp({ services });
    expect(await screen.findByText(strings.ShellReadOnlyNotice)).toBeInTheDocument();
    expect(strings.ShellReadOnlyNotice).toBe(
      'You can view this mapping but not change it, because you have read-only access to this site. Ask a site owner for edit access.'
    );
    expect(screen.queryByRole('button', { name: strings.ChooserStartNewMapping })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'MRI North: open the mapping' }));
    expect(await screen.findByLabelText(`Status: ${COILS}`)).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByLabelText(`Found in: ${COILS}`)).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByLabelText(`Comments: ${COILS}`)).toHaveAttribute('readonly');
    expect(screen.getByLabelText(`Comments: ${COILS}`)).toHaveValue('Only radiographers');
    expect(screen.getByLabelText(`JD/PS reference: ${COILS}`)).toHaveAttribute('readonly');
    expect(screen.getByLabelText(`Action: ${COILS}`)).toHaveAttribute('readonly');
    expect(screen.getByRole('textbox', { name: strings.CommonTeamLabel })).toHaveAttribute('readonly');
    expect(screen.getByRole('textbox', { name: strings.CommonFieldNotes })).toHaveAttribute('readonly');
    expect(screen.queryByRole('button', { name: strings.MappingAddName })).not.toBeInTheDocument();
    // No people picker to type into, and nothing offered for removal.
    expect(screen.queryByRole('combobox', { name: strings.MappingPeopleLabel })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Remove/ })).not.toBeInTheDocument();
    expect(screen.getByText(strings.ShellReadOnlyNotice)).toBeInTheDocument();
  });
});
