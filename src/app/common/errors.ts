import * as strings from 'ImagingDutyMappingWebPartStrings';
import { AppError, isAppError } from '../../services/errors';
import type { AppErrorKind } from '../../services/errors';

/**
 * Any failure as the app's one error type, so components only decide how to word a kind.
 *
 * @param error - Whatever was thrown or rejected.
 * @returns The same AppError, or an "unknown" one wrapping it.
 */
export function toAppError(error: unknown): AppError {
  if (isAppError(error)) {
    return error;
  }
  const message = error instanceof Error ? error.message : String(error);
  return new AppError('unknown', message, { cause: error });
}

const MESSAGES: Record<AppErrorKind, () => string> = {
  conflict: () => strings.ErrorConflict,
  throttled: () => strings.ErrorThrottled,
  forbidden: () => strings.ErrorForbidden,
  sessionExpired: () => strings.ErrorSessionExpired,
  notFound: () => strings.ErrorNotFound,
  missingLists: () => strings.ErrorMissingLists,
  invalid: () => strings.ErrorInvalid,
  offline: () => strings.ErrorOffline,
  unknown: () => strings.ErrorUnknown
};

/**
 * What went wrong, in plain English, from the error's kind (never from a raw HTTP message;
 * invalid input keeps the data layer's own precise wording).
 *
 * @param error - The failure.
 * @returns One or two sentences for a message bar.
 */
export function describeError(error: AppError): string {
  // The data layer words invalid input precisely (which field, by how much, or
  // a damaged framework item); a generic sentence would hide what to fix.
  if (error.kind === 'invalid' && error.message) {
    return error.message;
  }
  return MESSAGES[error.kind]();
}

/**
 * Whether trying again later is likely to work without anyone doing anything.
 *
 * @param error - The failure.
 * @returns True when offline or throttled.
 */
export function isTransient(error: AppError): boolean {
  return error.kind === 'offline' || error.kind === 'throttled';
}
