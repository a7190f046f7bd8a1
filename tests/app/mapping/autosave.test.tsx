import { screen } from '@testing-library/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { formatText } from '../../../src/wording/format';
import { draftKey } from '../../../src/app/mapping/editor/drafts/drafts';
import { FakeServices } from '../fakes/FakeServices';
import { COILS, QUERIES, advance, endFakeTimers, openMapping } from '../helpers';

function saveState(): HTMLElement {
  return screen.getByRole('status', { name: strings.MappingSaveStateLabel });
}

beforeEach(() => {
  jest.useFakeTimers();
  jest.setSystemTime(new Date(2025, 2, 31, 14, 5, 0));
});

afterEach(endFakeTimers);

describe('autosave', () => {
  it('saves a comment about 1.5 s after typing stops, sending only that entry with its ETag', async () => {
    const { user, services, mappingId } = await openMapping({ fakeTimers: true });
    const etag = services.record(mappingId).entryEtags['clean-safe-7'];
    await user.type(screen.getByRole('textbox', { name: `Comments: ${COILS}` }), 'Band 5s do this now');
    expect(saveState()).toHaveTextContent(strings.MappingSaveUnsaved);
    await advance(1400);
    expect(services.saveCalls).toHaveLength(0);
    await advance(200);
    expect(services.saveCalls).toHaveLength(1);
    const { changes } = services.saveCalls[0];
    expect(changes.header).toBeUndefined();
    expect(changes.entries).toEqual([{ entry: expect.objectContaining({ dutyId: 'clean-safe-7', comments: 'Band 5s do this now' }), etag }]);
    expect(saveState()).toHaveTextContent('Saved at 14:05');
    expect(services.entry(mappingId, 'clean-safe-7').comments).toBe('Band 5s do this now');

    // The next edit uses the new ETag, so it is not mistaken for someone else's change.
    await user.type(screen.getByRole('textbox', { name: `Comments: ${COILS}` }), '.');
    await advance(1500);
    expect(services.saveCalls[1].changes.entries[0].etag).not.toBe(etag);
    expect(services.entry(mappingId, 'clean-safe-7').comments).toBe('Band 5s do this now.');
  });

  it('saves straight away when the field loses focus', async () => {
    const { user, services } = await openMapping({ fakeTimers: true });
    await user.type(screen.getByRole('textbox', { name: `JD/PS reference: ${QUERIES}` }), 'JD 4.2');
    await user.tab();
    await advance(0);
    expect(services.saveCalls).toHaveLength(1);
    expect(services.saveCalls[0].changes.entries[0].entry).toMatchObject({ dutyId: 'communicate-3', reference: 'JD 4.2' });
  });

  it('shows "Couldn\'t save" with the reason and Retry, keeps the edit in browser storage, and restores it after a reload', async () => {
    const services = new FakeServices();
    services.failNext('saveChanges', 'forbidden', 2);
    const first = await openMapping({ services, fakeTimers: true });
    await first.user.type(screen.getByRole('textbox', { name: `Comments: ${COILS}` }), 'Needs training');
    await advance(1500);
    expect(saveState()).toHaveTextContent(`Couldn't save – ${strings.CommonErrorForbidden}`);
    expect(screen.getByRole('button', { name: strings.CommonRetry })).toBeInTheDocument();
    const key = draftKey(first.host.draftScope, first.mappingId);
    expect(first.host.draftStorage.getItem(key)).toContain('Needs training');

    first.unmount();
    expect(first.host.draftStorage.getItem(key)).toContain('Needs training');
    await advance(0);

    // Opened again another way (a Teams tab's link rather than the page's): the draft is the site's, not the link's.
    const otherLink = (target: { mappingId: number }): string => `https://teams.microsoft.com/l/entity/app/tab?context=${target.mappingId}`;
    await openMapping({ services, mappingId: first.mappingId, fakeTimers: true, host: { draftStorage: first.host.draftStorage, linkTo: otherLink } });
    expect(screen.getByText('Restored 1 unsaved change from this browser. It is being saved now.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: `Comments: ${COILS}` })).toHaveValue('Needs training');
    await advance(0);
    expect(services.entry(first.mappingId, 'clean-safe-7').comments).toBe('Needs training');
    expect(saveState()).toHaveTextContent('Saved at 14:05');
    expect(first.host.draftStorage.getItem(key)).toBeNull();
  });

  it('saves again when Retry is pressed', async () => {
    const services = new FakeServices();
    services.failNext('saveChanges', 'unknown');
    const { user, mappingId } = await openMapping({ services, fakeTimers: true });
    await user.type(screen.getByRole('textbox', { name: `Comments: ${COILS}` }), 'Retry me');
    await advance(1500);
    expect(saveState()).toHaveTextContent("Couldn't save");
    await user.click(screen.getByRole('button', { name: strings.CommonRetry }));
    await advance(0);
    expect(saveState()).toHaveTextContent('Saved at 14:05');
    expect(services.entry(mappingId, 'clean-safe-7').comments).toBe('Retry me');
  });

  it('keeps retrying with backoff while offline or throttled', async () => {
    const services = new FakeServices();
    services.failNext('saveChanges', 'offline', 2);
    services.failNext('saveChanges', 'throttled', 1, { retryAfterSeconds: 10 });
    const { user, mappingId } = await openMapping({ services, fakeTimers: true });
    await user.type(screen.getByRole('textbox', { name: `Comments: ${COILS}` }), 'Offline edit');
    await advance(1500);
    expect(saveState()).toHaveTextContent(strings.CommonErrorOffline);
    expect(saveState()).toHaveTextContent(strings.MappingSaveKeptInBrowser);
    expect(saveState()).toHaveTextContent('Trying again in 2 seconds.');
    await advance(2000);
    expect(saveState()).toHaveTextContent('Trying again in 4 seconds.');
    await advance(4000);
    expect(saveState()).toHaveTextContent(strings.CommonErrorThrottled);
    expect(saveState()).toHaveTextContent('Trying again in 10 seconds.');
    await advance(10000);
    expect(saveState()).toHaveTextContent('Saved at 14:05');
    expect(services.entry(mappingId, 'clean-safe-7').comments).toBe('Offline edit');
  });

  it('never says "Saved" while the counts of a save are not stored: it retries the counts update until they are', async () => {
    const services = new FakeServices();
    services.failCountsUpdate('throttled', 3, { retryAfterSeconds: 5 });
    const { user, mappingId } = await openMapping({ services, fakeTimers: true });
    await user.click(screen.getByRole('combobox', { name: `Status: ${COILS}` }));
    await user.click(await screen.findByRole('option', { name: 'In place' }));
    await advance(1500);
    // The entry is stored, but the mapping item (what the chooser shows) still has the old counts.
    expect(services.entry(mappingId, 'clean-safe-7').status).toBe('inPlace');
    expect(services.record(mappingId).storedCounts.inPlace).toBe(0);
    expect(saveState()).toHaveTextContent(strings.CommonErrorThrottled);
    expect(saveState()).not.toHaveTextContent('Saved at');
    await advance(5000);
    await advance(5000);
    expect(saveState()).not.toHaveTextContent('Saved at');
    await advance(5000);
    expect(saveState()).toHaveTextContent('Saved at 14:05');
    expect(services.record(mappingId).storedCounts.inPlace).toBe(1);
    // The retries asked for the counts only: the stored entry was not sent again.
    const retries = services.saveCalls.slice(1);
    expect(retries).toHaveLength(3);
    expect(retries.every((call) => call.changes.entries.length === 0 && call.changes.updateCounts === true)).toBe(true);
  });

  it('does not send an invalid entry, and says why', async () => {
    const { user, services } = await openMapping({ fakeTimers: true });
    const reference = screen.getByRole('textbox', { name: `JD/PS reference: ${COILS}` });
    await user.click(reference);
    await user.paste('x'.repeat(300));
    await advance(1500);
    expect(services.saveCalls).toHaveLength(0);
    expect(saveState()).toHaveTextContent("1 change can't be saved until the highlighted field is fixed.");
  });

  it('does not send area comments that each fit but together are too long for SharePoint, and says so', async () => {
    const { user, services, mappingId } = await openMapping({ fakeTimers: true });
    const [first, second] = services.framework.areas;
    for (const area of [first, second]) {
      await user.click(screen.getByRole('textbox', { name: formatText(strings.MappingAreaCommentsLabel, area.title) }));
      await user.paste('x'.repeat(32000));
    }
    await advance(1500);
    // The first area's comments alone fit and were saved on leaving the field; the second's never were sent.
    expect(services.saveCalls.some((call) => (call.changes.header?.areaComments[second.id] ?? '') !== '')).toBe(false);
    expect(services.record(mappingId).mapping.areaComments[second.id]).toBeUndefined();
    expect(saveState()).toHaveTextContent("1 change can't be saved until the highlighted field is fixed.");
    expect(screen.getAllByText(/^The comments on all areas together come to 64,\d{3} characters with their labels/).length).toBeGreaterThan(0);
  });
});
