/**
 * The words for a {@link ValidationProblem}: which field, what is wrong and how
 * to fix it, from the loc strings. The model finds problems; this says them.
 */
import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { Framework, ValidationProblem } from '../../model';
import { formatNumber, formatText } from '../../wording/format';
import { foundInWords, statusWords } from '../../wording/vocabulary';

/** How a field is named at the start of a sentence, and whether it reads as plural ("Comments are"). */
interface FieldName {
  name: string;
  plural: boolean;
}

const OTHER_NAME = /^completedBy\.otherNames\[(\d+)\]$/;
const AREA_PREFIX = 'areaComments.';

function fieldName(field: string, framework: Framework | undefined): FieldName {
  const singular = (name: string): FieldName => ({ name, plural: false });
  const plural = (name: string): FieldName => ({ name, plural: true });
  const otherName = OTHER_NAME.exec(field);
  if (otherName) {
    return singular(formatText(strings.CommonFieldOtherName, Number(otherName[1]) + 1));
  }
  if (field.startsWith(AREA_PREFIX)) {
    const areaId = field.slice(AREA_PREFIX.length);
    const title = framework?.areas.find((area) => area.id === areaId)?.title;
    return plural(title ? formatText(strings.CommonFieldAreaComments, title) : formatText(strings.CommonFieldAreaCommentsById, areaId));
  }
  switch (field) {
    case 'reference':
      return singular(strings.CommonFieldReference);
    case 'comments':
      return plural(strings.CommonFieldComments);
    case 'action.what':
      return singular(strings.CommonFieldAction);
    case 'action.owner':
      return singular(strings.CommonFieldActionOwner);
    case 'action.dueDate':
      return singular(strings.CommonFieldActionDueDate);
    case 'team':
      return singular(strings.CommonFieldTeam);
    case 'dateCompleted':
      return singular(strings.CommonFieldDateCompleted);
    case 'notes':
      return plural(strings.CommonFieldNotes);
    default:
      return singular(field);
  }
}

function characters(count: number): string {
  return count === 1 ? strings.CommonCharacterCountOne : formatText(strings.CommonCharacterCount, formatNumber(count));
}

/** A value the person typed, quoted and cut short so a long one does not swamp the message. */
function quoted(value: string): string {
  return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
}

function listOf(labels: readonly { label: string }[]): string {
  return labels.map((item) => item.label).join(', ');
}

/**
 * One problem in plain English.
 *
 * @param problem - What the model's validation found.
 * @param framework - When given, area comments are named by their area's title.
 * @returns A sentence or two saying what is wrong and how to fix it.
 */
export function describeProblem(problem: ValidationProblem, framework?: Framework): string {
  switch (problem.code) {
    case 'tooLong': {
      if (problem.field === 'areaComments') {
        return formatText(strings.CommonValidationAllAreaCommentsTooLong, formatNumber(problem.length), formatNumber(problem.max));
      }
      const { name, plural } = fieldName(problem.field, framework);
      const template = plural ? strings.CommonValidationTooLongPlural : strings.CommonValidationTooLong;
      return formatText(template, name, characters(problem.length), formatNumber(problem.max), characters(problem.length - problem.max));
    }
    case 'notADate':
      return formatText(strings.CommonValidationNotADate, fieldName(problem.field, framework).name, quoted(problem.value));
    case 'notOneOf':
      return problem.field === 'status'
        ? formatText(strings.CommonValidationStatusNotOneOf, listOf(statusWords()), quoted(problem.value))
        : formatText(strings.CommonValidationFoundInNotOneOf, listOf(foundInWords()), quoted(problem.value));
    case 'required':
      return strings.CommonValidationTeamRequired;
    case 'blank':
      return formatText(strings.CommonValidationBlankName, fieldName(problem.field, framework).name);
    case 'noDuty':
      return strings.CommonValidationNoDuty;
    case 'noFrameworkVersion':
      return strings.CommonValidationNoFrameworkVersion;
  }
}

/**
 * Every problem, one after another, for a message bar.
 *
 * @param problems - What the model's validation found.
 * @param framework - When given, area comments are named by their area's title.
 * @returns The sentences joined by spaces.
 */
export function describeProblems(problems: readonly ValidationProblem[], framework?: Framework): string {
  return problems.map((problem) => describeProblem(problem, framework)).join(' ');
}
