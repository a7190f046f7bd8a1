/**
 * The one place where a failure becomes the app's {@link AppError}: the data
 * layer calls it on anything it catches, and the app on anything else it
 * catches, so components only ever decide how to word a kind.
 *
 * It reads PnPjs's HttpRequestError structurally (the bundle may hold two
 * copies of the class), so nothing here imports PnPjs.
 */
import { AppError, isAppError } from './errors';
import type { AppErrorDetails } from './errors';

/** What PnPjs's HttpRequestError carries. */
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

/** SharePoint's code for a form digest it no longer accepts. */
const DIGEST_CODE = '-2130575251';
const THRESHOLD_CODE = 'SPQueryThrottledException';

/**
 * Whether a failure is PnPjs's HttpRequestError.
 *
 * @param error - What was caught.
 * @returns True when it carries an HTTP status from the server.
 */
export function isHttpError(error: unknown): error is HttpErrorLike {
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

/**
 * Whether SharePoint refused a query for the list view threshold
 * (SPQueryThrottledException), so the caller can ask again in narrower parts.
 *
 * @param error - What was caught.
 * @returns True for that refusal.
 */
export function isThresholdError(error: unknown): boolean {
  return isHttpError(error) && readBody(error).code.includes(THRESHOLD_CODE);
}

function header(error: HttpErrorLike, name: string): string | undefined {
  return error.response?.headers?.get(name) ?? undefined;
}

function retryAfter(error: HttpErrorLike): number | undefined {
  const value = header(error, 'Retry-After');
  const seconds = value ? Number.parseInt(value, 10) : Number.NaN;
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}

function isNetworkFailure(error: unknown): boolean {
  // Checked by name, not instanceof: Node's fetch throws a TypeError from another realm than the caller's (jest, workers).
  const candidate = error as { name?: unknown; message?: unknown } | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    candidate.name === 'TypeError' &&
    typeof candidate.message === 'string' &&
    /fetch failed|failed to fetch|networkerror|load failed|network request failed/i.test(candidate.message)
  );
}

function fromHttp(error: HttpErrorLike): AppError {
  const { status } = error;
  const body = readBody(error);
  const base: AppErrorDetails = { status, cause: error };
  const requestId = header(error, 'SPRequestGuid');
  if (requestId) {
    base.requestId = requestId;
  }
  if (status === 412) {
    return new AppError('conflict', base);
  }
  if (status === 429 || status === 503 || status === 504) {
    return new AppError('throttled', { ...base, retryAfterSeconds: retryAfter(error) });
  }
  if (status === 401) {
    return new AppError('sessionExpired', base);
  }
  if (status === 403) {
    return body.code.includes(DIGEST_CODE) ? new AppError('sessionExpired', { ...base, reason: 'pageTooOld' }) : new AppError('forbidden', base);
  }
  if (status === 404) {
    return /^List '.*' does not exist/.test(body.message) ? new AppError('missingLists', base) : new AppError('notFound', base);
  }
  if (status === 400 && /does not exist/i.test(body.message)) {
    // A column the app writes or reads is missing: the site was set up by an older version, or a column was deleted.
    return new AppError('missingLists', { ...base, reason: 'columnsMissing' });
  }
  if (status === 400) {
    return new AppError('invalid', { ...base, reason: 'rejected', serverMessage: body.message || undefined });
  }
  if (body.code.includes(THRESHOLD_CODE)) {
    return new AppError('unknown', { ...base, reason: 'listTooLarge' });
  }
  return new AppError('unknown', base);
}

/**
 * Turns anything thrown into an {@link AppError}.
 *
 * @param error - What was caught: an AppError (returned as it is), PnPjs's
 *   HttpRequestError, a network TypeError, or anything else.
 * @returns The app error, with what is known in its details and the original as its cause.
 */
export function toAppError(error: unknown): AppError {
  if (isAppError(error)) {
    return error;
  }
  if (isHttpError(error)) {
    return fromHttp(error);
  }
  if (isNetworkFailure(error)) {
    return new AppError('offline', { cause: error });
  }
  if (error instanceof Error && error.name === 'AbortError') {
    return new AppError('unknown', { reason: 'cancelled', cause: error });
  }
  return new AppError('unknown', { cause: error });
}
