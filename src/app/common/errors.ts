import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { AppError, AppErrorKind } from '../../services/errors';
import { formatText } from '../../wording/format';
import { describeDefinitionError } from './definitionMessages';
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
      return formatText(strings.ErrorFrameworkInvalid, locatedProblems(error));
    case 'frameworkUnreadable':
      return itemId !== undefined
        ? formatText(strings.ErrorFrameworkItemUnreadable, version, itemId, locatedProblems(error, 3, true))
        : formatText(strings.ErrorFrameworkUnreadable, version, locatedProblems(error, 3));
    case 'moveTargetUnreadable':
      return formatText(strings.ErrorMoveTargetUnreadable, version);
    case 'rejected':
      return serverMessage ? formatText(strings.ErrorRejectedSaying, serverMessage) : strings.ErrorRejected;
    default:
      return undefined;
  }
}

/** Reasons within other kinds that have their own words. */
function describeReason(error: AppError): string | undefined {
  const version = error.details.frameworkVersion ?? '?';
  switch (error.reason) {
    case 'frameworkVersionMissing':
      return formatText(strings.ErrorFrameworkVersionMissing, version);
    case 'frameworkMissing':
      return strings.ErrorFrameworkMissing;
    case 'frameworkNotStored':
      return strings.ErrorFrameworkNotStored;
    case 'versionTaken':
      return formatText(strings.ErrorFrameworkVersionTaken, version);
    case 'ownersOnly':
      return strings.ErrorOwnersOnly;
    // [governance]
    case 'signedOff':
      return strings.ErrorSignedOff;
    case 'alreadySignedOff':
      return strings.ErrorAlreadySignedOff;
    case 'notSignedOff':
      return strings.ErrorNotSignedOff;
    case 'changedSinceOpened':
      return strings.ErrorChangedSinceOpened;
    case 'recordRace':
      return strings.ErrorRecordRace;
    case 'documentNotMade':
      return strings.ErrorDocumentNotMade;
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
