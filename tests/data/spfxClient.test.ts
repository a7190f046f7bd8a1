/** @jest-environment node */
import '../../src/data/toolkit/pnp';
import { LogLevel, Logger } from '@pnp/logging';
import type { ISPFXContext } from '@pnp/sp';
import { createSpfxSp } from '../../src/data/toolkit/spfxClient';

/** Just what PnPjs's SPFx behaviour reads when it is applied (no request is made here). */
function spfxContext(): ISPFXContext {
  return { pageContext: { web: { absoluteUrl: 'https://contoso.sharepoint.com/sites/imaging' }, legacyPageContext: {} } } as unknown as ISPFXContext;
}

afterEach(() => {
  Logger.clearSubscribers();
  jest.restoreAllMocks();
});

test("PnPjs's warnings reach the browser console, its information does not, and two web parts subscribe once", () => {
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  const info = jest.spyOn(console, 'info').mockImplementation(() => undefined);
  const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
  const sp = createSpfxSp(spfxContext());
  createSpfxSp(spfxContext());
  expect(Logger.count).toBe(1);
  sp.web.log('Retrying a throttled request', LogLevel.Warning);
  sp.web.log('Request started', LogLevel.Info);
  expect(warn).toHaveBeenCalledTimes(1);
  expect(String(warn.mock.calls[0][0])).toContain('Retrying a throttled request');
  expect(info).not.toHaveBeenCalled();
  expect(log).not.toHaveBeenCalled();
});
