import { screen, within } from '@testing-library/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { COILS, advance, choose, endFakeTimers, openMapping } from '../helpers';
import type { Rendered } from '../renderApp';

beforeEach(() => {
  jest.useFakeTimers();
  jest.setSystemTime(new Date(2025, 2, 31, 9, 30, 0));
});

afterEach(endFakeTimers);

/** Opens a mapping, lets "Sam Patel" change the coils duty, then edits it here too and saves. */
async function clash(): Promise<Rendered & { mappingId: number; dialog: HTMLElement }> {
  const rendered = await openMapping({ fakeTimers: true });
  rendered.services.externalEdit(rendered.mappingId, 'clean-safe-7', { comments: 'Their comment', status: 'inPlace', foundIn: 'jd' }, 'Sam Patel');
  await choose(rendered.user, `Status: ${COILS}`, 'Gap');
  await rendered.user.type(screen.getByRole('textbox', { name: `Comments: ${COILS}` }), 'My comment');
  await advance(1500);
  const dialog = await screen.findByRole('alertdialog', { name: strings.MappingConflictTitleEntry });
  return { ...rendered, dialog };
}

describe('save conflicts', () => {
  it('shows both versions field by field, saying who made theirs', async () => {
    const { dialog, services, mappingId } = await clash();
    expect(dialog).toHaveTextContent(COILS);
    expect(dialog).toHaveTextContent('Sam Patel saved a different version while you were editing.');
    const terms = within(dialog).getAllByRole('term').map((t) => t.textContent);
    expect(terms).toEqual(['Found in', 'Comments', 'Status']);
    const [foundIn, comments, status] = within(dialog).getAllByRole('definition');
    expect(foundIn).toHaveTextContent('Your version: Not yet mapped');
    expect(foundIn).toHaveTextContent('Their version (Sam Patel): JD');
    expect(comments).toHaveTextContent('Your version: My comment');
    expect(comments).toHaveTextContent('Their version (Sam Patel): Their comment');
    expect(status).toHaveTextContent('Your version: Gap');
    expect(status).toHaveTextContent('Their version (Sam Patel): In place');
    expect(services.entry(mappingId, 'clean-safe-7').comments).toBe('Their comment');
    expect(screen.getByRole('status', { name: strings.MappingSaveStateLabel, hidden: true })).toHaveTextContent('1 change needs your decision');
  });

  it('"Keep my version" overwrites theirs using their ETag', async () => {
    const { dialog, user, services, mappingId } = await clash();
    const theirEtag = services.record(mappingId).entryEtags['clean-safe-7'];
    await user.click(within(dialog).getByRole('button', { name: strings.MappingConflictKeepMine }));
    await advance(1500);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    const last = services.saveCalls[services.saveCalls.length - 1];
    expect(last.changes.entries[0].etag).toBe(theirEtag);
    expect(services.entry(mappingId, 'clean-safe-7')).toMatchObject({ comments: 'My comment', status: 'gap' });
  });

  it('"Use their version" takes theirs and sends nothing', async () => {
    const { dialog, user, services, mappingId } = await clash();
    const calls = services.saveCalls.length;
    await user.click(within(dialog).getByRole('button', { name: strings.MappingConflictUseTheirs }));
    await advance(3000);
    expect(screen.getByRole('textbox', { name: `Comments: ${COILS}` })).toHaveValue('Their comment');
    expect(screen.getByRole('combobox', { name: `Status: ${COILS}` })).toHaveTextContent('In place');
    expect(services.saveCalls).toHaveLength(calls);
    expect(services.entry(mappingId, 'clean-safe-7').comments).toBe('Their comment');
  });

  it('"Merge the two" joins the texts for editing and lets you pick the other fields', async () => {
    const { dialog, user, services, mappingId } = await clash();
    await user.click(within(dialog).getByRole('button', { name: strings.MappingConflictMerge }));
    const merged = within(dialog).getByRole('textbox', { name: 'Comments (both versions, edit as needed)' });
    expect(merged).toHaveValue('My comment\n\nTheir comment');
    await user.type(merged, ' (agreed)');
    const statusChoice = within(dialog).getByRole('radiogroup', { name: 'Status' });
    await user.click(within(statusChoice).getByRole('radio', { name: 'Their version (Sam Patel): In place' }));
    await user.click(within(dialog).getByRole('button', { name: strings.MappingConflictSaveMerged }));
    await advance(1500);
    expect(services.entry(mappingId, 'clean-safe-7')).toMatchObject({
      comments: 'My comment\n\nTheir comment (agreed)',
      status: 'inPlace',
      foundIn: 'notMapped'
    });
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('handles a clash on the mapping details too', async () => {
    const { user, services, mappingId } = await openMapping({ fakeTimers: true });
    services.externalHeaderEdit(mappingId, { notes: 'Their notes' });
    await user.type(screen.getByRole('textbox', { name: strings.CommonFieldNotes }), 'My notes');
    await advance(1500);
    const dialog = await screen.findByRole('alertdialog', { name: strings.MappingConflictTitleHeader });
    expect(dialog).toHaveTextContent('Someone else saved a different version');
    expect(within(dialog).getByRole('definition')).toHaveTextContent('Your version: My notes');
    expect(within(dialog).getByRole('definition')).toHaveTextContent('Their version (Someone else): Their notes');
    await user.click(within(dialog).getByRole('button', { name: strings.MappingConflictMerge }));
    await user.click(within(dialog).getByRole('button', { name: strings.MappingConflictSaveMerged }));
    await advance(1500);
    expect(services.record(mappingId).mapping.header.notes).toBe('My notes\n\nTheir notes');
  });
});
