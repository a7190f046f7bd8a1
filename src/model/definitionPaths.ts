/** One step into a framework definition: an object key or an array index. */
export type PathSegment = string | number;

/**
 * Writes a location the way a person editing the JSON reads it,
 * e.g. ["areas", 2, "duties", 4, "text"] → "areas[2].duties[4].text".
 *
 * @param path - Keys and indexes from the root.
 * @returns The path; an empty string for the definition as a whole.
 */
export function formatPath(path: readonly PathSegment[]): string {
  let result = '';
  for (const segment of path) {
    if (typeof segment === 'number') {
      result += `[${segment}]`;
    } else {
      result += result === '' ? segment : `.${segment}`;
    }
  }
  return result;
}
