import { parseFrameworkDefinition } from '../../model';
import type { DefinitionError, Framework } from '../../model';

/** The model's located problems with a draft, by JSON path, so each field shows its own. */
export interface DraftProblems {
  all: DefinitionError[];
  /** First message per path. */
  byPath: Map<string, string>;
}

/**
 * Checks a draft with the same parser that guards publishing.
 *
 * @param draft - The framework being edited.
 * @returns Every problem, and the first per path.
 */
export function draftProblems(draft: Framework): DraftProblems {
  const result = parseFrameworkDefinition(draft);
  const all = result.ok ? [] : result.errors;
  const byPath = new Map<string, string>();
  for (const problem of all) {
    if (!byPath.has(problem.path)) {
      byPath.set(problem.path, problem.message);
    }
  }
  return { all, byPath };
}

/**
 * The problems at a path or inside it (for a field that edits a whole list, like the introduction).
 *
 * @param problems - The draft's problems.
 * @param prefix - e.g. "introduction".
 * @returns The first message at or under the path.
 */
export function problemUnder(problems: DraftProblems, prefix: string): string | undefined {
  const found = problems.all.find((p) => p.path === prefix || p.path.startsWith(`${prefix}[`) || p.path.startsWith(`${prefix}.`));
  return found?.message;
}
