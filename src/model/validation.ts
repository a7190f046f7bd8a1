import { MULTI_LINE_TEXT_MAX, SINGLE_LINE_TEXT_MAX } from './limits';
import type { AreaComments, MappingEntry, MappingHeader } from './mapping';
import { isDutyStatus, isFoundIn } from './statuses';

/**
 * Something that stops a value being saved. It says what is wrong with which
 * field; the app words it (src/app/common/validationMessages.ts). Values are
 * never shortened or corrected silently: the person fixes them.
 */
export type ValidationProblem = {
  /** Dotted path of the field, e.g. "comments", "action.owner", "completedBy.otherNames[1]", "areaComments.clean-safe"; "areaComments" for all areas' comments together. */
  field: string;
} & (
  | { code: 'tooLong'; length: number; max: number }
  | { code: 'notADate'; value: string }
  | { code: 'notOneOf'; value: string }
  | { code: 'required' }
  | { code: 'blank' }
  | { code: 'noDuty' }
  | { code: 'noFrameworkVersion' }
);

/**
 * Whether a text is a real calendar date written as yyyy-mm-dd.
 *
 * @param value - The text.
 * @returns True for dates such as "2025-03-31"; false for "2025-02-30" or "31/03/2025".
 */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) {
    return false;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function checkLength(problems: ValidationProblem[], field: string, length: number, max: number): void {
  if (length > max) {
    problems.push({ field, code: 'tooLong', length, max });
  }
}

function checkDate(problems: ValidationProblem[], field: string, value: string | undefined): void {
  if (value === undefined || value.trim() === '' || isIsoDate(value)) {
    return;
  }
  problems.push({ field, code: 'notADate', value });
}

/**
 * Checks one duty's entry before it is saved.
 *
 * @param entry - The entry as edited.
 * @returns The problems found; empty when the entry can be saved.
 */
export function validateEntry(entry: MappingEntry): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  if (entry.dutyId.trim() === '') {
    problems.push({ field: 'dutyId', code: 'noDuty' });
  }
  if (!isFoundIn(entry.foundIn)) {
    problems.push({ field: 'foundIn', code: 'notOneOf', value: String(entry.foundIn) });
  }
  if (!isDutyStatus(entry.status)) {
    problems.push({ field: 'status', code: 'notOneOf', value: String(entry.status) });
  }
  checkLength(problems, 'reference', entry.reference.length, SINGLE_LINE_TEXT_MAX);
  checkLength(problems, 'comments', entry.comments.length, MULTI_LINE_TEXT_MAX);
  if (entry.action) {
    checkLength(problems, 'action.what', entry.action.what.length, SINGLE_LINE_TEXT_MAX);
    checkLength(problems, 'action.owner', entry.action.owner.length, SINGLE_LINE_TEXT_MAX);
    checkDate(problems, 'action.dueDate', entry.action.dueDate);
  }
  return problems;
}

/**
 * Checks a mapping's header (team, who completed it, date, notes) before it is saved.
 * A blank date means "not completed yet" and is allowed.
 *
 * @param header - The header as edited.
 * @returns The problems found; empty when the header can be saved.
 */
export function validateHeader(header: MappingHeader): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  if (header.team.trim() === '') {
    problems.push({ field: 'team', code: 'required' });
  } else {
    checkLength(problems, 'team', header.team.length, SINGLE_LINE_TEXT_MAX);
  }
  header.completedBy.otherNames.forEach((name, index) => {
    const field = `completedBy.otherNames[${index}]`;
    if (name.trim() === '') {
      problems.push({ field, code: 'blank' });
    } else {
      checkLength(problems, field, name.length, SINGLE_LINE_TEXT_MAX);
    }
  });
  checkDate(problems, 'dateCompleted', header.dateCompleted);
  checkLength(problems, 'notes', header.notes.length, MULTI_LINE_TEXT_MAX);
  if (header.frameworkId.trim() === '' || !Number.isInteger(header.frameworkVersion) || header.frameworkVersion < 1) {
    problems.push({ field: 'frameworkVersion', code: 'noFrameworkVersion' });
  }
  return problems;
}

/**
 * How long the area comments are once stored: all areas share one multi-line
 * column holding them as JSON, labels (area ids) and quoting included.
 *
 * @param areaComments - Comments keyed by area id.
 * @returns The stored length in characters.
 */
export function storedAreaCommentsLength(areaComments: AreaComments): number {
  return JSON.stringify(areaComments).length;
}

/**
 * Checks the per-area comments before they are saved: each area's, and all of
 * them together, since they share one column ("areaComments").
 *
 * @param areaComments - Comments keyed by area id.
 * @returns The problems found; empty when the comments can be saved.
 */
export function validateAreaComments(areaComments: AreaComments): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  for (const [areaId, comments] of Object.entries(areaComments)) {
    checkLength(problems, `areaComments.${areaId}`, comments.length, MULTI_LINE_TEXT_MAX);
  }
  // Each area may fit while all of them together do not.
  if (problems.length === 0) {
    checkLength(problems, 'areaComments', storedAreaCommentsLength(areaComments), MULTI_LINE_TEXT_MAX);
  }
  return problems;
}
