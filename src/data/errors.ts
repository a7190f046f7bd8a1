/**
 * The one place where SharePoint and network failures become the app's
 * {@link AppError}. Repositories call {@link toAppError} on anything they
 * catch, so components only ever decide how to present a `kind`.
 */
import type { DefinitionError } from '../model';
import { AppError, isAppError } from '../services/errors';

/** A framework that cannot be saved: {@link problems} lists each, located, for the editor to show. */
export class InvalidFrameworkError extends AppError {
  public readonly problems: readonly DefinitionError[];

  public constructor(problems: readonly DefinitionError[]) {
    super('invalid', `The framework cannot be saved yet. ${problems.map((p) => p.message).join(' ')}`);
    this.name = 'InvalidFrameworkError';
    this.problems = problems;
  }
}

/** What PnPjs's HttpRequestError carries (checked structurally: bundles may hold two copies of the class). */
interface HttpErrorLike {
  isHttpRequestError: true;
  status: number;
  message: string;
  response?: { headers?: { get(name: string): string | null } };
}

interface SharePointErrorBody {
  code: string;
  message: string;
}

const DIGEST_CODE = '-2130575251';
const THRESHOLD_CODE = 'SPQueryThrottledException';

function isHttpError(error: unknown): error is HttpErrorLike {
  const candidate = error as Partial<HttpErrorLike> | null;
  return typeof candidate === 'object' && candidate !== null && candidate.isHttpRequestError === true && typeof candidate.status === 'number';
}

/** PnPjs puts the reply body after "::> " in the message; SharePoint's envelope is `odata.error` or (verbose) `error`. */
function readBody(error: HttpErrorLike): SharePointErrorBody {
  const marker = error.message.indexOf('::>');
  const text = marker >= 0 ? error.message.slice(marker + 3).trim() : '';
  try {
    const json = JSON.parse(text) as Record<string, { code?: unknown; message?: { value?: unknown } } | undefined>;
    const envelope = json['odata.error'] ?? json.error;
    return {
      code: typeof envelope?.code === 'string' ? envelope.code : '',
      message: typeof envelope?.message?.value === 'string' ? envelope.message.value : ''
    };
  } catch {
    return { code: '', message: text };
  }
}

function retryAfter(error: HttpErrorLike): number | undefined {
  const value = error.response?.headers?.get('Retry-After');
  const seconds = value ? Number.parseInt(value, 10) : Number.NaN;
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}

function isNetworkFailure(error: unknown): boolean {
  return error instanceof TypeError && /fetch failed|failed to fetch|networkerror|load failed|network request failed/i.test(error.message);
}

function fromHttp(error: HttpErrorLike): AppError {
  const { status } = error;
  const body = readBody(error);
  const options = { status, cause: error };
  if (status === 412) {
    return new AppError('conflict', 'Someone else saved a change here after you opened it. Your change has not been saved yet: check their version, then save again.', options);
  }
  if (status === 429 || status === 503 || status === 504) {
    const seconds = retryAfter(error);
    const wait = seconds !== undefined && seconds > 0 ? `in ${seconds} second${seconds === 1 ? '' : 's'}` : 'in a moment';
    return new AppError('throttled', `SharePoint is busy and asked the app to wait. Anything not yet saved is still on your screen; please try again ${wait}.`, { ...options, retryAfterSeconds: seconds });
  }
  if (status === 401) {
    return new AppError('sessionExpired', 'Your sign-in to SharePoint has expired. Sign in again, then try once more.', options);
  }
  if (status === 403) {
    return body.code.includes(DIGEST_CODE)
      ? new AppError('sessionExpired', 'This page has been open too long for SharePoint to accept changes from it. Reload the page, then try again.', options)
      : new AppError('forbidden', 'You do not have permission to do this on this site. Ask a site owner if you need access.', options);
  }
  if (status === 404) {
    return /^List '.*' does not exist/.test(body.message)
      ? new AppError('missingLists', 'The duty mapping lists are not set up on this site yet. A site owner needs to open the app and choose "Set up this site".', options)
      : new AppError('notFound', 'This item no longer exists. Someone may have deleted it.', options);
  }
  if (status === 400 && /does not exist/i.test(body.message)) {
    // A column the app writes or reads is missing: the site was set up by an older version, or a column was deleted.
    return new AppError('missingLists', 'Some columns the app needs are missing from the duty mapping lists. A site owner needs to open the app and choose "Set up this site" again.', options);
  }
  if (status === 400) {
    return new AppError('invalid', `SharePoint did not accept this change${body.message ? `: ${body.message}` : '.'}`, options);
  }
  if (body.code.includes(THRESHOLD_CODE)) {
    return new AppError('unknown', 'This list has grown past what SharePoint lets the app search in one go. A site owner can fix this by choosing "Set up this site" again, which adds the indexes the app needs.', options);
  }
  return new AppError('unknown', `SharePoint could not complete this request (error ${status}). Please try again; if it keeps happening, tell your site owner.`, options);
}

/**
 * Turns anything thrown while talking to SharePoint into an {@link AppError}.
 *
 * @param error - What was caught: an AppError (returned as it is), PnPjs's
 *   HttpRequestError, a network TypeError, or anything else.
 * @returns The app error to show, with a plain-English (British) message.
 */
export function toAppError(error: unknown): AppError {
  if (isAppError(error)) {
    return error;
  }
  if (isHttpError(error)) {
    return fromHttp(error);
  }
  if (isNetworkFailure(error)) {
    return new AppError('offline', 'The app cannot reach SharePoint. Check your connection, then try again; nothing has been saved yet.', { cause: error });
  }
  if (error instanceof Error && error.name === 'AbortError') {
    return new AppError('unknown', 'The request was cancelled before SharePoint answered. Please try again.', { cause: error });
  }
  return new AppError('unknown', 'Something went wrong while talking to SharePoint. Please try again; if it keeps happening, tell your site owner.', { cause: error });
}

/**
 * Runs a data-layer operation and rethrows any failure as an {@link AppError}.
 *
 * @param operation - The work to run.
 * @returns What the operation returns.
 */
export async function withAppErrors<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toAppError(error);
  }
}

/**
 * The HTTP status of a failure, if it came from the server.
 *
 * @param error - What was caught.
 * @returns The status, or undefined.
 */
export function httpStatus(error: unknown): number | undefined {
  return isHttpError(error) ? error.status : isAppError(error) ? error.status : undefined;
}

/**
 * Whether SharePoint refused a query for the list view threshold, so the
 * caller can ask again in narrower parts.
 *
 * @param error - What was caught.
 * @returns True for SPQueryThrottledException.
 */
export function isThresholdError(error: unknown): boolean {
  return isHttpError(error) && readBody(error).code.includes(THRESHOLD_CODE);
}
