import { screen, within } from '@testing-library/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import * as format from '../../../src/wording/format';
import { FakeServices } from '../fakes/FakeServices';
import { SITE_LINK } from '../fakes/testHost';
import { openMapping } from '../helpers';
import { renderApp } from '../renderApp';

const originalClipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard');

afterEach(() => {
  if (originalClipboard) {
    Object.defineProperty(navigator, 'clipboard', originalClipboard);
  } else {
    delete (navigator as { clipboard?: unknown }).clipboard;
  }
});

function stubClipboard(writeText: (text: string) => Promise<void>): void {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}

describe('deep links', () => {
  it('copies a link to a mapping from the chooser', async () => {
    const services = new FakeServices();
    const id = services.addMapping({ team: 'MRI North' });
    const { user } = renderApp({ services });
    // After user-event's setup, which installs its own clipboard.
    const writeText = jest.fn(async (_text: string) => undefined);
    stubClipboard(writeText);
    const card = await screen.findByRole('article', { name: 'MRI North' });
    await user.click(within(card).getByRole('button', { name: 'Copy link to the mapping for MRI North' }));
    expect(writeText).toHaveBeenCalledWith(`${SITE_LINK}?mapping=${id}`);
    expect(await within(card).findByText(strings.CommonLinkCopied)).toBeInTheDocument();
  });

  it('copies a link to an area, or shows it to copy by hand when the clipboard is unavailable', async () => {
    const { user, mappingId } = await openMapping();
    stubClipboard(async () => {
      throw new Error('NotAllowedError');
    });
    const area = screen.getByRole('region', { name: 'Manage data relevant to the clinical imaging environment' });
    await user.click(within(area).getByRole('button', { name: 'Copy link to Manage data relevant to the clinical imaging environment' }));
    const field = await within(area).findByRole('textbox', { name: strings.CommonLinkToCopyLabel });
    expect(field).toHaveValue(`${SITE_LINK}?mapping=${mappingId}&area=manage-data`);
    expect(field).toHaveFocus();
  });
});

describe('host settings and benchmark marks', () => {
  it('leaves performance marks after the grid renders and after an edit commits', async () => {
    const mark = jest.fn();
    const original = performance.mark;
    Object.defineProperty(performance, 'mark', { value: mark, configurable: true, writable: true });
    try {
      const { user } = await openMapping({ host: { compact: true } });
      expect(mark).toHaveBeenCalledWith('idm-grid-rendered');
      expect(mark).not.toHaveBeenCalledWith('idm-grid-edit-rendered');
      await user.type(screen.getByRole('textbox', { name: 'JD/PS reference: Answering or referring queries' }), '4');
      expect(mark).toHaveBeenCalledWith('idm-grid-edit-start');
      expect(mark).toHaveBeenCalledWith('idm-grid-edit-rendered');
    } finally {
      Object.defineProperty(performance, 'mark', { value: original, configurable: true, writable: true });
    }
  });

  it('offers a skip link to the duties and keeps headings in order', async () => {
    const { user } = await openMapping();
    const skip = screen.getByRole('link', { name: strings.MappingSkipToDuties });
    await user.click(skip);
    expect(document.getElementById('idm-grid')).toHaveFocus();
    const levels = screen.getAllByRole('heading').map((h) => Number(h.tagName.slice(1)));
    expect(levels[0]).toBe(1);
    levels.forEach((level, i) => {
      if (i > 0) {
        expect(level - levels[i - 1]).toBeLessThanOrEqual(1);
      }
    });
  });
});

describe('rendering cost of an edit', () => {
  it('re-renders only the edited duty row and its area', async () => {
    const { user } = await openMapping();
    // Each duty's answer fields word their status control's name as they render, so the names worded during the edit
    // are the duty rows that rendered (the row's short label itself is memoised and says nothing about renders).
    const texts = jest.spyOn(format, 'formatText');
    await user.type(screen.getByRole('textbox', { name: 'JD/PS reference: Answering or referring queries' }), '4');
    const rowsRendered = texts.mock.calls.filter(([template]) => template === strings.MappingStatusAria).map(([, label]) => label);
    expect(rowsRendered.length).toBeGreaterThan(0);
    expect(new Set(rowsRendered)).toEqual(new Set(['Answering or referring queries']));
    const areasRendered = texts.mock.calls.filter(([template]) => template === strings.CommonCountsForLabel).map(([, title]) => title);
    expect(new Set(areasRendered)).toEqual(new Set(['Communicate appropriately with patients, the multi-disciplinary team and wider networks']));
    texts.mockRestore();
  });
});
