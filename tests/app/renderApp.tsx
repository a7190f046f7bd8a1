import * as React from 'react';
import { configure } from '@testing-library/dom';
import { act, render } from '@testing-library/react';
import type { RenderResult } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { setIconOptions } from '@fluentui/react';
import { AppRoot } from '../../src/app/AppRoot';
import type { HostInfo } from '../../src/host/types';
import { FakeServices } from './fakes/FakeServices';
import { createTestHost } from './fakes/testHost';

// Icons are not registered in jsdom; their names are irrelevant to behaviour.
setIconOptions({ disableWarnings: true });

// user-event 14 drives the top-level @testing-library/dom (v10), which RTL 12 (on its own
// nested dom v8) does not configure; wrap its events in React's act as RTL would.
configure({
  eventWrapper: (callback) => {
    let result: unknown;
    act(() => {
      result = callback();
    });
    return result;
  },
  asyncWrapper: async (callback) => {
    let result: unknown;
    await act(async () => {
      result = await callback();
    });
    return result;
  }
});

export interface Rendered extends RenderResult {
  services: FakeServices;
  host: HostInfo;
  user: ReturnType<typeof userEvent.setup>;
}

/**
 * Mounts the app as a host would, with the in-memory services.
 *
 * @param options - Services and host overrides; `fakeTimers` makes user-event advance jest's clock.
 * @returns The render result, services, host and a user-event instance.
 */
export function renderApp(options: { services?: FakeServices; host?: Partial<HostInfo>; fakeTimers?: boolean } = {}): Rendered {
  const services = options.services ?? new FakeServices();
  const host = createTestHost(options.host);
  // Fluent positions callouts with layout jsdom does not compute, leaving them pointer-events: none.
  const user = userEvent.setup({
    pointerEventsCheck: PointerEventsCheckLevel.Never,
    ...(options.fakeTimers ? { advanceTimers: jest.advanceTimersByTime } : {})
  });
  const result = render(<AppRoot services={services} host={host} />);
  return { ...result, services, host, user };
}
