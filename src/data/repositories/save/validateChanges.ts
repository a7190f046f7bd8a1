import { MULTI_LINE_TEXT_MAX, validateAreaComments, validateEntry, validateHeader } from '../../../model';
import type { ValidationProblem } from '../../../model';
import { AppError } from '../../../services/errors';
import type { MappingChanges } from '../../../services/types';

/**
 * Checks a save before anything is sent, so SharePoint never has to refuse
 * (or worse, cut short) a value.
 *
 * @param changes - The save.
 * @throws AppError('invalid') with every problem in its details.
 */
export function validateChanges(changes: MappingChanges): void {
  const problems = ([] as ValidationProblem[]).concat(...changes.entries.map((change) => validateEntry(change.entry)));
  if (changes.header) {
    problems.push(...validateHeader(changes.header.header), ...validateAreaComments(changes.header.areaComments));
    // All areas' comments share one column, so together they must fit it too.
    const stored = JSON.stringify(changes.header.areaComments).length;
    if (stored > MULTI_LINE_TEXT_MAX) {
      problems.push({ field: 'areaComments', code: 'tooLong', length: stored, max: MULTI_LINE_TEXT_MAX });
    }
  }
  if (problems.length > 0) {
    throw new AppError('invalid', { reason: 'validation', problems });
  }
}
