import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { AppError, AppErrorKind } from '../../services/errors';
import { formatText } from './format';
import { describeProblems } from './validationMessages';

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

/** Invalid input is worded precisely (which field, by how much; which part of a framework): a generic sentence would hide what to fix. */
function describeInvalid(error: AppError): string | undefined {
  const { reason, problems, frameworkProblems, frameworkVersion, serverMessage } = error.details;
  const located = (frameworkProblems ?? []).map((problem) => problem.message);
  switch (reason) {
    case 'validation':
      return problems && problems.length > 0 ? describeProblems(problems) : undefined;
    case 'frameworkInvalid':
      return formatText(strings.ErrorFrameworkInvalid, located.join(' '));
    case 'frameworkUnreadable':
      return formatText(strings.ErrorFrameworkUnreadable, frameworkVersion ?? '?', located.slice(0, 3).join(' '));
    case 'rejected':
      return serverMessage ? formatText(strings.ErrorRejectedSaying, serverMessage) : strings.ErrorRejected;
    default:
      return undefined;
  }
}

/**
 * What went wrong, in plain English, from the error's kind and details (never
 * from a raw HTTP message).
 *
 * @param error - The failure.
 * @returns One or two sentences for a message bar.
 */
export function describeError(error: AppError): string {
  if (error.kind === 'invalid') {
    return describeInvalid(error) ?? MESSAGES.invalid();
  }
  if (error.kind === 'notFound' && error.reason === 'frameworkVersionMissing') {
    return formatText(strings.ErrorFrameworkVersionMissing, error.details.frameworkVersion ?? '?');
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
