import { MULTI_LINE_TEXT_MAX, formatCount, validateAreaComments, validateEntry, validateHeader } from '../../../model';
import type { ValidationProblem } from '../../../model';
import { AppError } from '../../../services/errors';
import type { MappingChanges } from '../../../services/types';

/**
 * Checks a save before anything is sent, so SharePoint never has to refuse
 * (or worse, cut short) a value.
 *
 * @param changes - The save.
 * @throws AppError('invalid') with every problem in plain English.
 */
export function validateChanges(changes: MappingChanges): void {
  const problems = ([] as ValidationProblem[]).concat(...changes.entries.map((change) => validateEntry(change.entry)));
  if (changes.header) {
    problems.push(...validateHeader(changes.header.header), ...validateAreaComments(changes.header.areaComments));
    // All areas' comments share one column, so together they must fit it too.
    const stored = JSON.stringify(changes.header.areaComments).length;
    if (stored > MULTI_LINE_TEXT_MAX) {
      problems.push({
        field: 'areaComments',
        message: `The comments on all areas together come to ${formatCount(stored)} characters with their labels; the most SharePoint can store is ${formatCount(MULTI_LINE_TEXT_MAX)}. Shorten some of them.`
      });
    }
  }
  if (problems.length > 0) {
    throw new AppError('invalid', problems.map((p) => p.message).join(' '));
  }
}
