/**
 * The trail a failure leaves for whoever diagnoses it: one console line per
 * AppError, with what support needs (time, operation, kind, status and
 * SharePoint's request id) and never list content or personal data: the
 * cause's own message is left out because PnPjs puts the server's reply,
 * which may quote stored values, in it.
 */
import type { AppError } from './errors';

// A memo, not shared state: it only stops the same error object being logged twice
// when several layers see it (the data layer, then the hook that shows it).
const logged = new WeakSet<AppError>();

function causeName(error: AppError): string | undefined {
  const cause = (error as { cause?: unknown }).cause;
  return cause instanceof Error ? cause.name : cause === undefined ? undefined : typeof cause;
}

/**
 * What support needs to know about a failure, as key: value pairs in a fixed order.
 *
 * @param error - The failure.
 * @returns Pairs with no personal data or list content.
 */
export function diagnosticFields(error: AppError): [string, string][] {
  const fields: [string, string][] = [['time', error.occurredAt.toISOString()]];
  if (error.operation) {
    fields.push(['operation', error.operation]);
  }
  fields.push(['kind', error.reason ? `${error.kind} (${error.reason})` : error.kind]);
  if (error.status !== undefined) {
    fields.push(['status', String(error.status)]);
  }
  if (error.details.requestId) {
    fields.push(['requestId', error.details.requestId]);
  }
  const cause = causeName(error);
  if (cause) {
    fields.push(['cause', cause]);
  }
  return fields;
}

/**
 * Logs a failure to the browser console, once per error object.
 *
 * @param error - The failure.
 */
export function logAppError(error: AppError): void {
  if (logged.has(error)) {
    return;
  }
  logged.add(error);
  console.warn(`[Imaging duty mapping] ${diagnosticFields(error).map(([key, value]) => `${key}=${value}`).join(' ')}`);
}
