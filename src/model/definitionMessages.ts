import type * as v from 'valibot';
import { describeLocation, formatPath } from './definitionPaths';
import type { PathSegment } from './definitionPaths';
import { formatCount, lengthMessage } from './limits';

/** A problem in a framework definition, located by its JSON path. */
export interface DefinitionError {
  /** e.g. "areas[2].duties[4].children[0].text"; "" for the definition as a whole. */
  path: string;
  message: string;
}

/** What ids may look like: safe in list filters. {@link textProblemMessage} words this for people. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** What a link must look like. */
export const URL_PATTERN = /^https?:\/\/\S+$/i;

/** What is wrong with a text field, as found by the schema's text checks. */
type TextProblem =
  | { problem: 'blank' }
  | { problem: 'tooLong'; length: number; max: number }
  | { problem: 'badId'; value: string }
  | { problem: 'badUrl' };

const FIELD_LABELS: Record<string, string> = {
  id: 'id',
  text: 'text',
  title: 'title',
  code: 'code',
  date: 'date',
  url: 'link',
  version: 'version'
};

const LIST_EMPTY_MESSAGES: Record<string, string> = {
  areas: 'there are no areas; add at least one.',
  duties: 'there are no duties; add at least one.'
};

const TYPE_NAMES: Record<string, string> = {
  string: 'text in quotes',
  number: 'a number',
  integer: 'a whole number',
  float: 'a number with a fraction',
  boolean: 'true or false',
  array: 'a list in square brackets',
  object: 'an object in curly braces',
  null: 'null'
};

/** The type each of the schema's type checks expects, by the valibot schema that makes it. */
const EXPECTED_TYPES: Record<string, string> = {
  string: 'string',
  number: 'number',
  array: 'array',
  // The object guard (see isJsonObject): valibot's own objects also accept lists.
  custom: 'object'
};

function typeName(type: string): string {
  return TYPE_NAMES[type] ?? type;
}

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

/** Splits a path into the thing it is in (described in words) and the field, if it ends at a field. */
function locate(path: readonly PathSegment[]): { where: string; key?: string } {
  const last = path[path.length - 1];
  if (typeof last === 'string') {
    return { where: describeLocation(path.slice(0, -1)), key: last };
  }
  return { where: describeLocation(path) };
}

function fieldLabel(key: string | undefined): string {
  if (key === undefined) {
    return 'this item';
  }
  return FIELD_LABELS[key] ? `the ${FIELD_LABELS[key]}` : `the "${key}" field`;
}

function textProblemMessage(params: TextProblem, key: string | undefined): string {
  const label = fieldLabel(key);
  switch (params.problem) {
    case 'blank':
      return key === 'text' ? 'the text is blank; every item needs wording.' : `${label} is blank; fill it in.`;
    case 'tooLong':
      return lengthMessage({ name: label, plural: false }, params.length, params.max) ?? `${label} is too long.`;
    case 'badId':
      return `the id "${params.value}" can only use letters, digits, hyphens (-), underscores (_) and full stops (.), and must start with a letter or digit.`;
    case 'badUrl':
      return `${label} must be a web address starting with https:// or http://.`;
  }
}

/** The problem a text field's checks found: blank (the one `check`), too long, or not in the form an id or link needs. */
function textProblem(issue: v.BaseIssue<unknown>): TextProblem | undefined {
  const value = String(issue.input);
  switch (issue.type) {
    case 'check':
      return { problem: 'blank' };
    case 'max_length':
      return { problem: 'tooLong', length: value.length, max: Number(issue.requirement) };
    case 'regex':
      return issue.requirement === ID_PATTERN ? { problem: 'badId', value } : { problem: 'badUrl' };
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

function issueMessage(issue: v.BaseIssue<unknown>, path: readonly PathSegment[]): string {
  const { where, key } = locate(path);
  let problem: string;
  const expected = issue.kind === 'schema' ? EXPECTED_TYPES[issue.type] : issue.type === 'integer' ? 'integer' : undefined;
  if (expected !== undefined || issue.kind === 'schema') {
    // A value of the wrong type, or (a schema issue with nothing there) a missing field.
    if (key !== undefined && issue.input === undefined) {
      problem = `${fieldLabel(key)} is missing.`;
    } else {
      const received = issue.type === 'integer' ? 'float' : valueType(issue.input);
      const shouldBe = `must be ${typeName(expected ?? issue.type)}, not ${typeName(received)}.`;
      if (key === undefined) {
        return path.length === 0 ? `The framework definition ${shouldBe}` : `${where} ${shouldBe}`;
      }
      problem = `${fieldLabel(key)} ${shouldBe}`;
    }
  } else if (issue.type === 'min_length') {
    problem = LIST_EMPTY_MESSAGES[key ?? ''] ?? `${fieldLabel(key)} is empty; add at least one item.`;
  } else if (issue.type === 'min_value') {
    problem = `${fieldLabel(key)} must be ${formatCount(Number(issue.requirement))} or more.`;
  } else {
    const text = textProblem(issue);
    problem = text ? textProblemMessage(text, key) : issue.message;
  }
  return `${where}: ${problem}`;
}

/**
 * Turns one of valibot's issues into a located, plain-English error; an
 * unknown field is reported at its own path.
 *
 * @param issue - An issue from parsing a framework definition.
 * @returns The error, as a list.
 */
export function issueErrors(issue: v.BaseIssue<unknown>): DefinitionError[] {
  const path = issuePath(issue);
  if (isUnknownField(issue)) {
    const name = String(path[path.length - 1]);
    const where = describeLocation(path.slice(0, -1));
    return [
      {
        path: formatPath(path),
        message: `${where}: "${name}" is not a field a framework uses; remove it or check the spelling (names are case-sensitive).`
      }
    ];
  }
  return [{ path: formatPath(path), message: issueMessage(issue, path) }];
}
