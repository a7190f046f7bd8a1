import { act, screen, within } from '@testing-library/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { DEFAULT_FRAMEWORK } from '../../../src/model';
import { COILS, choose, openMapping } from '../helpers';
import { cellOf, showTable } from './table/tableHelpers';
import { FakeServices } from '../fakes/FakeServices';

const AREAS = ['Maintain a clean and safe environment', 'Manage data relevant to the clinical imaging environment'];

describe('area navigation', () => {
  it('lists every area with its progress, reviewed of total and gaps, kept up to date', async () => {
    const { user } = await openMapping();
    const nav = screen.getByRole('navigation', { name: strings.MappingAreaJumpLabel });
    expect(within(nav).getByRole('button', { name: `${AREAS[0]} 0 of 7 reviewed, no gaps` })).toBeInTheDocument();
    expect(within(nav).getAllByRole('button')).toHaveLength(4);
    await choose(user, `Status: ${COILS}`, 'Gap');
    expect(within(nav).getByRole('button', { name: `${AREAS[0]} 1 of 7 reviewed, 1 gap` })).toBeInTheDocument();
  });

  it('jumps to an area’s heading', async () => {
    const { user } = await openMapping();
    await user.click(screen.getByRole('button', { name: new RegExp(`^${AREAS[1]} \\d+ of`) }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: AREAS[1] }));
  });

  it('takes the focus to the next duty not yet reviewed, in the cards and in the table', async () => {
    const services = new FakeServices();
    const mappingId = services.addMapping({ team: 'MRI North' }, { entries: [{ dutyId: 'clean-safe-1', status: 'inPlace' }] });
    const { user } = await openMapping({ services, mappingId });
    const next = screen.getByRole('button', { name: strings.MappingNextNotReviewed });
    await user.click(next);
    expect(document.activeElement).toHaveAttribute('aria-label', expect.stringMatching(/^Status: Working to scope of practice/));
    await user.click(next);
    expect(document.activeElement).toHaveAttribute('aria-label', expect.stringMatching(/^Status: Ensuring hygiene procedures/));

    await showTable(user);
    cellOf(COILS, 'comments').focus();
    await user.click(next);
    // After the last duty of the first area comes the first of the next.
    expect(document.activeElement).toBe(cellOf('Following referral, appointing', 'status'));
  });

  it('says so when every duty has been reviewed', async () => {
    const services = new FakeServices();
    const entries = DEFAULT_FRAMEWORK.areas.flatMap((area) => area.duties.map((duty) => ({ dutyId: duty.id, status: 'inPlace' as const })));
    const mappingId = services.addMapping({ team: 'MRI North' }, { entries });
    const { user } = await openMapping({ services, mappingId });
    const next = screen.getByRole('button', { name: strings.MappingNextNotReviewed });
    await user.click(next);
    // Said in a live region; the focus stays on the button.
    expect(screen.getByText(strings.MappingAllShownReviewed)).toHaveAttribute('role', 'status');
    expect(document.activeElement).toBe(next);
  });
});

describe('framework introduction', () => {
  it('is open on the first visit and folded on the next, one click from open', async () => {
    const first = await openMapping();
    expect(screen.getByRole('region', { name: strings.CommonFrameworkProvenanceHeading })).toBeVisible();
    expect(screen.getByRole('button', { name: strings.MappingIntroHide })).toHaveAttribute('aria-expanded', 'true');
    const storage = first.host.draftStorage;
    first.unmount();

    const second = await openMapping({ services: first.services, mappingId: first.mappingId, host: { draftStorage: storage } });
    expect(screen.queryByRole('region', { name: strings.CommonFrameworkProvenanceHeading })).not.toBeInTheDocument();
    // Work first: a returning person's introduction, details and summary are folded together; open them first.
    const about = screen.getByRole('button', { name: strings.MappingAboutShow });
    expect(about).toHaveAttribute('aria-expanded', 'false');
    await second.user.click(about);
    const show = screen.getByRole('button', { name: strings.MappingIntroShow });
    expect(show).toHaveAttribute('aria-expanded', 'false');
    await second.user.click(show);
    expect(screen.getByRole('region', { name: strings.CommonFrameworkProvenanceHeading })).toHaveTextContent('March 2025: The Society of Radiographers');
  });
});

describe('print', () => {
  it('renders the form for the browser’s Print: header table, area tables, provenance notes and action plan', async () => {
    const services = new FakeServices();
    const mappingId = services.addMapping(
      { team: 'MRI North', notes: 'First pass', dateCompleted: '2025-03-31' },
      { entries: [{ dutyId: 'clean-safe-7', status: 'gap', action: { what: 'Coil training', owner: 'MRI lead', dueDate: '2025-09-30' } }] }
    );
    await openMapping({ services, mappingId });
    expect(document.getElementById('idm-print-root')).toBeNull();
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    const printed = document.getElementById('idm-print-root') as HTMLElement;
    expect(printed).not.toBeNull();
    // On screen the print view is hidden by its own stylesheet: query it as the printout would show it.
    expect(within(printed).queryAllByRole('button', { hidden: true })).toHaveLength(0);
    const details = within(printed).getByRole('table', { name: strings.MappingPrintDetailsLabel, hidden: true });
    expect(within(details).getAllByRole('rowheader', { hidden: true }).map((cell) => cell.textContent)).toEqual([
      strings.CommonTeamLabel,
      strings.CommonFieldNotes,
      strings.CommonExportHeaderCompletedBy,
      strings.CommonDateCompletedLabel
    ]);
    expect(details).toHaveTextContent('MRI North');
    expect(details).toHaveTextContent('31/03/2025');
    const actions = within(printed).getByRole('region', { name: strings.CommonExportActionPlanHeading, hidden: true });
    expect(actions).toHaveTextContent(`${COILS}GapCoil trainingMRI lead30/09/2025`);
    expect(printed).toHaveTextContent('June 2024: developed for local mapping use');
    expect(printed.querySelector('style')?.textContent).toContain('size: A4 landscape');

    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(document.getElementById('idm-print-root')).toBeNull();
  });
});
