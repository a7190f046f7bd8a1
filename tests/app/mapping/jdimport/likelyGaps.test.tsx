import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { DEFAULT_FRAMEWORK } from '../../../../src/model';
import { FakeServices } from '../../fakes/FakeServices';
import { COILS, QUERIES, openMapping } from '../../helpers';

jest.setTimeout(90_000);
afterEach(cleanup);

/** A short JD that covers radiation safety and PACS, and nothing about MRI coils or queries. */
const JD = [
  'Main duties and responsibilities',
  '1. Check that controlled areas are safe and follow local radiation protection rules before each examination.',
  '2. Send images to PACS and check they arrived before the patient leaves the department.'
].join('\n');

const COILS_ID = DEFAULT_FRAMEWORK.areas.flatMap((area) => area.duties).find((duty) => duty.text === COILS)?.id ?? '';
const QUERIES_ID = DEFAULT_FRAMEWORK.areas.flatMap((area) => area.duties).find((duty) => duty.text === QUERIES)?.id ?? '';

async function openWithJd(services: FakeServices): Promise<{ user: Awaited<ReturnType<typeof openMapping>>['user']; section: HTMLElement }> {
  const { user } = await openMapping({ services, mappingId: services.addMapping({ team: 'Plain film', completedBy: { people: [], otherNames: [] } }, { entries: [{ dutyId: QUERIES_ID, foundIn: 'ps', reference: 'PS Essential 3' }] }) });
  await user.click(screen.getByRole('button', { name: 'Add JD and PS' }));
  const panel = await screen.findByRole('dialog', { name: 'Job description and person specification' });
  await user.click(within(panel).getAllByRole('button', { name: 'Paste text instead' })[0]);
  await user.click(within(panel).getByLabelText('Text of the Job description (JD)'));
  await user.paste(JD);
  await user.click(within(panel).getByRole('button', { name: 'Use this text' }));
  const list = await within(panel).findByRole('list', { name: 'Not found in your JD or PS' });
  return { user, section: list.closest('section') as HTMLElement };
}

describe('Not found in your JD or PS', () => {
  it('lists the duties nothing in the JD covers, less those the team already cites, and marks nothing by itself', async () => {
    const services = new FakeServices();
    const { section } = await openWithJd(services);
    expect(within(section).getByRole('heading', { name: 'Not found in your JD or PS' })).toBeTruthy();
    expect(within(section).getByRole('button', { name: `Mark as Gap: ${COILS}` })).toBeTruthy();
    // The team cites PS Essential 3 for queries: covered in their view, whatever the ranking found.
    expect(within(section).queryByRole('button', { name: `Mark as Gap: ${QUERIES}` })).toBeNull();
    expect(screen.getByLabelText(`Status: ${COILS}`)).toHaveTextContent('Not yet reviewed');
    expect(services.saveCalls).toHaveLength(0);
  });

  it('marks one duty as Gap with the comment "Not in JD/PS" from the keyboard, through the editor, and moves on to the next duty', async () => {
    const services = new FakeServices();
    const { user, section } = await openWithJd(services);
    const buttons = within(section).getAllByRole('button', { name: /^Mark as Gap: / });
    const coils = within(section).getByRole('button', { name: `Mark as Gap: ${COILS}` });
    const next = buttons[buttons.indexOf(coils) + 1];
    coils.focus();
    await user.keyboard('{Enter}');

    expect(screen.getByLabelText(`Status: ${COILS}`)).toHaveTextContent('Gap');
    expect(screen.getByLabelText(`Comments: ${COILS}`)).toHaveValue('Not in JD/PS');
    expect(within(section).queryByRole('button', { name: `Mark as Gap: ${COILS}` })).toBeNull();
    expect(within(section).getByText(`Marked as Gap: ${COILS}`)).toHaveAttribute('role', 'status');
    await waitFor(() => expect(next).toHaveFocus());
    // Saved by the editor's autosave like any edit.
    await waitFor(() => expect(services.saveCalls.flatMap((call) => call.changes.entries).map((change) => change.entry.dutyId)).toContain(COILS_ID), { timeout: 10000 });
    const saved = services.saveCalls.flatMap((call) => call.changes.entries).find((change) => change.entry.dutyId === COILS_ID)?.entry;
    expect(saved).toMatchObject({ status: 'gap', foundIn: 'neither', comments: 'Not in JD/PS' });
  });
});
