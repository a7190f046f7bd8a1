import { screen, within } from '@testing-library/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { advance, endFakeTimers, openMapping } from '../helpers';

beforeEach(() => {
  jest.useFakeTimers();
  jest.setSystemTime(new Date(2025, 2, 31, 16, 45, 0));
});

afterEach(endFakeTimers);

function lastHeader(services: Awaited<ReturnType<typeof openMapping>>['services']) {
  const withHeader = services.saveCalls.filter((call) => call.changes.header);
  return withHeader[withHeader.length - 1]?.changes.header?.header;
}

describe('mapping details (header)', () => {
  it('adds people from the directory and free-text names, and removes them', async () => {
    const { user, services } = await openMapping({ fakeTimers: true });
    const details = screen.getByRole('region', { name: strings.CommonHeaderHeading });
    await user.type(within(details).getByRole('combobox', { name: strings.MappingPeopleLabel }), 'sam');
    await advance(300);
    await user.click(await screen.findByRole('option', { name: /Sam Patel/ }));
    await user.type(within(details).getByRole('textbox', { name: strings.MappingOtherNamesLabel }), 'Jo Bloggs (bank)');
    await user.click(within(details).getByRole('button', { name: strings.MappingAddName }));
    await user.type(within(details).getByRole('textbox', { name: strings.MappingOtherNamesLabel }), 'Kim Lee{Enter}');
    const names = within(details).getByRole('list', { name: strings.MappingOtherNamesListLabel });
    expect(within(names).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Jo Bloggs (bank)', 'Kim Lee']);
    await user.click(within(details).getByRole('button', { name: 'Remove Kim Lee' }));
    await advance(1500);
    expect(lastHeader(services)?.completedBy).toEqual({
      people: [expect.objectContaining({ displayName: 'Sam Patel', login: 'i:0#.f|membership|sam.patel@nhs.example' })],
      otherNames: ['Jo Bloggs (bank)']
    });
  });

  it('reads a typed date the British way and saves it as an ISO date', async () => {
    const { user, services } = await openMapping({ fakeTimers: true });
    const date = screen.getByRole('combobox', { name: strings.CommonDateCompletedLabel });
    await user.type(date, '31/3/2025');
    await user.tab();
    await advance(1500);
    expect(date).toHaveValue('31/03/2025');
    expect(lastHeader(services)?.dateCompleted).toBe('2025-03-31');
  });

  it('asks for a team name rather than saving a blank one', async () => {
    const { user, services } = await openMapping({ fakeTimers: true });
    await user.clear(screen.getByRole('textbox', { name: strings.CommonTeamLabel }));
    await advance(1500);
    expect(await screen.findByText('Enter the team name.')).toBeInTheDocument();
    expect(services.saveCalls).toHaveLength(0);
  });

  it('saves the notes and area comments with the header ETag', async () => {
    const { user, services, mappingId } = await openMapping({ fakeTimers: true });
    const etag = services.record(mappingId).headerEtag;
    await user.type(screen.getByRole('textbox', { name: strings.CommonFieldNotes }), 'Reviewed at the team day');
    await user.type(screen.getByRole('textbox', { name: 'Comments on Maintain a clean and safe environment' }), 'Ask estates');
    await advance(1500);
    // Leaving the notes saved them at once; the area comment followed after the pause, with the new ETag.
    expect(services.saveCalls.map((call) => call.changes.header?.etag)).toEqual([etag, expect.any(String)]);
    expect(services.saveCalls[1].changes.header?.etag).not.toBe(etag);
    expect(services.record(mappingId).mapping.header.notes).toBe('Reviewed at the team day');
    expect(services.record(mappingId).mapping.areaComments).toEqual({ 'clean-safe': 'Ask estates' });
    expect(services.saveCalls.every((call) => call.changes.entries.length === 0)).toBe(true);
  });
});
