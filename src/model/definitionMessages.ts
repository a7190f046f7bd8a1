import { z } from 'zod';
import { describeLocation, formatPath } from './definitionPaths';
import type { PathSegment } from './definitionPaths';
import { formatCount, lengthMessage } from './limits';

/** A problem in a framework definition, located by its JSON path. */
export interface DefinitionError {
  /** e.g. "areas[2].duties[4].children[0].text"; "" for the definition as a whole. */
  path: string;
  message: string;
}

/** What is wrong with a text field, as found by the schema's text checks. */
export type TextProblem =
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

function typeName(type: string): string {
  return TYPE_NAMES[type] ?? type;
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

function issueMessage(issue: z.ZodIssue): string {
  const { where, key } = locate(issue.path);
  let problem: string;
  switch (issue.code) {
    case z.ZodIssueCode.invalid_type: {
      if (key !== undefined && issue.received === 'undefined') {
        problem = `${fieldLabel(key)} is missing.`;
        break;
      }
      const shouldBe = `must be ${typeName(issue.expected)}, not ${typeName(issue.received)}.`;
      if (key === undefined) {
        return issue.path.length === 0 ? `The framework definition ${shouldBe}` : `${where} ${shouldBe}`;
      }
      problem = `${fieldLabel(key)} ${shouldBe}`;
      break;
    }
    case z.ZodIssueCode.too_small:
      problem =
        issue.type === 'array'
          ? LIST_EMPTY_MESSAGES[key ?? ''] ?? `${fieldLabel(key)} is empty; add at least one item.`
          : `${fieldLabel(key)} must be ${formatCount(Number(issue.minimum))} or more.`;
      break;
    case z.ZodIssueCode.custom:
      problem = textProblemMessage(issue.params as TextProblem, key);
      break;
    default:
      problem = issue.message;
  }
  return `${where}: ${problem}`;
}

/**
 * Turns one of zod's issues into located, plain-English errors; an unknown
 * field is reported at its own path.
 *
 * @param issue - An issue from parsing a framework definition.
 * @returns One error, or one per unknown field.
 */
export function issueErrors(issue: z.ZodIssue): DefinitionError[] {
  if (issue.code === z.ZodIssueCode.unrecognized_keys) {
    const where = describeLocation(issue.path);
    return issue.keys.map((name) => ({
      path: formatPath([...issue.path, name]),
      message: `${where}: "${name}" is not a field a framework uses; remove it or check the spelling (names are case-sensitive).`
    }));
  }
  return [{ path: formatPath(issue.path), message: issueMessage(issue) }];
}
