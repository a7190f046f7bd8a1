import { act, cleanup, screen } from '@testing-library/react';
import type { HostInfo } from '../../src/host/types';
import { FakeServices } from './fakes/FakeServices';
import { renderApp } from './renderApp';
import type { Rendered } from './renderApp';

export const COILS = 'Cleaning, moving and changing MRI coils during MRI sessions';
export const QUERIES = 'Answering or referring queries';

/**
 * Renders the app opened straight at a mapping (as a deep link would) and waits for its grid.
 *
 * @param options - Services (a mapping is added when none given), host overrides, fake timers.
 * @returns The render, and the mapping's id.
 */
export async function openMapping(
  options: { services?: FakeServices; mappingId?: number; host?: Partial<HostInfo>; fakeTimers?: boolean } = {}
): Promise<Rendered & { mappingId: number }> {
  const services = options.services ?? new FakeServices();
  const mappingId = options.mappingId ?? services.addMapping({ team: 'MRI North' });
  const rendered = renderApp({ services, fakeTimers: options.fakeTimers, host: { initialTarget: { mappingId }, ...options.host } });
  // The mapping screen is a lazy chunk: the first test in a file also waits for it to load, which
  // takes longer than findBy's default second when the machine is busy.
  await screen.findByLabelText(`Status: ${COILS}`, {}, { timeout: 10000 });
  return { ...rendered, mappingId };
}

/**
 * Picks an option of a Fluent dropdown, found by its accessible name.
 *
 * @param user - The user-event instance.
 * @param label - The dropdown's accessible name.
 * @param option - The option's name.
 */
export async function choose(user: Rendered['user'], label: string, option: string): Promise<void> {
  await user.click(screen.getByLabelText(label));
  await user.click(await screen.findByRole('option', { name: option }));
}

/**
 * Ends a fake-timer test cleanly: unmounts, runs what React's scheduler and the
 * app left queued on the fake clock, then restores real timers. Without this a
 * callback queued on a discarded fake clock blocks React's scheduler in later tests.
 */
export async function endFakeTimers(): Promise<void> {
  cleanup();
  await act(async () => {
    jest.runOnlyPendingTimers();
  });
  jest.useRealTimers();
}

/**
 * Moves the fake clock on. Effects left from the last interaction run first, so
 * timers they start (the autosave debounce) count from now, as in a browser.
 *
 * @param ms - Milliseconds to advance.
 */
export async function advance(ms: number): Promise<void> {
  await act(async () => {
    jest.advanceTimersByTime(0);
  });
  await act(async () => {
    jest.advanceTimersByTime(ms);
  });
}
