import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { DocumentProblem } from '../../../documents/read/documentErrors';

/**
 * What to tell a person whose file could not be read: what is wrong and what to do instead.
 *
 * @param problem - Why reading failed.
 * @returns The message.
 */
export function problemMessage(problem: DocumentProblem): string {
  switch (problem) {
    case 'tooLarge':
      return strings.MappingJdProblemTooLarge;
    case 'oldWord':
      return strings.MappingJdProblemOldWord;
    case 'unsupportedType':
      return strings.MappingJdProblemUnsupported;
    case 'encrypted':
      return strings.MappingJdProblemEncrypted;
    case 'corrupt':
      return strings.MappingJdProblemCorrupt;
    case 'empty':
      return strings.MappingJdProblemEmpty;
    case 'noTextLayer':
      return strings.MappingJdProblemNoTextLayer;
    case 'tooMuchText':
      return strings.MappingJdProblemTooMuchText;
    case 'tooSlow':
      return strings.MappingJdProblemTooSlow;
  }
}
