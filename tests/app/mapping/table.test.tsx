import { screen, waitFor, within } from '@testing-library/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { formatText } from '../../../src/wording/format';
import { COILS, QUERIES, openMapping } from '../helpers';
import { cellOf, grid, showTable } from './table/tableHelpers';

const FIRST_DUTY = 'Managing own safety and that of patients and other staff in restricted and controlled areas (radiation safety and…';

afterEach(() => {
  (window as { innerWidth: number }).innerWidth = 1024;
});

describe('table view', () => {
  it('shows each area as the form’s table, with its five columns and nested duties, and remembers the choice', async () => {
    const { user, host, services, mappingId } = await openMapping();
    await showTable(user);
    const table = grid('Perform specific examinations within diagnostic imaging');
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      strings.CommonExportColumnArea,
      strings.CommonExportColumnDuties,
      strings.CommonExportColumnMap,
      strings.CommonFieldComments,
      strings.CommonDetailsStatus
    ]);
    expect(table).toHaveTextContent('a) Perform specific examinations within diagnostic imaging');
    expect(table).toHaveTextContent('XR-601 Operational Policy');
    expect(within(table).getByText('MRI scanner').tagName).toBe('LI');
    expect(screen.queryByRole('combobox', { name: `Status: ${COILS}` })).not.toBeInTheDocument();

    // Opened again in the same browser: the table, not the cards.
    screen.getByRole('button', { name: strings.CommonBackToMappings }).click();
    await screen.findByRole('heading', { name: strings.ChooserMappingsHeading });
    await user.click(screen.getByRole('button', { name: 'MRI North: open the mapping' }));
    await screen.findByRole('grid', { name: 'Duties in Maintain a clean and safe environment' });
    expect(host.draftStorage.getItem(`idm-pref:v1:${host.draftScope}:view`)).toBe('table');
    expect(services.record(mappingId)).toBeDefined();
  });

  it('opens a duty’s change history from its cell with the keyboard, as the cards’ History button does', async () => {
    const { user } = await openMapping();
    await showTable(user);
    const dutyCell = cellOf(FIRST_DUTY.slice(0, 60), 'duty');
    const history = within(dutyCell).getByRole('button', { name: formatText(strings.MappingDutyHistoryButtonAria, FIRST_DUTY) });
    // Not a tab stop of its own: the grid keeps one tab stop, and Enter on the cell moves to its one control.
    expect(history).toHaveAttribute('tabindex', '-1');
    dutyCell.focus();
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(history);
    await user.keyboard('{Enter}');
    await screen.findByText(strings.MappingHistoryEmpty);
    expect(screen.getByText(strings.MappingHistoryPanelTitle)).toBeInTheDocument();
  });

  it('moves between cells with the arrow keys, Home and End, with one tab stop per grid', async () => {
    const { user } = await openMapping();
    await showTable(user);
    const table = grid('Maintain a clean and safe environment');
    const tabStops = Array.from(table.querySelectorAll('[tabindex="0"]'));
    expect(tabStops).toEqual([cellOf(FIRST_DUTY.slice(0, 60), 'duty')]);

    cellOf(FIRST_DUTY.slice(0, 60), 'duty').focus();
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(cellOf(FIRST_DUTY.slice(0, 60), 'map'));
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(cellOf(FIRST_DUTY.slice(0, 60), 'status'));
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(cellOf('Working to scope of practice', 'status'));
    expect(table.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    await user.keyboard('{Control>}{End}{/Control}');
    expect(document.activeElement).toBe(cellOf(COILS, 'status'));
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(cellOf(COILS, 'status'));
    await user.keyboard('{Home}');
    expect(document.activeElement).toHaveTextContent('a) Maintain a clean and safe environment');
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(cellOf(COILS, 'duty'));
  });

  it('edits where a duty is found and its reference with F2, and comments with Enter', async () => {
    const { user } = await openMapping();
    await showTable(user);
    cellOf(QUERIES, 'map').focus();
    await user.keyboard('{F2}');
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: `Found in: ${QUERIES}` }));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: `JD/PS reference: ${QUERIES}` }));
    await user.keyboard('JD 4.2{Escape}');
    expect(cellOf(QUERIES, 'map')).toHaveTextContent('Reference: JD 4.2');
    await user.keyboard('{ArrowRight}{Enter}');
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: `Comments: ${QUERIES}` }));
    // Arrow keys inside a control are the control's: the caret moves, the cell does not.
    await user.keyboard('Reception{ArrowLeft}{ArrowRight} answers');
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: `Comments: ${QUERIES}` }));
    await user.keyboard('{Escape}');
    expect(cellOf(QUERIES, 'comments')).toHaveTextContent('Reception answers');
  });

  it('opens a cell for editing on a click', async () => {
    const { user } = await openMapping();
    await showTable(user);
    await user.click(cellOf(QUERIES, 'comments'));
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: `Comments: ${QUERIES}` }));
  });

  it('lets a Visitor move around but not edit', async () => {
    const { FakeServices } = await import('../fakes/FakeServices');
    const services = new FakeServices();
    services.access = 'read';
    const { user } = await openMapping({ services });
    await showTable(user);
    expect(screen.getByText(strings.MappingTableReadOnlyHint)).toBeInTheDocument();
    cellOf(COILS, 'status').focus();
    await user.keyboard('{Enter}');
    await user.keyboard('{F2}');
    expect(document.activeElement).toBe(cellOf(COILS, 'status'));
    expect(screen.queryByRole('combobox', { name: `Status: ${COILS}` })).not.toBeInTheDocument();
  });

  it('shows the cards with a note when there is no room for the table', async () => {
    (window as { innerWidth: number }).innerWidth = 600;
    const { user } = await openMapping();
    await user.click(screen.getByRole('radio', { name: strings.MappingViewTable }));
    expect(screen.queryByRole('grid')).not.toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: `Status: ${COILS}` })).toBeInTheDocument();
    expect(screen.getByText(strings.MappingViewTableNeedsWidth)).toBeInTheDocument();
  });

  it('says under every area’s comments when all areas’ comments together are too long, as the cards do', async () => {
    const { user, services } = await openMapping();
    await showTable(user);
    const [first, second] = services.framework.areas;
    for (const area of [first, second]) {
      await user.click(screen.getByRole('textbox', { name: formatText(strings.MappingAreaCommentsLabel, area.title) }));
      await user.paste('x'.repeat(32000));
    }
    const warnings = await screen.findAllByText(/^The comments on all areas together come to 64,\d{3} characters with their labels/);
    expect(warnings).toHaveLength(services.framework.areas.length);
  });
});

