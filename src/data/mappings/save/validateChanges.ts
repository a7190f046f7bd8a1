import { validateAreaComments, validateEntry, validateHeader } from '../../../model';
import type { ValidationProblem } from '../../../model';
import { AppError } from '../../../services/errors';
import type { MappingChanges } from '../../../services/types';

/**
 * Checks a save before anything is sent, so SharePoint never has to refuse
 * (or worse, cut short) a value. Every limit is the model's (src/model/validation.ts),
 * the same checks the editor runs before it sends, so a save the editor sends passes here.
 *
 * @param changes - The save.
 * @throws AppError('invalid') with every problem in its details.
 */
export function validateChanges(changes: MappingChanges): void {
  const problems = ([] as ValidationProblem[]).concat(...changes.entries.map((change) => validateEntry(change.entry)));
  if (changes.header) {
    problems.push(...validateHeader(changes.header.header), ...validateAreaComments(changes.header.areaComments));
  }
  if (problems.length > 0) {
    throw new AppError('invalid', { reason: 'validation', problems });
  }
}
