import * as strings from 'ImagingDutyMappingWebPartStrings';
import { isAppError } from '../../services/errors';

/**
 * What to tell a person when the team's documents could not be stored or
 * loaded: worded here from the failure's kind, so the panel says what to do.
 *
 * @param error - What the documents service threw.
 * @returns The message.
 */
export function storeMessage(error: unknown): string {
  if (!isAppError(error)) {
    return strings.JdStoreUnknown;
  }
  switch (error.kind) {
    case 'forbidden':
      return strings.JdStoreForbidden;
    case 'missingLists':
      return strings.JdStoreMissing;
    case 'offline':
      return strings.JdStoreOffline;
    case 'throttled':
      return strings.JdStoreThrottled;
    case 'sessionExpired':
      return strings.JdStoreSessionExpired;
    case 'invalid':
      return error.status === undefined ? strings.JdStoreTooLarge : strings.JdStoreUnknown;
    default:
      return strings.JdStoreUnknown;
  }
}