describe('table view: the action owner as a person, as on the cards', () => {
  const GRACE = { login: 'i:0#.f|membership|grace.hollis@nhs.example', displayName: 'Grace Hollis', email: 'grace.hollis@nhs.example' };

  async function withOwners(): Promise<Awaited<ReturnType<typeof openMapping>> & { services: import('../fakes/FakeServices').FakeServices }> {
    const { FakeServices } = await import('../fakes/FakeServices');
    const services = new FakeServices();
    const mappingId = services.addMapping(
      { team: 'MRI North' },
      {
        entries: [
          { dutyId: 'clean-safe-7', status: 'gap', action: { what: 'Coil handling refresher', owner: 'Sam Patel' } },
          { dutyId: 'communicate-3', status: 'gap', action: { what: 'Reception script', owner: 'Superintendent', ownerPerson: GRACE } }
        ]
      }
    );
    const rendered = await openMapping({ services, mappingId });
    await showTable(rendered.user);
    return { ...rendered, services };
  }

  it('turns a free-text owner into a person with a click, and saves it', async () => {
    const { user, services, mappingId } = await withOwners();
    expect(cellOf(COILS, 'status')).toHaveTextContent('Owner: Sam Patel');
    cellOf(COILS, 'status').focus();
    await user.keyboard('{Enter}');
    await user.click(within(cellOf(COILS, 'status')).getByRole('button', { name: formatText(strings.MappingActionOwnerToPerson, 'Sam Patel') }));
    // The picker now holds the person; the text was just their name, so it is not kept twice.
    expect((await within(cellOf(COILS, 'status')).findAllByText('Sam Patel')).length).toBeGreaterThan(0);
    expect(within(cellOf(COILS, 'status')).getByRole('textbox', { name: formatText(strings.MappingActionOwnerAria, COILS) })).toHaveValue('');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(services.entry(mappingId, 'clean-safe-7').action?.ownerPerson?.login).toBe(services.directory[1].login), { timeout: 10000 });
  });

  it('chooses a person with the people picker in the cell, keeping free text for someone outside the organisation', async () => {
    const { user, services, mappingId } = await withOwners();
    cellOf(COILS, 'status').focus();
    await user.keyboard('{Enter}');
    const cell = cellOf(COILS, 'status');
    await user.click(within(cell).getByRole('button', { name: strings.MappingActionOwnerChoose }));
    await user.type(within(cell).getByRole('combobox', { name: `${strings.MappingActionOwnerPersonLabel}: ${COILS}` }), 'Sam');
    await user.click(await screen.findByRole('option', { name: /Sam Patel/ }, { timeout: 5000 }));
    await waitFor(() => expect(services.entry(mappingId, 'clean-safe-7').action?.ownerPerson?.displayName).toBe('Sam Patel'), { timeout: 10000 });
  });

  it('keeps an owner who has left, with a plain note in the cell', async () => {
    await withOwners();
    const cell = cellOf(QUERIES, 'status');
    expect(cell).toHaveTextContent('Owner: Grace Hollis (Superintendent)');
    expect(await within(cell).findByText(formatText(strings.MappingActionOwnerLeft, 'Grace Hollis'))).toBeInTheDocument();
  });
});
