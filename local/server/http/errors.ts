/**
 * SharePoint's error envelopes. Codes and messages are copied from SharePoint Online replies
 * (docs/sharepoint-rest.md) so callers written against the real service see the same thing here.
 */

/** An error reply: status plus SharePoint's `odata.error` code and message. */
export class SpError extends Error {
  public constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
    public readonly headers: Record<string, string> = {}
  ) {
    super(message);
    this.name = 'SpError';
  }
}

const INVALID_QUERY = '-1, Microsoft.SharePoint.Client.InvalidClientQueryException';
const SP_EXCEPTION = '-1, Microsoft.SharePoint.SPException';

/** `List 'X' does not exist at site with URL '…'.` (404) */
export function listNotFound(title: string, webUrl: string): SpError {
  return new SpError(404, '-1, System.ArgumentException', `List '${title}' does not exist at site with URL '${webUrl}'.`);
}

/** Unknown property in a write body (400). */
export function unknownProperty(name: string, typeName: string): SpError {
  return new SpError(
    400,
    INVALID_QUERY,
    `The property '${name}' does not exist on type '${typeName}'. Make sure to only use property names that are defined by the type.`
  );
}

/** A value that cannot be converted to the field's type (400). */
export function badValue(typeName: string): SpError {
  return new SpError(
    400,
    INVALID_QUERY,
    `Cannot convert a primitive value to the expected type '${typeName}'. See the inner exception for more details.`
  );
}

/** List view threshold exceeded (500). */
export function throttled(): SpError {
  return new SpError(
    500,
    '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
    'The attempted operation is prohibited because it exceeds the list view threshold.'
  );
}

/** Missing or stale form digest on a write (403). */
export function badDigest(): SpError {
  return new SpError(
    403,
    '-2130575251, Microsoft.SharePoint.SPException',
    "The security validation for this page is invalid and might be corrupted. Please use your web browser's Back button to try your operation again."
  );
}

/** The current user lacks the permission (403). */
export function accessDenied(): SpError {
  return new SpError(403, '-2147024891, System.UnauthorizedAccessException', 'Access denied.');
}

/** Missing list item (404). */
export function itemNotFound(): SpError {
  return new SpError(404, '-2130575338, Microsoft.SharePoint.SPException', 'Item does not exist. It may have been deleted by another user.');
}

/** Stale IF-MATCH (412). */
export function etagMismatch(sent: string, current: string): SpError {
  return new SpError(
    412,
    '-1, Microsoft.SharePoint.Client.ClientServiceException',
    `The request ETag value '${sent}' does not match the object's ETag value '${current}'.`
  );
}

/** Unknown column in $filter / $orderby (400). */
export function columnNotFound(name: string): SpError {
  return new SpError(400, '-2147024809, System.ArgumentException', `Column '${name}' does not exist. It may have been deleted by another user.`);
}

/** Unknown field in $select / $expand (400). */
export function propertyNotFound(name: string): SpError {
  return new SpError(400, SP_EXCEPTION, `The field or property '${name}' does not exist.`);
}

/** `$select=Author/Title` without `$expand=Author` (400). */
export function expandMissing(path: string, nav: string): SpError {
  return new SpError(
    400,
    SP_EXCEPTION,
    `The query to field '${path}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${nav}.`
  );
}

/** Malformed query option or body (400). */
export function invalidQuery(message: string): SpError {
  return new SpError(400, INVALID_QUERY, message);
}

/** Route not served (404), worded like SharePoint's ResourceNotFoundException. */
export function resourceNotFound(what: string): SpError {
  return new SpError(404, '-1, Microsoft.SharePoint.Client.ResourceNotFoundException', `Cannot find resource for the request ${what}.`);
}

/** Any other SharePoint-side failure; SharePoint answers SPException with 500. */
export function spException(message: string, code: string = SP_EXCEPTION, status = 500): SpError {
  return new SpError(status, code, message);
}
