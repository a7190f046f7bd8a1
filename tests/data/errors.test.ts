/** @jest-environment node */
import { HttpRequestError } from '@pnp/queryable';
import { InvalidFrameworkError, httpStatus, withAppErrors } from '../../src/data/toolkit/errors';
import { AppError } from '../../src/services/errors';
import { toAppError } from '../../src/services/toAppError';

function spError(status: number, code: string, message: string, headers: Record<string, string> = {}): Promise<HttpRequestError> {
  const body = JSON.stringify({ 'odata.error': { code, message: { lang: 'en-US', value: message } } });
  return HttpRequestError.init(new Response(body, { status, statusText: 'x', headers }));
}

describe('toAppError', () => {
  test('a 412 is a conflict', async () => {
    const error = toAppError(await spError(412, '-1, Microsoft.SharePoint.Client.ClientServiceException', "The request ETag value '\"1\"' does not match the object's ETag value '\"2\"'."));
    expect(error.kind).toBe('conflict');
    expect(error.status).toBe(412);
    expect(error.reason).toBeUndefined();
  });

  test.each([429, 503])('a %i is throttling and carries Retry-After', async (status) => {
    const error = toAppError(await spError(status, '', '', { 'Retry-After': '7' }));
    expect(error.kind).toBe('throttled');
    expect(error.retryAfterSeconds).toBe(7);
  });

  test('throttling without Retry-After still reads plainly', async () => {
    const error = toAppError(await spError(429, '', ''));
    expect(error.kind).toBe('throttled');
    expect(error.retryAfterSeconds).toBeUndefined();
  });

  test('access denied is forbidden; a stale digest is an expired session, with different advice', async () => {
    const denied = toAppError(await spError(403, '-2147024891, System.UnauthorizedAccessException', 'Access denied.'));
    const digest = toAppError(
      await spError(403, '-2130575251, Microsoft.SharePoint.SPException', 'The security validation for this page is invalid and might be corrupted.')
    );
    expect(denied.kind).toBe('forbidden');
    expect(denied.reason).toBeUndefined();
    expect(digest.kind).toBe('sessionExpired');
    expect(digest.reason).toBe('pageTooOld');
  });

  test('401 is an expired sign-in, not a lack of permission', async () => {
    const expired = toAppError(await spError(401, '', ''));
    expect(expired.kind).toBe('sessionExpired');
    expect(expired.reason).toBeUndefined();
  });

  test('a missing list is missingLists; a missing item is notFound', async () => {
    const list = toAppError(await spError(404, '-1, System.ArgumentException', "List 'Duty Mappings' does not exist at site with URL 'http://x/sites/imaging'."));
    const item = toAppError(await spError(404, '-2130575338, Microsoft.SharePoint.SPException', 'Item does not exist. It may have been deleted by another user.'));
    expect(list.kind).toBe('missingLists');
    expect(list.reason).toBeUndefined();
    expect(item.kind).toBe('notFound');
  });

  test('a missing column is reported as missing set-up, other 400s as invalid', async () => {
    const column = toAppError(
      await spError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', "The property 'IdmStatus' does not exist on type 'SP.Data.XListItem'.")
    );
    const other = toAppError(await spError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', 'Cannot convert a primitive value.'));
    expect(column.kind).toBe('missingLists');
    expect(column.reason).toBe('columnsMissing');
    expect(other.kind).toBe('invalid');
    expect(other.reason).toBe('rejected');
    expect(other.details.serverMessage).toBe('Cannot convert a primitive value.');
  });

  test('the list view threshold becomes a plain message, not a raw exception', async () => {
    const error = toAppError(
      await spError(500, '-2147024860, Microsoft.SharePoint.SPQueryThrottledException', 'The attempted operation is prohibited because it exceeds the list view threshold.')
    );
    expect(error.kind).toBe('unknown');
    expect(error.reason).toBe('listTooLarge');
  });

  test('verbose error envelopes are read too', async () => {
    const body = JSON.stringify({ error: { code: '-1, System.ArgumentException', message: { lang: 'en-US', value: "List 'X' does not exist at site with URL 'y'." } } });
    const error = toAppError(await HttpRequestError.init(new Response(body, { status: 404 })));
    expect(error.kind).toBe('missingLists');
  });

  test('a network failure is offline', () => {
    expect(toAppError(new TypeError('fetch failed')).kind).toBe('offline');
    expect(toAppError(new TypeError('Failed to fetch')).kind).toBe('offline');
  });

  test('an AppError passes through unchanged; anything else is unknown', () => {
    const original = new AppError('invalid', { reason: 'validation', problems: [{ field: 'team', code: 'required' }] });
    expect(toAppError(original)).toBe(original);
    expect(toAppError(new Error('boom')).kind).toBe('unknown');
    expect(toAppError('a string').kind).toBe('unknown');
  });

  test('the cause is kept for diagnosis', async () => {
    const cause = await spError(500, '', 'x');
    expect((toAppError(cause) as AppError & { cause?: unknown }).cause).toBe(cause);
  });

  test("SharePoint's request id (SPRequestGuid) is kept for a support ticket", async () => {
    const error = toAppError(await spError(500, '', 'x', { SPRequestGuid: '4b9c1e2a-0000-4000-8000-1234567890ab' }));
    expect(error.details.requestId).toBe('4b9c1e2a-0000-4000-8000-1234567890ab');
  });

  test('carries no sentence for people: its message names the kind, reason and status only', async () => {
    const error = toAppError(await spError(403, '-2130575251, Microsoft.SharePoint.SPException', 'The security validation for this page is invalid.'));
    expect(error.message).toBe('sessionExpired / pageTooOld / HTTP 403');
  });
});

describe('helpers', () => {
  test('withAppErrors rethrows as AppError', async () => {
    await expect(withAppErrors(() => Promise.reject(new TypeError('fetch failed')))).rejects.toMatchObject({ kind: 'offline' });
    await expect(withAppErrors(() => Promise.resolve(3))).resolves.toBe(3);
  });

  test('httpStatus reads HttpRequestError and AppError', async () => {
    expect(httpStatus(await spError(412, '', ''))).toBe(412);
    expect(httpStatus(new AppError('conflict', { status: 412 }))).toBe(412);
    expect(httpStatus(new Error('x'))).toBeUndefined();
  });

  test('InvalidFrameworkError lists every located problem', () => {
    const error = new InvalidFrameworkError([
      { code: 'blank', path: 'areas[0].title', at: ['areas', 0, 'title'] },
      { code: 'missing', path: 'areas[1].duties[0].id', at: ['areas', 1, 'duties', 0, 'id'] }
    ]);
    expect(error).toBeInstanceOf(AppError);
    expect(error.kind).toBe('invalid');
    expect(error.problems).toHaveLength(2);
    expect(error.reason).toBe('frameworkInvalid');
    expect(error.details.frameworkProblems?.map((p) => p.path)).toEqual(['areas[0].title', 'areas[1].duties[0].id']);
  });
});
