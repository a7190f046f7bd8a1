import type { DefinitionError, ValidationProblem } from '../model';
import type { SaveOutcome } from './types';

/**
 * The one error type the app shows. Every failure (HttpRequestError, network
 * errors, validation) is mapped into it once, by {@link toAppError}; it says
 * what happened as a kind with details and never carries a sentence for
 * people: the app words it from its loc strings (src/app/common/errors.ts).
 */
export type AppErrorKind =
  | 'conflict'
  | 'throttled'
  | 'forbidden'
  | 'sessionExpired'
  | 'notFound'
  | 'missingLists'
  | 'invalid'
  | 'offline'
  | 'unknown';

/** Why, within a kind, when the app words it differently. */
export type AppErrorReason =
  /** conflict: a change did not say which version it was based on. */
  | 'noBaseVersion'
  /** sessionExpired: the page's form digest is too old for SharePoint to accept writes. */
  | 'pageTooOld'
  /** forbidden: only site owners may do this (change the framework, set up the site). */
  | 'ownersOnly'
  /** missingLists: the lists exist but some columns the app uses do not. */
  | 'columnsMissing'
  /** notFound: the framework version a mapping uses is gone from the site. */
  | 'frameworkVersionMissing'
  /** notFound: no version of the framework is left on the site. */
  | 'frameworkMissing'
  /** notFound: the framework was never stored on the site (so it cannot be retired). */
  | 'frameworkNotStored'
  /** conflict: someone else published the same framework version first; see {@link AppErrorDetails.frameworkVersion}. */
  | 'versionTaken'
  /** invalid: the framework version a mapping was to move to cannot be read. */
  | 'moveTargetUnreadable'
  /** invalid: values that cannot be saved; see {@link AppErrorDetails.problems}. */
  | 'validation'
  /** invalid: a framework that cannot be saved; see {@link AppErrorDetails.frameworkProblems}. */
  | 'frameworkInvalid'
  /** invalid: the framework stored on the site cannot be read; see {@link AppErrorDetails.frameworkProblems}. */
  | 'frameworkUnreadable'
  /** invalid: SharePoint refused the request (400); see {@link AppErrorDetails.serverMessage}. */
  | 'rejected'
  /** unknown: an unindexed query over a list past the list view threshold. */
  | 'listTooLarge'
  /** unknown: the request was aborted before SharePoint answered. */
  | 'cancelled'
  /** conflict: a save reached a mapping signed off after the editor read it (refused; kept in the browser). */
  | 'signedOff'
  /** conflict: someone else signed the mapping off first. */
  | 'alreadySignedOff'
  /** conflict: the mapping was reopened by someone else first. */
  | 'notSignedOff'
  /** conflict: SharePoint holds a newer version of the mapping than the one being signed off. */
  | 'changedSinceOpened'
  /** conflict: another sign-off, reopening or save got there while the record was being stored. */
  | 'recordRace'
  /** unknown: the Word document of the mapping could not be made in this browser. */
  | 'documentNotMade'

  /** invalid: a JD or PS larger than the app stores (MAX_STORED_DOCUMENT_BYTES). */
  | 'documentTooLarge';

/** What is known about a failure, for the app to word and for support to diagnose. */
export interface AppErrorDetails {
  reason?: AppErrorReason;
  /** HTTP status when the failure came from the server. */
  status?: number;
  /** Seconds the server asked us to wait (throttling). */
  retryAfterSeconds?: number;
  /** Each value that cannot be saved (reason "validation"). */
  problems?: readonly ValidationProblem[];
  /** Each problem in a framework definition, located (reasons "frameworkInvalid", "frameworkUnreadable"). */
  frameworkProblems?: readonly DefinitionError[];
  /** The framework version concerned. */
  frameworkVersion?: number;
  /** The list item concerned (e.g. a damaged framework version's item in the Frameworks list). */
  itemId?: number;
  /** SharePoint's own words for a refused request; shown as SharePoint said them. */
  serverMessage?: string;
  /** SharePoint's correlation id for the request (the SPRequestGuid response header). */
  requestId?: string;
  /** What was caught, kept for diagnosis. */
  cause?: unknown;
}

function summary(kind: AppErrorKind, details: AppErrorDetails): string {
  // For logs and developers only: people see the app's wording of kind and details.
  const parts: string[] = [kind];
  if (details.reason) {
    parts.push(details.reason);
  }
  if (details.status !== undefined) {
    parts.push(`HTTP ${details.status}`);
  }
  return parts.join(' / ');
}

export class AppError extends Error {
  public readonly kind: AppErrorKind;
  public readonly details: Readonly<Omit<AppErrorDetails, 'cause'>>;
  /** When the failure was caught. */
  public readonly occurredAt: Date = new Date();
  /**
   * The service call that failed (e.g. "saveChanges"), set once by whoever
   * first knows it (the data layer's withAppErrors); quoted in "Copy details".
   */
  public operation?: string;

  public constructor(kind: AppErrorKind, details: AppErrorDetails = {}) {
    super(summary(kind, details));
    this.name = 'AppError';
    this.kind = kind;
    const { cause, ...rest } = details;
    this.details = rest;
    if (cause !== undefined) {
      (this as { cause?: unknown }).cause = cause;
    }
  }

  /** HTTP status when the failure came from the server. */
  public get status(): number | undefined {
    return this.details.status;
  }

  /** Seconds the server asked us to wait (throttling). */
  public get retryAfterSeconds(): number | undefined {
    return this.details.retryAfterSeconds;
  }

  /** Why, within the kind. */
  public get reason(): AppErrorReason | undefined {
    return this.details.reason;
  }
}

/**
 * A save that stored some of its changes and failed on others. What was
 * stored comes with the failure, so the editor can mark those changes saved
 * (with their new ETags) and retry only the rest.
 */
export class PartialSaveError extends AppError {
  public readonly saved: SaveOutcome;

  public constructor(failure: AppError, saved: SaveOutcome) {
    super(failure.kind, { ...failure.details, cause: failure });
    this.name = 'PartialSaveError';
    this.operation = failure.operation;
    this.saved = saved;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
