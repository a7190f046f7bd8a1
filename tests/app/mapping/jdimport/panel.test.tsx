import { readFileSync } from 'fs';
import { join } from 'path';
import { cleanup, screen, within } from '@testing-library/react';
import { truncate } from '../../../../src/wording/format';
import { DEFAULT_FRAMEWORK, findDuty } from '../../../../src/model';
import { openMapping } from '../../helpers';
import { JD_FIXTURES } from '../../../support/jdDocuments';

function referenceLabel(dutyId: string): string {
  const found = findDuty(DEFAULT_FRAMEWORK, dutyId);
  if (!found) {
    throw new Error(`No duty ${dutyId}`);
  }
  return `JD/PS reference: ${truncate(found.duty.text)}`;
}

const JD_TEXT = readFileSync(join(JD_FIXTURES, 'general-xray-jd.txt'), 'utf8');

// Each test renders the whole app and a Fluent panel; on a shared two-core machine that can take a while.
jest.setTimeout(90_000);

afterEach(cleanup);

async function pasteJd(user: Awaited<ReturnType<typeof openMapping>>['user'], text: string): Promise<HTMLElement> {
  await user.click(screen.getByRole('button', { name: 'Add JD and PS' }));
  const panel = await screen.findByRole('dialog', { name: 'Job description and person specification' });
  await user.click(within(panel).getAllByRole('button', { name: 'Paste text instead' })[0]);
  const field = within(panel).getByLabelText('Text of the Job description (JD)');
  await user.click(field);
  // Pasting, not typing: the whole JD arrives at once.
  await user.paste(text);
  await user.click(within(panel).getByRole('button', { name: 'Use this text' }));
  return panel;
}

describe('Add JD and PS', () => {
  it('suggests clauses for the first duty with their matched words, and fills nothing in by itself', async () => {
    const { user } = await openMapping();
    const panel = await pasteJd(user, JD_TEXT);
    await within(panel).findByText(/^Pasted text: \d+ clauses read\.$/);
    await within(panel).findByText('Duty 1 of 24');
    const suggestions = within(panel).getByRole('list', { name: 'Suggested clauses for this duty' });
    const first = within(suggestions).getAllByRole('listitem')[0];
    expect(within(first).getByText('JD 3.2')).toBeTruthy();
    expect(within(first).getAllByText('controlled areas', { selector: 'mark' })).toHaveLength(1);
    expect(within(first).getByText(/^Matched words: .*controlled areas/)).toBeTruthy();
    expect((screen.getByLabelText(referenceLabel('clean-safe-1')) as HTMLInputElement).value).toBe('');
  });

  it('Accept adds the citation after the reference already written, and Dismiss hides a suggestion', async () => {
    const { user } = await openMapping();
    const reference = screen.getByLabelText(referenceLabel('clean-safe-1')) as HTMLInputElement;
    await user.type(reference, 'Section 2');
    const panel = await pasteJd(user, JD_TEXT);
    await within(panel).findByText('Duty 1 of 24');

    await user.click(within(panel).getByRole('button', { name: 'Accept JD 3.2' }));
    expect(within(panel).getByText('Accepted JD 3.2: found in and reference updated for this duty.')).toBeTruthy();
    expect(reference.value).toBe('Section 2; JD 3.2');
    expect(within(panel).getByText('Now: found in JD; reference Section 2; JD 3.2')).toBeTruthy();

    // The next duty's suggestion (JD 2.8) is dismissed and goes from the list.
    await user.click(within(panel).getByRole('button', { name: 'Next duty' }));
    await within(panel).findByText('Duty 2 of 24');
    const before = within(panel).getAllByRole('button', { name: /^Accept JD / }).length;
    await user.click(within(panel).getByRole('button', { name: 'Dismiss JD 2.8' }));
    expect(within(panel).queryByRole('button', { name: 'Dismiss JD 2.8' })).toBeNull();
    expect(within(panel).queryAllByRole('button', { name: /^Accept JD / })).toHaveLength(before - 1);
  });

  it('lists clauses that match no duty as in the JD but not in the framework', async () => {
    const { user } = await openMapping();
    const panel = await pasteJd(user, JD_TEXT);
    await within(panel).findByText('Duty 1 of 24');
    const heading = await within(panel).findByRole('heading', { name: 'In the JD but not in the framework' });
    const section = heading.closest('section') as HTMLElement;
    expect(within(section).getByText(/safeguarding responsibilities/)).toBeTruthy();
  });

  it('asks for text before reading an empty paste, and shows a document\'s markup as text', async () => {
    const { user } = await openMapping();
    const panel = await pasteJd(user, '   ');
    expect(await within(panel).findByText("Paste the document's text first.")).toBeTruthy();
    const field = within(panel).getByLabelText('Text of the Job description (JD)');
    await user.clear(field);
    await user.paste('Main duties\n1. Check images arrive on <img src=x onerror=alert(1)> PACS before patients leave.');
    await user.click(within(panel).getByRole('button', { name: 'Use this text' }));
    await within(panel).findByText('Pasted text: 1 clause read.');
    expect(panel.querySelector('img')).toBeNull();
  });
});
