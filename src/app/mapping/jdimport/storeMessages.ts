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
    return strings.CommonErrorUnknown;
  }
  switch (error.kind) {
    case 'forbidden':
      return strings.MappingJdStoreForbidden;
    case 'missingLists':
      return strings.MappingJdStoreMissing;
    case 'invalid':
      return error.reason === 'documentTooLarge' ? strings.MappingJdStoreTooLarge : describeError(error);
    default:
      return describeError(error);
  }
}
