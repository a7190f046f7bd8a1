import { screen } from '@testing-library/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { draftKey } from '../../../../src/app/mapping/editor/drafts/drafts';
import { COILS, advance, endFakeTimers, openMapping } from '../../helpers';
import { cellOf, showTable } from './tableHelpers';

beforeEach(() => {
  jest.useFakeTimers();
  jest.setSystemTime(new Date(2025, 2, 31, 14, 5, 0));
});

afterEach(endFakeTimers);

describe('table view, saving', () => {
  it('edits a status with Enter, keeps the cards’ accessible names, leaves with Escape, and autosaves', async () => {
    const { user, services, mappingId } = await openMapping({ fakeTimers: true });
    await showTable(user);
    cellOf(COILS, 'status').focus();
    await user.keyboard('{Enter}');
    const status = screen.getByRole('combobox', { name: `Status: ${COILS}` });
    expect(document.activeElement).toBe(status);
    await user.click(status);
    await user.click(await screen.findByRole('option', { name: 'Gap' }));
    // A gap asks for its action, named after the duty as on the cards.
    const what = screen.getByRole('textbox', { name: `Action: ${COILS}` });
    await user.type(what, 'Coil training for APs');
    await user.keyboard('{Escape}');
    expect(document.activeElement).toBe(cellOf(COILS, 'status'));
    expect(screen.queryByRole('combobox', { name: `Status: ${COILS}` })).not.toBeInTheDocument();
    expect(cellOf(COILS, 'status')).toHaveTextContent('Gap');
    expect(cellOf(COILS, 'status')).toHaveTextContent('Action: Coil training for APs');

    await advance(1500);
    expect(services.entry(mappingId, 'clean-safe-7')).toMatchObject({ status: 'gap', action: { what: 'Coil training for APs' } });
    expect(screen.getByRole('status', { name: strings.MappingSaveStateLabel })).toHaveTextContent('Saved at');
  });

  it('keeps an unsaved table edit in the browser and sends it with its ETag, as the cards do', async () => {
    const { user, services, mappingId, host } = await openMapping({ fakeTimers: true });
    services.failNext('saveChanges', 'offline');
    await showTable(user);
    await user.click(cellOf(COILS, 'comments'));
    await user.type(screen.getByRole('textbox', { name: `Comments: ${COILS}` }), 'Radiographers do this now');
    await advance(1500);
    expect(host.draftStorage.getItem(draftKey(host.draftScope, mappingId))).toContain('Radiographers do this now');
    expect(screen.getByRole('status', { name: strings.MappingSaveStateLabel })).toHaveTextContent(strings.MappingSaveKeptInBrowser);
  });

  it('raises the same conflict dialog when someone else changed the duty', async () => {
    const { user, services, mappingId } = await openMapping({ fakeTimers: true });
    services.externalEdit(mappingId, 'clean-safe-7', { comments: 'Their comment' }, 'Sam Patel');
    await showTable(user);
    await user.click(cellOf(COILS, 'comments'));
    await user.type(screen.getByRole('textbox', { name: `Comments: ${COILS}` }), 'My comment');
    await advance(1500);
    const dialog = await screen.findByRole('alertdialog', { name: strings.MappingConflictTitleEntry });
    expect(dialog).toHaveTextContent('Sam Patel saved a different version while you were editing.');
  });
});
