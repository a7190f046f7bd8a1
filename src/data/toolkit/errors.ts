/**
 * The data layer's error helpers. Failures become the app's {@link AppError}
 * through the one {@link toAppError} (src/services/toAppError.ts).
 */
import type { DefinitionError } from '../../model';
import { AppError, isAppError } from '../../services/errors';
import { logAppError } from '../../services/diagnostics';
import { isHttpError, isThresholdError, toAppError } from '../../services/toAppError';

/** A framework that cannot be saved: {@link problems} lists each, located, for the editor to show. */
export class InvalidFrameworkError extends AppError {
  public readonly problems: readonly DefinitionError[];

  public constructor(problems: readonly DefinitionError[]) {
    super('invalid', { reason: 'frameworkInvalid', frameworkProblems: problems });
    this.name = 'InvalidFrameworkError';
    this.problems = problems;
  }
}

/**
 * Runs a data-layer operation and rethrows any failure as an {@link AppError},
 * named after the operation and logged once for diagnosis.
 *
 * @param operation - The work to run.
 * @param name - The service call, e.g. "saveChanges", for the log and "Copy details".
 * @returns What the operation returns.
 */
export async function withAppErrors<T>(operation: () => Promise<T>, name?: string): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    const appError = toAppError(error);
    appError.operation ??= name;
    logAppError(appError);
    throw appError;
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

/** Re-exported for the data layer's queries that narrow themselves past the list view threshold. */
export { isThresholdError };
