import { formatPath } from './definitionPaths';
import type { PathSegment } from './definitionPaths';
import type { DefinitionError } from './definitionProblems';

/** Duties nest at most this deep: a duty, its sub-items and theirs. */
export const MAX_DUTY_DEPTH = 3;

interface WalkState {
  errors: DefinitionError[];
  /** Lower-cased id → path where it was first seen. */
  seen: Map<string, PathSegment[]>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function noteId(state: WalkState, item: Record<string, unknown>, path: PathSegment[]): void {
  if (typeof item.id !== 'string' || item.id.trim() === '') {
    return;
  }
  const key = item.id.toLowerCase();
  const first = state.seen.get(key);
  if (!first) {
    state.seen.set(key, path);
    return;
  }
  const at = [...path, 'id'];
  state.errors.push({ code: 'duplicateId', id: item.id, first, path: formatPath(at), at });
}

function walkDuties(state: WalkState, duties: unknown, path: PathSegment[], depth: number): void {
  if (!Array.isArray(duties)) {
    return;
  }
  duties.forEach((duty: unknown, index) => {
    if (!isRecord(duty)) {
      return;
    }
    const dutyPath = [...path, index];
    noteId(state, duty, dutyPath);
    const children = duty.children;
    if (Array.isArray(children) && children.length > 0 && depth >= MAX_DUTY_DEPTH) {
      const at = [...dutyPath, 'children'];
      state.errors.push({ code: 'tooDeep', path: formatPath(at), at });
    }
    walkDuties(state, children, [...dutyPath, 'children'], depth + 1);
  });
}

/**
 * Checks that ids are unique (areas and duties together, ignoring case, as
 * SharePoint compares text) and that duties nest no deeper than
 * {@link MAX_DUTY_DEPTH}. Works on the raw input, so these problems are
 * reported alongside any the schema finds.
 *
 * @param root - The definition as parsed from JSON.
 * @returns The problems found, each naming where.
 */
export function checkIdsAndNesting(root: unknown): DefinitionError[] {
  const state: WalkState = { errors: [], seen: new Map() };
  if (!isRecord(root) || !Array.isArray(root.areas)) {
    return state.errors;
  }
  root.areas.forEach((area: unknown, index) => {
    if (!isRecord(area)) {
      return;
    }
    const areaPath: PathSegment[] = ['areas', index];
    noteId(state, area, areaPath);
    walkDuties(state, area.duties, [...areaPath, 'duties'], 1);
  });
  return state.errors;
}
