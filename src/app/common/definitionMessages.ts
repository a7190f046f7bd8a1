/**
 * The words for a framework definition's problems ({@link DefinitionError}):
 * where, what is wrong and how to fix it, from the loc strings. The model
 * finds and locates them; this says them, for the framework editor, JSON
 * import and the notices about damaged versions.
 */
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { formatPath } from '../../model';
import type { DefinitionError, PathSegment } from '../../model';
import { describeLocation } from './definitionLocation';
import { formatNumber, formatText } from '../../wording/format';

/** How each field is named mid-sentence ("the title"); others are "the "name" field". */
const FIELD_LABELS: Record<string, () => string> = {
  id: () => strings.CommonFrameworkFieldId,
  text: () => strings.CommonFrameworkFieldText,
  title: () => strings.CommonFrameworkFieldTitle,
  code: () => strings.CommonFrameworkFieldCode,
  date: () => strings.CommonFrameworkFieldDate,
  url: () => strings.CommonFrameworkFieldLink,
  version: () => strings.CommonFrameworkFieldVersion
};

/** How a type is named, by the model's type names. */
const TYPE_NAMES: Record<string, () => string> = {
  string: () => strings.CommonFrameworkTypeString,
  number: () => strings.CommonFrameworkTypeNumber,
  integer: () => strings.CommonFrameworkTypeInteger,
  float: () => strings.CommonFrameworkTypeFloat,
  boolean: () => strings.CommonFrameworkTypeBoolean,
  array: () => strings.CommonFrameworkTypeArray,
  object: () => strings.CommonFrameworkTypeObject,
  null: () => strings.CommonFrameworkTypeNull
};

/** What to say about a list with nothing in it, for the lists that have their own words. */
const EMPTY_LISTS: Record<string, () => string> = {
  areas: () => strings.CommonFrameworkProblemNoAreas,
  duties: () => strings.CommonFrameworkProblemNoDuties
};

function typeName(type: string): string {
  return TYPE_NAMES[type]?.() ?? type;
}

function fieldLabel(key: string | undefined): string {
  if (key === undefined) {
    return strings.CommonFrameworkFieldThisItem;
  }
  return FIELD_LABELS[key]?.() ?? formatText(strings.CommonFrameworkFieldOther, key);
}

function characters(count: number): string {
  return count === 1 ? strings.CommonCharacterCountOne : formatText(strings.CommonCharacterCount, formatNumber(count));
}

function tooLong(name: string, length: number, max: number): string {
  return formatText(strings.CommonValidationTooLong, name, characters(length), formatNumber(max), characters(length - max));
}

/** Splits a location into the thing it is in (in words) and the field, if it ends at a field. */
function locate(at: readonly PathSegment[]): { where: string; key?: string } {
  const last = at[at.length - 1];
  return typeof last === 'string' ? { where: describeLocation(at.slice(0, -1)), key: last } : { where: describeLocation(at) };
}

/** A problem that is said the same way wherever it is, or undefined for those said after where they are. */
function wholeSentence(error: DefinitionError): string | undefined {
  switch (error.code) {
    case 'notJson':
      return error.detail ? formatText(strings.CommonFrameworkProblemNotJson, error.detail) : strings.CommonFrameworkProblemNotJsonNoDetail;
    case 'definitionTooLong':
      return tooLong(strings.CommonFrameworkDefinitionWhenSaved, error.length, error.max);
    case 'duplicateId': {
      const second = error.at.slice(0, -1);
      const lower = (path: readonly PathSegment[]): string => describeLocation(path).toLowerCase();
      return formatText(strings.CommonFrameworkProblemDuplicateId, error.id, lower(error.first), formatPath(error.first), lower(second), formatPath(second));
    }
    case 'fileTooLarge':
      return formatText(strings.CommonFrameworkFileTooLarge, formatNumber(error.kilobytes), formatNumber(error.maxKilobytes / 1024), formatNumber(error.maxKilobytes));
    case 'fileNotJson':
      return error.line !== undefined && error.column !== undefined ? formatText(strings.CommonFrameworkFileNotJsonAt, error.line, error.column) : strings.CommonFrameworkFileNotJson;
    case 'fileTooDeep':
      return formatText(strings.CommonFrameworkFileTooDeep, error.maxDepth);
    case 'markup':
      return strings.CommonFrameworkFileMarkup;
    case 'notFrameworkFile':
      return formatText(strings.CommonFrameworkFileNotFramework, error.format);
    case 'noSchemaVersion':
      return strings.CommonFrameworkFileNoSchemaVersion;
    case 'newerSchema':
      return formatText(strings.CommonFrameworkFileNewerSchema, error.fileVersion, error.appVersion);
    default:
      return undefined;
  }
}

/** What is wrong with the field or item, said after where it is. */
function problemAt(error: DefinitionError, key: string | undefined): string {
  const label = fieldLabel(key);
  switch (error.code) {
    case 'missing':
      return formatText(strings.CommonFrameworkProblemMissing, label);
    case 'wrongType':
      return formatText(strings.CommonFrameworkProblemWrongType, label, typeName(error.expected), typeName(error.received));
    case 'empty':
      return EMPTY_LISTS[key ?? '']?.() ?? formatText(strings.CommonFrameworkProblemEmpty, label);
    case 'tooSmall':
      return formatText(strings.CommonFrameworkProblemTooSmall, label, formatNumber(error.min));
    case 'blank':
      return key === 'text' ? strings.CommonFrameworkProblemTextBlank : formatText(strings.CommonFrameworkProblemBlank, label);
    case 'tooLong':
      return tooLong(label, error.length, error.max);
    case 'badId':
      return formatText(strings.CommonFrameworkProblemBadId, error.value);
    case 'badUrl':
      return formatText(strings.CommonFrameworkProblemBadUrl, label);
    case 'tooDeep':
      return strings.CommonFrameworkProblemTooDeep;
    default:
      return formatText(strings.CommonFrameworkProblemInvalid, label);
  }
}

/**
 * One problem in a framework definition or file, in plain English, naming where it is.
 *
 * @param error - What the model found, located.
 * @returns A sentence or two saying where, what is wrong and how to fix it.
 */
export function describeDefinitionError(error: DefinitionError): string {
  const whole = wholeSentence(error);
  if (whole !== undefined) {
    return whole;
  }
  if (error.code === 'unknownField') {
    const name = String(error.at[error.at.length - 1]);
    return formatText(strings.CommonFrameworkProblemAt, describeLocation(error.at.slice(0, -1)), formatText(strings.CommonFrameworkProblemUnknownField, name));
  }
  const { where, key } = locate(error.at);
  if (error.code === 'wrongType' && key === undefined) {
    // The whole item (or the definition) is of the wrong type: said of it, not of a field.
    const subject = error.at.length === 0 ? strings.CommonFrameworkDefinitionName : where;
    return formatText(strings.CommonFrameworkProblemWrongType, subject, typeName(error.expected), typeName(error.received));
  }
  return formatText(strings.CommonFrameworkProblemAt, where, problemAt(error, key));
}
