import { screen, within } from '@testing-library/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { DEFAULT_FRAMEWORK } from '../../../src/model';
import { FakeServices } from '../fakes/FakeServices';
import { renderApp } from '../renderApp';

function ownerSite(): FakeServices {
  const services = new FakeServices();
  services.access = 'setUp';
  return services;
}

async function openEditor(user: ReturnType<typeof renderApp>['user']): Promise<void> {
  await user.click(await screen.findByRole('button', { name: strings.ChooserFrameworkManageFrameworks }));
  await user.click(await screen.findByRole('button', { name: strings.FrameworksEditFramework }));
  await screen.findByRole('heading', { name: /^Editing / });
}

const firstArea = DEFAULT_FRAMEWORK.areas[0];

describe('the framework editor', () => {
  it('is offered to owners only', async () => {
    const member = renderApp({ services: new FakeServices() });
    await screen.findByRole('heading', { name: strings.ChooserMappingsHeading });
    expect(screen.queryByRole('button', { name: strings.ChooserFrameworkManageFrameworks })).not.toBeInTheDocument();
    member.unmount();
    renderApp({ services: ownerSite() });
    expect(await screen.findByRole('button', { name: strings.ChooserFrameworkManageFrameworks })).toBeInTheDocument();
  });

  it('adds a duty, rewords another and publishes version 2 with a note', async () => {
    const services = ownerSite();
    const { user } = renderApp({ services });
    await openEditor(user);
    const area = screen.getByRole('region', { name: `Area 1: ${firstArea.title}` });
    await user.click(within(area).getByRole('button', { name: strings.FrameworksAddDuty }));
    const count = firstArea.duties.length + 1;
    const added = within(area).getByRole('textbox', { name: `Duty ${count}` });
    expect(added).toHaveFocus();
    // A blank duty is a located problem, and publishing waits for it.
    expect(within(area).getByText(`Area 1, duty ${count}: the text is blank; every item needs wording.`)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Publish version 2' })).toBeDisabled();
    await user.type(added, 'Check the spill kit weekly');
    const second = within(area).getByRole('textbox', { name: 'Duty 2' });
    await user.clear(second);
    await user.type(second, 'Reworded duty');
    expect(screen.getByText(strings.FrameworksNoProblems)).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: strings.FrameworksChangeNoteLabel }), 'Local spill kit duty');
    await user.click(screen.getByRole('button', { name: 'Publish version 2' }));
    expect(await screen.findByText(formatPublished(2))).toBeInTheDocument();

    const [call] = services.frameworks.publishCalls;
    expect(call).toMatchObject({ basedOnVersion: 1, note: 'Local spill kit duty' });
    expect(call.framework.areas[0].duties[1]).toEqual({ ...firstArea.duties[1], text: 'Reworded duty' });
    expect(call.framework.areas[0].duties[firstArea.duties.length]).toEqual({ id: `${firstArea.id}-local-1`, text: 'Check the spill kit weekly' });
    const versions = screen.getByRole('table', { name: /^Versions of / });
    expect(within(versions).getAllByRole('row')[1]).toHaveTextContent('2Olivia Owen');
    expect(within(versions).getAllByRole('row')[1]).toHaveTextContent('Local spill kit duty');
  });

  it('moves a duty with the buttons and with Alt+arrows, keeping focus on it', async () => {
    const services = ownerSite();
    const { user } = renderApp({ services });
    await openEditor(user);
    const area = screen.getByRole('region', { name: `Area 1: ${firstArea.title}` });
    await user.click(within(area).getByRole('button', { name: 'Move Area 1, duty 1 down' }));
    const moved = within(area).getByRole('textbox', { name: 'Duty 2' });
    expect(moved).toHaveValue(firstArea.duties[0].text);
    moved.focus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    const again = within(area).getByRole('textbox', { name: 'Duty 3' });
    expect(again).toHaveValue(firstArea.duties[0].text);
    expect(again).toHaveFocus();
  });

  it('keeps unpublished edits in the browser and restores them', async () => {
    const services = ownerSite();
    const first = renderApp({ services });
    await openEditor(first.user);
    const title = screen.getByRole('textbox', { name: strings.FrameworksTitleLabel });
    await first.user.clear(title);
    await first.user.type(title, 'Draft title');
    first.unmount();
    const second = renderApp({ services, host: { draftStorage: first.host.draftStorage } });
    await openEditor(second.user);
    expect(screen.getByRole('textbox', { name: strings.FrameworksTitleLabel })).toHaveValue('Draft title');
    await second.user.click(screen.getByRole('button', { name: strings.FrameworksDiscardDraft }));
    expect(screen.getByRole('textbox', { name: strings.FrameworksTitleLabel })).toHaveValue(DEFAULT_FRAMEWORK.title);
  });

  it('tells an owner whose version number was taken, and keeps the draft to publish as the next', async () => {
    const services = ownerSite();
    const { user } = renderApp({ services });
    await openEditor(user);
    // Another owner publishes version 2 meanwhile.
    await services.frameworks.publish({ framework: DEFAULT_FRAMEWORK, basedOnVersion: 1, note: 'Other owner' });
    await user.type(screen.getByRole('textbox', { name: strings.CommonExportSummaryBand }), ' (local)');
    await user.click(screen.getByRole('button', { name: 'Publish version 2' }));
    expect(await screen.findByText(/Someone else published version 2/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: strings.CommonExportSummaryBand })).toHaveValue(`${DEFAULT_FRAMEWORK.band ?? ''} (local)`);
    expect(await screen.findByRole('button', { name: 'Publish version 3' })).toBeEnabled();
  });
});

function formatPublished(version: number): string {
  return strings.FrameworksPublished.replace('{0}', String(version));
}
