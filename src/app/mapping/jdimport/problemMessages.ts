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
      return strings.JdProblemTooLarge;
    case 'oldWord':
      return strings.JdProblemOldWord;
    case 'unsupportedType':
      return strings.JdProblemUnsupported;
    case 'encrypted':
      return strings.JdProblemEncrypted;
    case 'corrupt':
      return strings.JdProblemCorrupt;
    case 'empty':
      return strings.JdProblemEmpty;
    case 'noTextLayer':
      return strings.JdProblemNoTextLayer;
    case 'tooMuchText':
      return strings.MappingJdProblemTooMuchText;
    case 'tooSlow':
      return strings.MappingJdProblemTooSlow;
  }
}
