import { parseFrameworkDefinition, serialiseFrameworkDefinition } from '../../model';
import type { Framework } from '../../model';
import { AppError } from '../../services/errors';
import { FRAMEWORK_FIELDS as F, FRAMEWORKS_LIST, selectFields } from '../schema';
import { num, readableCopy, text } from './rows';
import type { Row, RowValues } from './rows';

export const FRAMEWORK_SELECT: string[] = selectFields(FRAMEWORKS_LIST);

/**
 * Reads a framework version item. The columns (id, version) are the record of
 * which version this is; the JSON holds the content.
 *
 * @param row - The item.
 * @returns The framework.
 * @throws AppError('invalid') when the stored JSON was damaged, e.g. edited by hand in SharePoint.
 */
export function frameworkFromRow(row: Row): Framework {
  const result = parseFrameworkDefinition(text(row, F.definition));
  if (!result.ok) {
    throw new AppError('invalid', { reason: 'frameworkUnreadable', frameworkVersion: num(row, F.version), frameworkProblems: result.errors });
  }
  return { ...result.framework, id: text(row, F.frameworkId) || result.framework.id, version: num(row, F.version) || result.framework.version };
}

/**
 * Columns of a framework version item.
 *
 * @param framework - The framework, with its final version number.
 * @returns Values for an add.
 */
export function frameworkValues(framework: Framework): RowValues {
  return {
    Title: readableCopy(framework.title),
    [F.frameworkId]: framework.id,
    [F.version]: framework.version,
    [F.definition]: serialiseFrameworkDefinition(framework)
  };
}
