import type { SaveOutcome } from './types';

/**
 * The one error type the app shows. The data layer maps every failure
 * (HttpRequestError, network errors, validation) into it once, so components
 * only ever decide how to word a `kind`, never how to read an HTTP status.
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

export class AppError extends Error {
  public readonly kind: AppErrorKind;
  /** HTTP status when the failure came from the server. */
  public readonly status?: number;
  /** Seconds the server asked us to wait (throttling). */
  public readonly retryAfterSeconds?: number;

  public constructor(kind: AppErrorKind, message: string, options: { status?: number; retryAfterSeconds?: number; cause?: unknown } = {}) {
    super(message);
    this.name = 'AppError';
    this.kind = kind;
    this.status = options.status;
    this.retryAfterSeconds = options.retryAfterSeconds;
    if (options.cause !== undefined) {
      (this as { cause?: unknown }).cause = options.cause;
    }
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
    super(failure.kind, failure.message, { status: failure.status, retryAfterSeconds: failure.retryAfterSeconds, cause: failure });
    this.name = 'PartialSaveError';
    this.saved = saved;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
