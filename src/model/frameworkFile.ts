import { parseFrameworkDefinition } from './frameworkSchema';
import type { Framework } from './framework';
import { formatPath } from './definitionPaths';
import type { PathSegment } from './definitionPaths';
import type { DefinitionError } from './definitionProblems';

/**
 * The JSON file trusts share frameworks with. The envelope names the format
 * and the version of its schema, so a file from a newer app is explained
 * rather than half read. Reading is all-or-nothing: the first problem is
 * reported with where it is, and nothing is imported.
 */

export const FRAMEWORK_FILE_FORMAT = 'imaging-duty-mapping-framework';
export const FRAMEWORK_FILE_SCHEMA = 1;
/** Files larger than this are refused before they are read (a framework is a few tens of kilobytes). */
export const FRAMEWORK_FILE_MAX_BYTES = 1024 * 1024;
/** Deeper nesting than any framework needs (root, areas, area, duties, three levels of duty, their fields). */
export const FRAMEWORK_FILE_MAX_DEPTH = 16;

/** The framework, or the first problem (its `path` from the file's root, so a framework's own problems start "framework."). */
export type FrameworkFileResult = { ok: true; framework: Framework } | { ok: false; error: DefinitionError };

/** Markup: a tag opening or closing, or an HTML comment. Framework text is always shown as text, so a file carrying markup is refused. */
const MARKUP = /<\s*\/?\s*[A-Za-z!][^>]*>/;

/**
 * Writes a framework as a shareable JSON file.
 *
 * @param framework - The framework.
 * @returns The file's text (indented, for people who read it).
 */
export function writeFrameworkFile(framework: Framework): string {
  return `${JSON.stringify({ format: FRAMEWORK_FILE_FORMAT, schemaVersion: FRAMEWORK_FILE_SCHEMA, framework }, null, 2)}\n`;
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  return { line: before.split('\n').length, column: position - before.lastIndexOf('\n') };
}

/** The first place the value nests deeper than allowed, or where text carries markup. */
function firstStructuralProblem(value: unknown, path: PathSegment[]): DefinitionError | undefined {
  if (path.length > FRAMEWORK_FILE_MAX_DEPTH) {
    return { code: 'fileTooDeep', maxDepth: FRAMEWORK_FILE_MAX_DEPTH, path: formatPath(path), at: path };
  }
  if (typeof value === 'string') {
    return MARKUP.test(value) ? { code: 'markup', path: formatPath(path), at: path } : undefined;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = firstStructuralProblem(value[i], [...path, i]);
      if (found) {
        return found;
      }
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const found = firstStructuralProblem(child, [...path, key]);
      if (found) {
        return found;
      }
    }
  }
  return undefined;
}

/**
 * Reads a shared framework file: not JSON, too large, too deep, markup in
 * text, a newer schema, or any problem the framework's own checks find
 * (duplicate or missing ids, blank text…) refuses it with where the first
 * problem is.
 *
 * @param text - The file's text.
 * @param byteLength - The file's size in bytes.
 * @returns The framework, or the first problem.
 */
export function readFrameworkFile(text: string, byteLength: number): FrameworkFileResult {
  if (byteLength > FRAMEWORK_FILE_MAX_BYTES) {
    return { ok: false, error: { code: 'fileTooLarge', kilobytes: Math.ceil(byteLength / 1024), maxKilobytes: FRAMEWORK_FILE_MAX_BYTES / 1024, path: '', at: [] } };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : '';
    const position = /position (\d+)/.exec(detail);
    const where = position ? lineAndColumn(text, Number(position[1])) : {};
    return { ok: false, error: { code: 'fileNotJson', ...where, path: '', at: [] } };
  }
  const structural = firstStructuralProblem(data, []);
  if (structural) {
    return { ok: false, error: structural };
  }
  const envelope = data as { format?: unknown; schemaVersion?: unknown; framework?: unknown };
  if (envelope === null || typeof envelope !== 'object' || Array.isArray(envelope) || envelope.format !== FRAMEWORK_FILE_FORMAT) {
    return { ok: false, error: { code: 'notFrameworkFile', format: FRAMEWORK_FILE_FORMAT, path: 'format', at: ['format'] } };
  }
  if (typeof envelope.schemaVersion !== 'number' || !Number.isInteger(envelope.schemaVersion) || envelope.schemaVersion < 1) {
    return { ok: false, error: { code: 'noSchemaVersion', path: 'schemaVersion', at: ['schemaVersion'] } };
  }
  if (envelope.schemaVersion > FRAMEWORK_FILE_SCHEMA) {
    return { ok: false, error: { code: 'newerSchema', fileVersion: envelope.schemaVersion, appVersion: FRAMEWORK_FILE_SCHEMA, path: 'schemaVersion', at: ['schemaVersion'] } };
  }
  const parsed = parseFrameworkDefinition(envelope.framework);
  if (!parsed.ok) {
    const first = parsed.errors[0];
    // The path is where in the file; `at` stays where in the framework, which the wording names.
    return { ok: false, error: { ...first, path: first.path ? `framework.${first.path}` : 'framework' } };
  }
  return { ok: true, framework: parsed.framework };
}
