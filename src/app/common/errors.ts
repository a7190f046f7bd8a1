import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { AppError, AppErrorKind } from '../../services/errors';
import { formatText } from '../../wording/format';
import { describeDefinitionError } from './definitionMessages';
import { describeProblems } from './validationMessages';

const MESSAGES: Record<AppErrorKind, () => string> = {
  conflict: () => strings.CommonErrorConflict,
  throttled: () => strings.CommonErrorThrottled,
  forbidden: () => strings.CommonErrorForbidden,
  sessionExpired: () => strings.CommonErrorSessionExpired,
  notFound: () => strings.CommonErrorNotFound,
  missingLists: () => strings.CommonErrorMissingLists,
  invalid: () => strings.CommonErrorInvalid,
  offline: () => strings.CommonErrorOffline,
  unknown: () => strings.CommonErrorUnknown
};

/** A framework definition's problems (each message says where in words); a stored item's also with its JSON path, for whoever repairs it in the list. */
function locatedProblems(error: AppError, limit?: number, withPath = false): string {
  const problems = (error.details.frameworkProblems ?? []).slice(0, limit);
  return problems
    .map((problem) => {
      const message = describeDefinitionError(problem);
      return withPath && problem.path ? `${problem.path}: ${message}` : message;
    })
    .join(' ');
}

/** Invalid input is worded precisely (which field, by how much; which part of a framework): a generic sentence would hide what to fix. */
function describeInvalid(error: AppError): string | undefined {
  const { reason, problems, frameworkVersion, itemId, serverMessage } = error.details;
  const version = frameworkVersion ?? '?';
  switch (reason) {
    case 'validation':
      return problems && problems.length > 0 ? describeProblems(problems) : undefined;
    case 'frameworkInvalid':
      return formatText(strings.CommonErrorFrameworkInvalid, locatedProblems(error));
    case 'frameworkUnreadable':
      return itemId !== undefined
        ? formatText(strings.CommonErrorFrameworkItemUnreadable, version, itemId, locatedProblems(error, 3, true))
        : formatText(strings.CommonErrorFrameworkUnreadable, version, locatedProblems(error, 3));
    case 'moveTargetUnreadable':
      return formatText(strings.CommonErrorMoveTargetUnreadable, version);
    case 'rejected':
      return serverMessage ? formatText(strings.CommonErrorRejectedSaying, serverMessage) : strings.CommonErrorRejected;
    default:
      return undefined;
  }
}

/** Reasons within other kinds that have their own words. */
function describeReason(error: AppError): string | undefined {
  const version = error.details.frameworkVersion ?? '?';
  switch (error.reason) {
    case 'frameworkVersionMissing':
      return formatText(strings.CommonErrorFrameworkVersionMissing, version);
    case 'frameworkMissing':
      return strings.CommonErrorFrameworkMissing;
    case 'frameworkNotStored':
      return strings.CommonErrorFrameworkNotStored;
    case 'versionTaken':
      return formatText(strings.CommonErrorFrameworkVersionTaken, version);
    case 'ownersOnly':
      return strings.CommonErrorOwnersOnly;
    case 'signedOff':
      return strings.CommonErrorSignedOff;
    case 'alreadySignedOff':
      return strings.CommonErrorAlreadySignedOff;
    case 'notSignedOff':
      return strings.CommonErrorNotSignedOff;
    case 'changedSinceOpened':
      return strings.CommonErrorChangedSinceOpened;
    case 'recordRace':
      return strings.CommonErrorRecordRace;
    case 'documentNotMade':
      return strings.CommonErrorDocumentNotMade;
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
  return describeReason(error) ?? MESSAGES[error.kind]();
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
