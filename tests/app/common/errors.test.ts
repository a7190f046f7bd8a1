import * as strings from 'ImagingDutyMappingWebPartStrings';
import { toAppError as fromSharePoint } from '../../../src/data/errors';
import { AppError } from '../../../src/services/errors';
import { describeError, toAppError } from '../../../src/app/common/errors';

/** A PnPjs-style HTTP failure (HttpRequestError puts SharePoint's reply after "::>"), as the data layer receives it. */
function httpError(status: number, code = '', message = ''): Error {
  const body = JSON.stringify({ 'odata.error': { code, message: { lang: 'en-US', value: message } } });
  return Object.assign(new Error(`Error making HttpClient request in queryable [${status}] ::> ${body}`), { status, isHttpRequestError: true });
}

describe('the words people see for a failure', () => {
  it('tells someone whose sign-in or page has expired to reload, not to ask for permission', () => {
    for (const failure of [httpError(401), httpError(403, '-2130575251, Microsoft.SharePoint.SPException', 'The security validation for this page is invalid')]) {
      const error = fromSharePoint(failure);
      expect(error.kind).toBe('sessionExpired');
      expect(describeError(error)).toBe(strings.ErrorSessionExpired);
      expect(describeError(error)).not.toMatch(/permission/);
    }
    const denied = fromSharePoint(httpError(403, '-2147024891, System.UnauthorizedAccessException', 'Access denied.'));
    expect(describeError(denied)).toBe(strings.ErrorForbidden);
  });

  it('keeps the data layer’s precise wording for invalid input', () => {
    const error = new AppError('invalid', 'Comments are 64,120 characters long; the most SharePoint can store is 63,999. Shorten them by 121 characters.');
    expect(describeError(error)).toBe(error.message);
  });

  it('promises nothing about saving when offline outside the editor', () => {
    expect(describeError(new AppError('offline', 'fetch failed'))).toBe(strings.ErrorOffline);
    expect(strings.ErrorOffline).not.toMatch(/saved|kept/);
  });

  it('never shows a raw technical message', () => {
    expect(describeError(toAppError(new TypeError("Cannot read properties of undefined (reading 'x')")))).toBe(strings.ErrorUnknown);
  });
});
