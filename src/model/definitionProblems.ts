import type * as v from 'valibot';
import { formatPath } from './definitionPaths';
import type { PathSegment } from './definitionPaths';

/**
 * What is wrong in a framework definition or a shared framework file, as a
 * code and the details the wording needs (src/app/common/definitionMessages.ts
 * says it in the loc strings' words). Where it is comes with it, see
 * {@link DefinitionError}.
 */
export type DefinitionProblem =
  /** The definition's text is not JSON; `detail` is the JSON parser's own explanation. */
  | { code: 'notJson'; detail?: string }
  /** A value of the wrong type; types as {@link valueType} names them, plus "integer" and "float". */
  | { code: 'wrongType'; expected: string; received: string }
  | { code: 'missing' }
  /** A list with nothing in it (areas, duties…). */
  | { code: 'empty' }
  | { code: 'tooSmall'; min: number }
  | { code: 'blank' }
  | { code: 'tooLong'; length: number; max: number }
  | { code: 'badId'; value: string }
  | { code: 'badUrl' }
  /** A field the schema does not know; its name is the last step of `at`. */
  | { code: 'unknownField' }
  /** Any other check the schema makes (none today); `check` is the check's type. */
  | { code: 'invalid'; check: string }
  /** An id used before, at `first` (the area or duty); this one is at `at` (its id field). */
  | { code: 'duplicateId'; id: string; first: PathSegment[] }
  /** Sub-items deeper than MAX_DUTY_DEPTH (definitionStructure.ts); `at` is the duty's children. */
  | { code: 'tooDeep' }
  /** The whole definition, as stored, is over the column's limit. */
  | { code: 'definitionTooLong'; length: number; max: number }
  | { code: 'fileTooLarge'; kilobytes: number; maxKilobytes: number }
  | { code: 'fileNotJson'; line?: number; column?: number }
  | { code: 'fileTooDeep'; maxDepth: number }
  | { code: 'markup' }
  | { code: 'notFrameworkFile'; format: string }
  | { code: 'noSchemaVersion' }
  | { code: 'newerSchema'; fileVersion: number; appVersion: number };

/** A problem in a framework definition, located. */
export type DefinitionError = DefinitionProblem & {
  /** Where, as a JSON path in what was given, e.g. "areas[2].duties[4].children[0].text" (a file's start "framework."); "" for the whole. */
  path: string;
  /** Where within the framework definition, as keys and indexes, for the wording ("Area 3, duty 5"); a file's own problems (markup, nesting, envelope) have the file's. */
  at: PathSegment[];
};

/** What ids may look like: safe in list filters. src/app/common/definitionMessages.ts words this for people. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** What a link must look like. */
export const URL_PATTERN = /^https?:\/\/\S+$/i;

/**
 * Names the type of a value the way the messages do: "nan" for NaN, "array",
 * "null", "date", and so on, with anything else object-like an "object".
 *
 * @param value - Any value.
 * @returns The type's name.
 */
export function valueType(value: unknown): string {
  switch (typeof value) {
    case 'number':
      return isNaN(value) ? 'nan' : 'number';
    case 'object':
      if (Array.isArray(value)) {
        return 'array';
      }
      if (value === null) {
        return 'null';
      }
      if (typeof (value as { then?: unknown }).then === 'function' && typeof (value as { catch?: unknown }).catch === 'function') {
        return 'promise';
      }
      if (value instanceof Map) {
        return 'map';
      }
      if (value instanceof Set) {
        return 'set';
      }
      if (value instanceof Date) {
        return 'date';
      }
      return 'object';
    default:
      return typeof value;
  }
}

/**
 * Whether a value is an object in curly braces, as a framework's objects must
 * be (not a list, not null).
 *
 * @param value - Any value.
 * @returns True for a plain object.
 */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return valueType(value) === 'object';
}

/** The problem a text field's checks found: blank (the one `check`), too long, or not in the form an id or link needs. */
function textProblem(issue: v.BaseIssue<unknown>): DefinitionProblem | undefined {
  const value = String(issue.input);
  switch (issue.type) {
    case 'check':
      return { code: 'blank' };
    case 'max_length':
      return { code: 'tooLong', length: value.length, max: Number(issue.requirement) };
    case 'regex':
      return issue.requirement === ID_PATTERN ? { code: 'badId', value } : { code: 'badUrl' };
    default:
      return undefined;
  }
}

/** The keys and indexes from the root to where an issue is. */
function issuePath(issue: v.BaseIssue<unknown>): PathSegment[] {
  return (issue.path ?? []).map((item) => item.key as PathSegment);
}

/** Whether an issue is about a field the schema does not know (from a strict object, or the check that reports the rest). */
function isUnknownField(issue: v.BaseIssue<unknown>): boolean {
  const last = issue.path?.[issue.path.length - 1];
  return issue.expected === 'never' && last !== undefined && last.origin === 'key';
}

/** The type each of the schema's type checks expects, by the valibot schema that makes it. */
const EXPECTED_TYPES: Record<string, string> = {
  string: 'string',
  number: 'number',
  array: 'array',
  // The object guard (see isJsonObject): valibot's own objects also accept lists.
  custom: 'object'
};

function issueProblem(issue: v.BaseIssue<unknown>, key: PathSegment | undefined): DefinitionProblem {
  const expected = issue.kind === 'schema' ? EXPECTED_TYPES[issue.type] : issue.type === 'integer' ? 'integer' : undefined;
  if (expected !== undefined || issue.kind === 'schema') {
    // A value of the wrong type, or (a schema issue with nothing there) a missing field.
    if (typeof key === 'string' && issue.input === undefined) {
      return { code: 'missing' };
    }
    return { code: 'wrongType', expected: expected ?? issue.type, received: issue.type === 'integer' ? 'float' : valueType(issue.input) };
  }
  if (issue.type === 'min_length') {
    return { code: 'empty' };
  }
  if (issue.type === 'min_value') {
    return { code: 'tooSmall', min: Number(issue.requirement) };
  }
  return textProblem(issue) ?? { code: 'invalid', check: issue.type };
}

/**
 * Turns one of valibot's issues into a located problem; an unknown field is
 * reported at its own path.
 *
 * @param issue - An issue from parsing a framework definition.
 * @returns The problem, as a list.
 */
export function issueErrors(issue: v.BaseIssue<unknown>): DefinitionError[] {
  const path = issuePath(issue);
  const located = { path: formatPath(path), at: path };
  if (isUnknownField(issue)) {
    return [{ code: 'unknownField', ...located }];
  }
  return [{ ...issueProblem(issue, path[path.length - 1]), ...located }];
}
