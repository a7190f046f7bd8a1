import { z } from 'zod';
import { issueErrors } from './definitionMessages';
import type { DefinitionError, TextProblem } from './definitionMessages';
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

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

function textField(max: number, kind: 'text' | 'id' | 'url' = 'text'): z.ZodType<string> {
  return z.string().superRefine((value, ctx) => {
    const report = (params: TextProblem): void => {
      ctx.addIssue({ code: z.ZodIssueCode.custom, params });
    };
    if (value.trim() === '') {
      report({ problem: 'blank' });
    } else if (value.length > max) {
      report({ problem: 'tooLong', length: value.length, max });
    } else if (kind === 'id' && !ID_PATTERN.test(value)) {
      report({ problem: 'badId', value });
    } else if (kind === 'url' && !/^https?:\/\/\S+$/i.test(value)) {
      report({ problem: 'badUrl' });
    }
  });
}

const idField = textField(SINGLE_LINE_TEXT_MAX, 'id');
const labelField = textField(SINGLE_LINE_TEXT_MAX);
const longTextField = textField(MULTI_LINE_TEXT_MAX);

const dutySchema: z.ZodType<Duty> = z.lazy(() =>
  z
    .object({
      id: idField,
      text: longTextField,
      children: z.array(dutySchema).optional()
    })
    .strict()
);

const frameworkSchema: z.ZodType<Framework> = z
  .object({
    id: idField,
    version: z.number().int().min(1),
    title: labelField,
    guidance: z.object({ title: labelField, url: textField(SINGLE_LINE_TEXT_MAX, 'url').optional() }).strict(),
    introduction: z.array(longTextField),
    provenance: z.array(z.object({ date: labelField, text: longTextField }).strict()),
    areas: z
      .array(
        z
          .object({
            id: idField,
            title: labelField,
            qsiStandards: z.array(z.object({ code: labelField, title: labelField }).strict()),
            duties: z.array(dutySchema).min(1)
          })
          .strict()
      )
      .min(1)
  })
  .strict();
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

  const result = frameworkSchema.safeParse(data);
  const errors: DefinitionError[] = [];
  if (!result.success) {
    for (const issue of result.error.issues) {
      errors.push(...issueErrors(issue));
    }
  }
  errors.push(...checkIdsAndNesting(data));

  if (result.success && errors.length === 0) {
    const message = lengthMessage(
      { name: 'The framework definition, when saved,', plural: false },
      serialiseFrameworkDefinition(result.data).length,
      MULTI_LINE_TEXT_MAX
    );
    if (message) {
      errors.push({ path: '', message });
    }
  }

  return result.success && errors.length === 0 ? { ok: true, framework: result.data } : { ok: false, errors };
}
