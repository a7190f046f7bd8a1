import { screen } from '@testing-library/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { FakeServices } from '../fakes/FakeServices';
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

const REQUEST_ID = '5d1f9b2e-7c41-4e0a-9a55-0c2b8f3e6d17';

function failingSite(): FakeServices {
  const services = new FakeServices();
  services.addMapping({ team: 'MRI North' });
  services.failNext('listMappings', 'throttled', 1, { status: 503, requestId: REQUEST_ID });
  return services;
}

describe('"Copy details" on an error message', () => {
  it('copies the time, operation, status and request id for a support ticket, and nothing of the mapping', async () => {
    const { user } = renderApp({ services: failingSite() });
    expect(await screen.findByRole('alert')).toHaveTextContent(strings.CommonErrorThrottled);
    const writeText = jest.fn(async (_text: string) => undefined);
    stubClipboard(writeText);
    await user.click(screen.getByRole('button', { name: strings.CommonCopyDetails }));
    expect(writeText).toHaveBeenCalledTimes(1);
    const copied = writeText.mock.calls[0][0];
    expect(copied).toContain(`${strings.CommonDetailsOperation}: listMappings`);
    expect(copied).toContain(`${strings.CommonDetailsStatus}: 503`);
    expect(copied).toContain(`${strings.CommonDetailsRequestId}: ${REQUEST_ID}`);
    expect(copied).toMatch(new RegExp(`${strings.CommonDetailsTime}: \\d{4}-\\d{2}-\\d{2}T`));
    expect(copied).not.toContain('MRI North');
    expect(await screen.findByText(strings.CommonDetailsCopied)).toBeInTheDocument();
  });

  it('shows the details to copy by hand when the clipboard is refused', async () => {
    const { user } = renderApp({ services: failingSite() });
    expect(await screen.findByRole('alert')).toHaveTextContent(strings.CommonErrorThrottled);
    stubClipboard(async () => {
      throw new Error('NotAllowedError');
    });
    await user.click(screen.getByRole('button', { name: strings.CommonCopyDetails }));
    const field = await screen.findByRole('textbox', { name: strings.CommonDetailsToCopyLabel });
    expect((field as HTMLTextAreaElement).value).toContain(`${strings.CommonDetailsRequestId}: ${REQUEST_ID}`);
  });
});
