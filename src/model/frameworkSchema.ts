import * as v from 'valibot';
import { ID_PATTERN, URL_PATTERN, isJsonObject, issueErrors } from './definitionMessages';
import type { DefinitionError } from './definitionMessages';
import { checkIdsAndNesting } from './definitionStructure';
import type { Duty, Framework } from './framework';
import { MULTI_LINE_TEXT_MAX, SINGLE_LINE_TEXT_MAX, lengthMessage } from './limits';

/**
 * Framework definitions are JSON that trusts edit, so everything here is
 * checked and every problem is reported with where it is, in plain English.
 *
 * Limits chosen: the definition is stored whole, as JSON, in one "Multiple
 * lines of text" field, so the compact JSON ({@link serialiseFrameworkDefinition})
 * must fit in 63,999 characters, and so must any one duty's text or
 * introduction paragraph. Ids, titles, QSI codes and titles, provenance dates
 * and the guidance link are short labels that the lists also keep in
 * single-line columns (an entry's duty id, an area title), so they are held to
 * 255. Ids may use letters, digits, hyphens, underscores and full stops, so
 * they are safe in list filters; because SharePoint compares text without
 * regard to case, ids that differ only in case count as duplicates. Areas and
 * duties share one set of ids.
 */

export type FrameworkParseResult = { ok: true; framework: Framework } | { ok: false; errors: DefinitionError[] };

/**
 * A text field: not blank, at most `max` characters and, if given, matching
 * `pattern`. Only the first problem is reported, so the checks stop early.
 */
function textField(max: number, pattern?: RegExp): v.GenericSchema<unknown, string> {
  return v.config(
    pattern
      ? v.pipe(v.string(), v.check(isNotBlank), v.maxLength(max), v.regex(pattern))
      : v.pipe(v.string(), v.check(isNotBlank), v.maxLength(max)),
    { abortPipeEarly: true }
  );
}

function isNotBlank(value: string): boolean {
  return value.trim() !== '';
}

/**
 * An object in curly braces with exactly these fields. valibot's strict
 * objects also accept lists, so a guard refuses those first; and they report
 * only the first unknown field, so a check after them reports the others, each
 * at its own path, after the problems inside the object (as zod did).
 */
function strictRecord<TEntries extends v.ObjectEntries>(entries: TEntries) {
  return v.pipe(
    v.custom<Record<string, unknown>>(isJsonObject),
    v.strictObject(entries),
    v.rawCheck(({ dataset, addIssue }) => {
      // The strict object's issue for its first unknown field, if any, is the
      // last one, and its path holds the object as given.
      const issues = dataset.issues ?? [];
      const last = issues[issues.length - 1];
      const at = last?.path?.length === 1 ? last.path[0] : undefined;
      if (last?.type !== 'strict_object' || last.expected !== 'never' || at?.type !== 'object') {
        return;
      }
      const input = at.input;
      const unknownKeys: string[] = [];
      for (const key in input) {
        if (!Object.prototype.hasOwnProperty.call(entries, key)) {
          unknownKeys.push(key);
        }
      }
      for (const key of unknownKeys.slice(1)) {
        addIssue({ input: key, expected: 'never', path: [{ type: 'object', origin: 'key', input, key, value: input[key] }] });
      }
    })
  );
}

const idField = textField(SINGLE_LINE_TEXT_MAX, ID_PATTERN);
const labelField = textField(SINGLE_LINE_TEXT_MAX);
const longTextField = textField(MULTI_LINE_TEXT_MAX);

const dutySchema: v.GenericSchema<unknown, Duty> = strictRecord({
  id: idField,
  text: longTextField,
  children: v.optional(v.array(v.lazy(() => dutySchema)))
});

const frameworkSchema: v.GenericSchema<unknown, Framework> = strictRecord({
  id: idField,
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  title: labelField,
  role: v.optional(labelField),
  band: v.optional(labelField),
  guidance: strictRecord({ title: labelField, url: v.optional(textField(SINGLE_LINE_TEXT_MAX, URL_PATTERN)) }),
  introduction: v.array(longTextField),
  provenance: v.array(strictRecord({ date: labelField, text: longTextField })),
  areas: v.pipe(
    v.array(
      strictRecord({
        id: idField,
        title: labelField,
        qsiStandards: v.array(strictRecord({ code: labelField, title: labelField })),
        duties: v.pipe(v.array(dutySchema), v.minLength(1))
      })
    ),
    v.minLength(1)
  )
});

/**
 * The form a framework definition is stored in: compact JSON. Its length is
 * what the 63,999-character limit applies to.
 *
 * @param framework - A framework.
 * @returns Its definition as JSON text.
 */
export function serialiseFrameworkDefinition(framework: Framework): string {
  return JSON.stringify(framework);
}

/**
 * Reads and checks a framework definition, as edited by a trust.
 *
 * @param json - The definition as JSON text, or already parsed.
 * @returns The framework, or every problem found, each with its JSON path and a
 *   plain-English message naming the area and duty it concerns.
 */
export function parseFrameworkDefinition(json: unknown): FrameworkParseResult {
  let data: unknown = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json);
    } catch (error) {
      const detail = error instanceof Error ? ` (${error.message})` : '';
      return {
        ok: false,
        errors: [
          {
            path: '',
            message: `The framework definition is not valid JSON${detail}. Check for a missing comma, quote mark or bracket.`
          }
        ]
      };
    }
  }

  const result = v.safeParse(frameworkSchema, data);
  const errors: DefinitionError[] = [];
  if (!result.success) {
    for (const issue of result.issues) {
      errors.push(...issueErrors(issue));
    }
  }
  errors.push(...checkIdsAndNesting(data));

  if (result.success && errors.length === 0) {
    const message = lengthMessage(
      { name: 'The framework definition, when saved,', plural: false },
      serialiseFrameworkDefinition(result.output).length,
      MULTI_LINE_TEXT_MAX
    );
    if (message) {
      errors.push({ path: '', message });
    }
  }

  return result.success && errors.length === 0 ? { ok: true, framework: result.output } : { ok: false, errors };
}
