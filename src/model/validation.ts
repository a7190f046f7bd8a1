import type { Framework } from './framework';
import { MULTI_LINE_TEXT_MAX, SINGLE_LINE_TEXT_MAX, tooLongMessage } from './limits';
import type { FieldNoun } from './limits';
import type { AreaComments, MappingEntry, MappingHeader } from './mapping';
import { DUTY_STATUSES, FOUND_IN_OPTIONS, isDutyStatus, isFoundIn } from './statuses';

/**
 * Something that stops a value being saved, said in plain English. Values are
 * never shortened or corrected silently: the person fixes them.
 */
export interface ValidationProblem {
  /** Dotted path of the field, e.g. "comments", "action.owner", "completedBy.otherNames[1]", "areaComments.clean-safe". */
  field: string;
  message: string;
}

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

function quoted(value: string): string {
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return `"${shown}"`;
}

function checkLength(problems: ValidationProblem[], field: string, noun: FieldNoun, text: string, max: number): void {
  const message = tooLongMessage(noun, text, max);
  if (message) {
    problems.push({ field, message });
  }
}

function checkDate(problems: ValidationProblem[], field: string, label: string, value: string | undefined): void {
  if (value === undefined || value.trim() === '' || isIsoDate(value)) {
    return;
  }
  problems.push({
    field,
    message: `${label} must be a real date written as yyyy-mm-dd, for example 2025-03-31; ${quoted(value)} is not.`
  });
}

function listOf(labels: readonly { label: string }[]): string {
  return labels.map((item) => item.label).join(', ');
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
    problems.push({ field: 'dutyId', message: 'This entry is not linked to a duty, so it cannot be saved.' });
  }
  if (!isFoundIn(entry.foundIn)) {
    problems.push({
      field: 'foundIn',
      message: `Where the duty is found must be one of: ${listOf(FOUND_IN_OPTIONS)}; ${quoted(String(entry.foundIn))} is not.`
    });
  }
  if (!isDutyStatus(entry.status)) {
    problems.push({
      field: 'status',
      message: `The status must be one of: ${listOf(DUTY_STATUSES)}; ${quoted(String(entry.status))} is not.`
    });
  }
  checkLength(problems, 'reference', { name: 'The JD/PS reference', plural: false }, entry.reference, SINGLE_LINE_TEXT_MAX);
  checkLength(problems, 'comments', { name: 'Comments', plural: true }, entry.comments, MULTI_LINE_TEXT_MAX);
  if (entry.action) {
    checkLength(problems, 'action.what', { name: 'The action', plural: false }, entry.action.what, SINGLE_LINE_TEXT_MAX);
    checkLength(problems, 'action.owner', { name: 'The action owner', plural: false }, entry.action.owner, SINGLE_LINE_TEXT_MAX);
    checkDate(problems, 'action.dueDate', 'The action due date', entry.action.dueDate);
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
    problems.push({ field: 'team', message: 'Enter the team name.' });
  } else {
    checkLength(problems, 'team', { name: 'The team name', plural: false }, header.team, SINGLE_LINE_TEXT_MAX);
  }
  header.completedBy.otherNames.forEach((name, index) => {
    const field = `completedBy.otherNames[${index}]`;
    const noun = `Name ${index + 1} under "Completed by"`;
    if (name.trim() === '') {
      problems.push({ field, message: `${noun} is blank; enter the name or remove it.` });
    } else {
      checkLength(problems, field, { name: noun, plural: false }, name, SINGLE_LINE_TEXT_MAX);
    }
  });
  checkDate(problems, 'dateCompleted', 'The date completed', header.dateCompleted);
  checkLength(problems, 'notes', { name: 'Notes', plural: true }, header.notes, MULTI_LINE_TEXT_MAX);
  if (header.frameworkId.trim() === '' || !Number.isInteger(header.frameworkVersion) || header.frameworkVersion < 1) {
    problems.push({
      field: 'frameworkVersion',
      message: 'The mapping does not say which framework version it uses, so it cannot be saved. Reopen it and try again.'
    });
  }
  return problems;
}

/**
 * Checks the per-area comments before they are saved.
 *
 * @param areaComments - Comments keyed by area id.
 * @param framework - When given, areas are named by their titles in messages.
 * @returns The problems found; empty when the comments can be saved.
 */
export function validateAreaComments(areaComments: AreaComments, framework?: Framework): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  for (const [areaId, comments] of Object.entries(areaComments)) {
    const title = framework?.areas.find((area) => area.id === areaId)?.title;
    const name = title ? `Comments for "${title}"` : `Comments for area "${areaId}"`;
    checkLength(problems, `areaComments.${areaId}`, { name, plural: true }, comments, MULTI_LINE_TEXT_MAX);
  }
  return problems;
}
