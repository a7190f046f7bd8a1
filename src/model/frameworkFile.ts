import { parseFrameworkDefinition } from './frameworkSchema';
import type { Framework } from './framework';
import { formatPath } from './definitionPaths';
import type { PathSegment } from './definitionPaths';

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

export type FrameworkFileResult = { ok: true; framework: Framework } | { ok: false; path: string; message: string };

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

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

/** The first place the value nests deeper than allowed, or where text carries markup. */
function firstStructuralProblem(value: unknown, path: PathSegment[]): { path: string; message: string } | undefined {
  if (path.length > FRAMEWORK_FILE_MAX_DEPTH) {
    return { path: formatPath(path), message: `The file nests deeper than a framework can (more than ${FRAMEWORK_FILE_MAX_DEPTH} levels).` };
  }
  if (typeof value === 'string') {
    return MARKUP.test(value) ? { path: formatPath(path), message: 'This text contains markup (such as <b> or <script>). Framework text must be plain text; remove the tags.' } : undefined;
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
    return { ok: false, path: '', message: `The file is ${Math.ceil(byteLength / 1024)} KB; a framework file can be at most 1 MB (1,024 KB).` };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : '';
    const position = /position (\d+)/.exec(detail);
    const where = position ? ` at ${lineAndColumn(text, Number(position[1]))}` : '';
    return { ok: false, path: '', message: `The file is not valid JSON${where}. Check for a missing comma, quote mark or bracket.` };
  }
  const structural = firstStructuralProblem(data, []);
  if (structural) {
    return { ok: false, ...structural };
  }
  const envelope = data as { format?: unknown; schemaVersion?: unknown; framework?: unknown };
  if (envelope === null || typeof envelope !== 'object' || Array.isArray(envelope) || envelope.format !== FRAMEWORK_FILE_FORMAT) {
    return { ok: false, path: 'format', message: `This is not a framework file: it should say "format": "${FRAMEWORK_FILE_FORMAT}".` };
  }
  if (typeof envelope.schemaVersion !== 'number' || !Number.isInteger(envelope.schemaVersion) || envelope.schemaVersion < 1) {
    return { ok: false, path: 'schemaVersion', message: 'The file does not say which version of the framework format it uses.' };
  }
  if (envelope.schemaVersion > FRAMEWORK_FILE_SCHEMA) {
    return {
      ok: false,
      path: 'schemaVersion',
      message: `The file was written by a newer version of the app (framework format ${envelope.schemaVersion}; this app reads format ${FRAMEWORK_FILE_SCHEMA}). Update the app, or export the framework again from an app of this version.`
    };
  }
  const parsed = parseFrameworkDefinition(envelope.framework);
  if (!parsed.ok) {
    const first = parsed.errors[0];
    return { ok: false, path: first.path ? `framework.${first.path}` : 'framework', message: first.message };
  }
  return { ok: true, framework: parsed.framework };
}
