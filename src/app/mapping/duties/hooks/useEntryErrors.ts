import * as React from 'react';
import { validateEntry } from '../../../../model';
import type { MappingEntry } from '../../../../model';
import { describeProblem } from '../../../common/validationMessages';

/**
 * What is wrong with one duty's answers, worded per field, for the card and the table row.
 * Recomputed only when the entry changes, so a keystroke elsewhere does not revalidate it.
 *
 * @param entry - The duty's answers as edited.
 * @returns Each field's problem, by field name; empty when the entry can be saved.
 */
export function useEntryErrors(entry: MappingEntry): Record<string, string> {
  return React.useMemo(() => {
    const byField: Record<string, string> = {};
    for (const problem of validateEntry(entry)) {
      byField[problem.field] = describeProblem(problem);
    }
    return byField;
  }, [entry]);
}
