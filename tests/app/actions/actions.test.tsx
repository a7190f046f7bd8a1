import { screen, waitFor, within } from '@testing-library/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { FakeServices } from '../fakes/FakeServices';
import { renderApp } from '../renderApp';

function department(): FakeServices {
  const services = new FakeServices();
  services.addMapping(
    { team: 'CT — Royal Infirmary', dateCompleted: '2026-01-15' },
    {
      entries: [
        { dutyId: 'communicate-1', status: 'gap', action: { what: 'Add liaison duties to the JD', owner: 'Alex Morgan (AP lead)', dueDate: '2020-01-01' } },
        { dutyId: 'communicate-2', status: 'partlyInPlace', action: { what: 'Shadowing rota', owner: 'Sam Patel', dueDate: '2999-01-01' } },
        { dutyId: 'clean-safe-1', status: 'gap' }
      ]
    }
  );
  services.addMapping({ team: 'MRI — General Hospital' }, { entries: [{ dutyId: 'manage-data-1', status: 'gap', action: { what: 'Train on RIS', owner: '', dueDate: undefined } }] });
  return services;
}

const rowTexts = (): string[] => screen.getAllByRole('row').slice(1).map((row) => row.textContent ?? '');

describe('the action tracker', () => {
  it('lists every duty needing action with blank owners and dates in words, soonest due first', async () => {
    const { user } = renderApp({ services: department() });
    await user.click(await screen.findByRole('button', { name: strings.CommonNavActions }));
    expect(await screen.findByText('Showing 4 of 4 duties needing action')).toBeInTheDocument();
    const rows = rowTexts();
    expect(rows[0]).toContain('Add liaison duties to the JD');
    expect(rows[0]).toContain(strings.CommonOverviewOverdue);
    expect(rows[1]).toContain('Shadowing rota');
    // No due date comes last, never dropped; blank owner and no action at all are said in words.
    expect(rows.slice(2).join(' ')).toContain(strings.ActionsNoOwner);
    expect(rows.slice(2).join(' ')).toContain(strings.ActionsNoActionYet);
    expect(rows.slice(2).join(' ')).toContain(strings.ActionsNoDueDate);
  });

  it('filters to overdue actions and opens a duty in its mapping at its area', async () => {
    const { user } = renderApp({ services: department() });
    await user.click(await screen.findByRole('button', { name: strings.CommonNavActions }));
    await screen.findByText('Showing 4 of 4 duties needing action');
    await user.click(screen.getByRole('checkbox', { name: strings.CommonOverviewOverdue }));
    expect(await screen.findByText('Showing 1 of 4 duties needing action')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: strings.CommonOverviewOverdue }));
    await user.click(screen.getByRole('checkbox', { name: strings.ActionsNoActionYet }));
    expect(await screen.findByText('Showing 1 of 4 duties needing action')).toBeInTheDocument();
    expect(rowTexts()[0]).toContain('CT — Royal Infirmary');
    await user.click(screen.getByRole('checkbox', { name: strings.ActionsNoActionYet }));
    const link = screen.getByRole('link', { name: /^Liaising with patients.*in CT — Royal Infirmary's mapping$/ });
    expect(link).toHaveAttribute('href', expect.stringMatching(/area=communicate&duty=communicate-2$/));
    await user.click(link);
    // Lands on that duty: its status takes the focus.
    await screen.findByRole('heading', { name: /^Communicate appropriately/ });
    await waitFor(() => expect(screen.getByRole('combobox', { name: /^Status: Liaising with patients/ })).toHaveFocus());
    await user.click(screen.getByRole('button', { name: strings.ShellBackToActions }));
    expect(await screen.findByRole('heading', { name: strings.CommonNavActions })).toBeInTheDocument();
  });

  it('shows only my actions in the Teams personal app, by my name within a free-text owner', async () => {
    const { user } = renderApp({ services: department(), host: { personalView: true } });
    const nav = await screen.findByRole('navigation', { name: strings.ShellNavLabel });
    expect(within(nav).queryByRole('button', { name: strings.ShellNavOverview })).not.toBeInTheDocument();
    await user.click(within(nav).getByRole('button', { name: strings.CommonNavMyActions }));
    expect(await screen.findByText('Showing 1 of 1 duties needing action')).toBeInTheDocument();
    expect(rowTexts()[0]).toContain('Alex Morgan (AP lead)');
    expect(screen.queryByRole('combobox', { name: new RegExp(`^${strings.CommonExportColumnOwner}`) })).not.toBeInTheDocument();
  });

  it('keeps an owner who has left with a plain note, and offers no reminder to them; the others still get theirs', async () => {
    const services = department();
    const grace = { login: 'i:0#.f|membership|grace.hollis@nhs.example', displayName: 'Grace Hollis', email: 'grace.hollis@nhs.example' };
    const sam = services.directory[1];
    services.addMapping(
      { team: 'Ultrasound — Royal Infirmary' },
      {
        entries: [
          { dutyId: 'communicate-1', status: 'gap', action: { what: 'Rewrite the scanning protocol', owner: 'Superintendent', ownerPerson: grace, dueDate: '2999-02-01' } },
          { dutyId: 'communicate-2', status: 'gap', action: { what: 'Book the training', owner: '', ownerPerson: { ...sam, email: 'sam.patel@nhs.example' }, dueDate: '2999-03-01' } }
        ]
      }
    );
    const { user } = renderApp({ services });
    await user.click(await screen.findByRole('button', { name: strings.CommonNavActions }));
    expect(await screen.findByText(/Not found on their site any more \(they may have left\): Grace Hollis\./)).toBeInTheDocument();
    const graceRow = rowTexts().find((row) => row.includes('Rewrite the scanning protocol')) ?? '';
    expect(graceRow).toContain('Grace Hollis (Superintendent)');
    expect(graceRow).toContain(strings.ActionsOwnerLeft);
    expect(graceRow).toContain(strings.ActionsRemindOwnerLeft);
    expect(screen.queryByRole('link', { name: /^Remind in Teams: Grace Hollis/ })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^Remind in Teams: Sam Patel, about Book the training/ })).toHaveAttribute('href', expect.stringContaining('users=sam.patel'));
  });

  it('shows the rows before the check for owners who have left answers, and offers reminders to owner people once it has', async () => {
    const services = department();
    const grace = { login: 'i:0#.f|membership|grace.hollis@nhs.example', displayName: 'Grace Hollis', email: 'grace.hollis@nhs.example' };
    services.addMapping(
      { team: 'Ultrasound — Royal Infirmary' },
      { entries: [{ dutyId: 'communicate-1', status: 'gap', action: { what: 'Rewrite the scanning protocol', owner: '', ownerPerson: grace, dueDate: '2999-02-01' } }] }
    );
    let answer: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      answer = resolve;
    });
    const unresolved = services.people.unresolved.bind(services.people);
    services.people.unresolved = async (logins) => {
      await held;
      return unresolved(logins);
    };
    const { user } = renderApp({ services });
    await user.click(await screen.findByRole('button', { name: strings.CommonNavActions }));
    await screen.findByText(/^Showing \d+ of \d+ duties needing action$/);
    const graceRow = (): string => rowTexts().find((row) => row.includes('Rewrite the scanning protocol')) ?? '';
    expect(graceRow()).toContain('Grace Hollis');
    expect(graceRow()).toContain(strings.ActionsRemindChecking);
    expect(screen.queryByRole('link', { name: /^Remind in Teams: Grace Hollis/ })).not.toBeInTheDocument();
    // The export waits too, so what it writes says who has left.
    expect(screen.getByRole('button', { name: strings.CommonExportTableButton })).toBeDisabled();
    answer();
    expect(await screen.findByText(/Not found on their site any more \(they may have left\): Grace Hollis\./)).toBeInTheDocument();
    expect(graceRow()).toContain(strings.ActionsRemindOwnerLeft);
    expect(graceRow()).not.toContain(strings.ActionsRemindChecking);
    expect(screen.getByRole('button', { name: strings.CommonExportTableButton })).toBeEnabled();
  });

  it('marks nobody when the check for owners who have left fails, and offers the reminders', async () => {
    const services = department();
    const sam = services.directory[1];
    services.addMapping(
      { team: 'Ultrasound — Royal Infirmary' },
      { entries: [{ dutyId: 'communicate-2', status: 'gap', action: { what: 'Book the training', owner: '', ownerPerson: { ...sam, email: 'sam.patel@nhs.example' }, dueDate: '2999-03-01' } }] }
    );
    services.failNext('unresolved', 'offline');
    const { user } = renderApp({ services });
    await user.click(await screen.findByRole('button', { name: strings.CommonNavActions }));
    expect(await screen.findByRole('link', { name: /^Remind in Teams: Sam Patel, about Book the training/ })).toBeInTheDocument();
    expect(screen.queryByText(strings.ActionsRemindChecking)).not.toBeInTheDocument();
  });
});
