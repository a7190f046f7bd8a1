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
  id: () => strings.FwFieldId,
  text: () => strings.FwFieldText,
  title: () => strings.FwFieldTitle,
  code: () => strings.FwFieldCode,
  date: () => strings.FwFieldDate,
  url: () => strings.FwFieldLink,
  version: () => strings.FwFieldVersion
};

/** How a type is named, by the model's type names. */
const TYPE_NAMES: Record<string, () => string> = {
  string: () => strings.FwTypeString,
  number: () => strings.FwTypeNumber,
  integer: () => strings.FwTypeInteger,
  float: () => strings.FwTypeFloat,
  boolean: () => strings.FwTypeBoolean,
  array: () => strings.FwTypeArray,
  object: () => strings.FwTypeObject,
  null: () => strings.FwTypeNull
};

/** What to say about a list with nothing in it, for the lists that have their own words. */
const EMPTY_LISTS: Record<string, () => string> = {
  areas: () => strings.FwProblemNoAreas,
  duties: () => strings.FwProblemNoDuties
};

function typeName(type: string): string {
  return TYPE_NAMES[type]?.() ?? type;
}

function fieldLabel(key: string | undefined): string {
  if (key === undefined) {
    return strings.FwFieldThisItem;
  }
  return FIELD_LABELS[key]?.() ?? formatText(strings.FwFieldOther, key);
}

function characters(count: number): string {
  return count === 1 ? strings.CharacterCountOne : formatText(strings.CharacterCount, formatNumber(count));
}

function tooLong(name: string, length: number, max: number): string {
  return formatText(strings.ValidationTooLong, name, characters(length), formatNumber(max), characters(length - max));
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
      return error.detail ? formatText(strings.FwProblemNotJson, error.detail) : strings.FwProblemNotJsonNoDetail;
    case 'definitionTooLong':
      return tooLong(strings.FwDefinitionWhenSaved, error.length, error.max);
    case 'duplicateId': {
      const second = error.at.slice(0, -1);
      const lower = (path: readonly PathSegment[]): string => describeLocation(path).toLowerCase();
      return formatText(strings.FwProblemDuplicateId, error.id, lower(error.first), formatPath(error.first), lower(second), formatPath(second));
    }
    case 'fileTooLarge':
      return formatText(strings.FwFileTooLarge, formatNumber(error.kilobytes), formatNumber(error.maxKilobytes / 1024), formatNumber(error.maxKilobytes));
    case 'fileNotJson':
      return error.line !== undefined && error.column !== undefined ? formatText(strings.FwFileNotJsonAt, error.line, error.column) : strings.FwFileNotJson;
    case 'fileTooDeep':
      return formatText(strings.FwFileTooDeep, error.maxDepth);
    case 'markup':
      return strings.FwFileMarkup;
    case 'notFrameworkFile':
      return formatText(strings.FwFileNotFramework, error.format);
    case 'noSchemaVersion':
      return strings.FwFileNoSchemaVersion;
    case 'newerSchema':
      return formatText(strings.FwFileNewerSchema, error.fileVersion, error.appVersion);
    default:
      return undefined;
  }
}

/** What is wrong with the field or item, said after where it is. */
function problemAt(error: DefinitionError, key: string | undefined): string {
  const label = fieldLabel(key);
  switch (error.code) {
    case 'missing':
      return formatText(strings.FwProblemMissing, label);
    case 'wrongType':
      return formatText(strings.FwProblemWrongType, label, typeName(error.expected), typeName(error.received));
    case 'empty':
      return EMPTY_LISTS[key ?? '']?.() ?? formatText(strings.FwProblemEmpty, label);
    case 'tooSmall':
      return formatText(strings.FwProblemTooSmall, label, formatNumber(error.min));
    case 'blank':
      return key === 'text' ? strings.FwProblemTextBlank : formatText(strings.FwProblemBlank, label);
    case 'tooLong':
      return tooLong(label, error.length, error.max);
    case 'badId':
      return formatText(strings.FwProblemBadId, error.value);
    case 'badUrl':
      return formatText(strings.FwProblemBadUrl, label);
    case 'tooDeep':
      return strings.FwProblemTooDeep;
    default:
      return formatText(strings.FwProblemInvalid, label);
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
    return formatText(strings.FwProblemAt, describeLocation(error.at.slice(0, -1)), formatText(strings.FwProblemUnknownField, name));
  }
  const { where, key } = locate(error.at);
  if (error.code === 'wrongType' && key === undefined) {
    // The whole item (or the definition) is of the wrong type: said of it, not of a field.
    const subject = error.at.length === 0 ? strings.FwDefinitionName : where;
    return formatText(strings.FwProblemWrongType, subject, typeName(error.expected), typeName(error.received));
  }
  return formatText(strings.FwProblemAt, where, problemAt(error, key));
}
