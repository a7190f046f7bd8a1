import * as strings from 'ImagingDutyMappingWebPartStrings';
import { AppError } from '../../../src/services/errors';
import { toAppError } from '../../../src/services/toAppError';
import { describeError } from '../../../src/app/common/errors';

/** A PnPjs-style HTTP failure (HttpRequestError puts SharePoint's reply after "::>"), as the data layer receives it. */
function httpError(status: number, code = '', message = ''): Error {
  const body = JSON.stringify({ 'odata.error': { code, message: { lang: 'en-US', value: message } } });
  return Object.assign(new Error(`Error making HttpClient request in queryable [${status}] ::> ${body}`), { status, isHttpRequestError: true });
}

describe('the words people see for a failure', () => {
  it('tells someone whose sign-in or page has expired to reload, not to ask for permission', () => {
    for (const failure of [httpError(401), httpError(403, '-2130575251, Microsoft.SharePoint.SPException', 'The security validation for this page is invalid')]) {
      const error = toAppError(failure);
      expect(error.kind).toBe('sessionExpired');
      expect(describeError(error)).toBe(strings.CommonErrorSessionExpired);
      expect(describeError(error)).not.toMatch(/permission/);
    }
    const denied = toAppError(httpError(403, '-2147024891, System.UnauthorizedAccessException', 'Access denied.'));
    expect(describeError(denied)).toBe(strings.CommonErrorForbidden);
  });

  it('words invalid input precisely: which field, by how much', () => {
    const error = new AppError('invalid', { reason: 'validation', problems: [{ field: 'comments', code: 'tooLong', length: 64120, max: 63999 }] });
    expect(describeError(error)).toBe('Comments are 64,120 characters long; the most SharePoint can store is 63,999. Shorten them by 121 characters.');
  });

  it("passes on SharePoint's own reason for refusing a change", () => {
    const error = toAppError(httpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', 'Cannot convert a primitive value.'));
    expect(describeError(error)).toBe('SharePoint did not accept this change: Cannot convert a primitive value.');
    expect(describeError(new AppError('invalid', { reason: 'rejected' }))).toBe('SharePoint did not accept this change.');
  });

  it('says which framework version is missing or cannot be read', () => {
    expect(describeError(new AppError('notFound', { reason: 'frameworkVersionMissing', frameworkVersion: 3 }))).toMatch(/^This mapping uses version 3 of the framework/);
    const unreadable = new AppError('invalid', {
      reason: 'frameworkUnreadable',
      frameworkVersion: 2,
      frameworkProblems: [{ code: 'notJson', path: '', at: [] }]
    });
    expect(describeError(unreadable)).toBe(
      'The framework stored on this site (version 2) cannot be read, so mappings that use it cannot open. The framework definition is not valid JSON. Check for a missing comma, quote mark or bracket. A site owner can fix it by saving a corrected version.'
    );
  });

  it('names the damaged item of a stored version, with where in its JSON, so an owner can repair it', () => {
    const damaged = new AppError('invalid', {
      reason: 'frameworkUnreadable',
      frameworkVersion: 4,
      itemId: 17,
      frameworkProblems: [{ code: 'blank', path: 'areas[0].title', at: ['areas', 0, 'title'] }]
    });
    expect(describeError(damaged)).toBe(
      'Version 4 of the framework (item 17 in the Duty Mapping Frameworks list) cannot be read. areas[0].title: Area 1: the title is blank; fill it in. A site owner can repair it by restoring an earlier version of that item from its version history, or by publishing the framework again.'
    );
  });

  it('words the framework editor’s failures from their reasons', () => {
    expect(describeError(new AppError('conflict', { reason: 'versionTaken', frameworkVersion: 3 }))).toMatch(/^Someone else published version 3 of this framework.*Your draft is kept/);
    expect(describeError(new AppError('invalid', { reason: 'moveTargetUnreadable', frameworkVersion: 5 }))).toBe(
      'Version 5 of this framework cannot be read, so the mapping cannot move to it.'
    );
    expect(describeError(new AppError('notFound', { reason: 'frameworkMissing' }))).toBe(strings.CommonErrorFrameworkMissing);
    expect(describeError(new AppError('notFound', { reason: 'frameworkNotStored' }))).toBe(strings.CommonErrorFrameworkNotStored);
    expect(describeError(new AppError('forbidden', { reason: 'ownersOnly' }))).toBe(strings.CommonErrorOwnersOnly);
    // A conflict without a reason keeps the general words.
    expect(describeError(new AppError('conflict'))).toBe(strings.CommonErrorConflict);
  });

  it('promises nothing about saving when offline outside the editor', () => {
    expect(describeError(toAppError(new TypeError('fetch failed')))).toBe(strings.CommonErrorOffline);
    expect(strings.CommonErrorOffline).not.toMatch(/saved|kept/);
  });

  it('never shows a raw technical message', () => {
    expect(describeError(toAppError(new TypeError("Cannot read properties of undefined (reading 'x')")))).toBe(strings.CommonErrorUnknown);
  });
});
