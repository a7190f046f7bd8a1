import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { AppError } from '../../services/errors';
import { diagnosticFields } from '../../services/diagnostics';

const LABELS: Record<string, () => string> = {
  time: () => strings.CommonDetailsTime,
  operation: () => strings.CommonDetailsOperation,
  kind: () => strings.CommonDetailsKind,
  status: () => strings.CommonDetailsStatus,
  requestId: () => strings.CommonDetailsRequestId,
  cause: () => strings.CommonDetailsCause
};

/**
 * A failure's details for a support ticket: time, operation, status and SharePoint's
 * request id, one per line, with no list content or personal data.
 *
 * @param error - The failure.
 * @returns Plain text to paste into a ticket.
 */
export function errorDetailsText(error: AppError): string {
  const lines = diagnosticFields(error).map(([key, value]) => `${LABELS[key]?.() ?? key}: ${value}`);
  return [strings.CommonDetailsHeading, ...lines].join('\n');
}
