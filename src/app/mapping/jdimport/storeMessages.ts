import * as strings from 'ImagingDutyMappingWebPartStrings';
import { isAppError } from '../../../services/errors';
import { describeError } from '../../common/errors';

/**
 * What to tell a person when the team's documents could not be stored or
 * loaded. The library's own cases (no permission to add documents, library
 * not on the site yet, too large) are worded here; the rest as everywhere
 * in the app.
 *
 * @param error - What the documents service threw.
 * @returns The message.
 */
export function storeMessage(error: unknown): string {
  if (!isAppError(error)) {
    return strings.ErrorUnknown;
  }
  switch (error.kind) {
    case 'forbidden':
      return strings.JdStoreForbidden;
    case 'missingLists':
      return strings.JdStoreMissing;
    case 'invalid':
      return error.reason === 'documentTooLarge' ? strings.JdStoreTooLarge : describeError(error);
    default:
      return describeError(error);
  }
}
