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

const ITEM_NAMES: Record<string, string> = {
  areas: 'area',
  duties: 'duty',
  children: 'sub-item',
  qsiStandards: 'QSI standard',
  introduction: 'introduction paragraph',
  provenance: 'provenance note'
};

/**
 * Names a location in plain English, counting from 1,
 * e.g. ["areas", 2, "duties", 4, "children", 0] → "Area 3, duty 5, sub-item 1".
 *
 * @param path - Keys and indexes from the root, pointing at an object or list item.
 * @returns The description; "The framework" for the root.
 */
export function describeLocation(path: readonly PathSegment[]): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i += 1) {
    const segment = path[i];
    const next = path[i + 1];
    if (typeof segment === 'string' && typeof next === 'number') {
      parts.push(`${ITEM_NAMES[segment] ?? `"${segment}" item`} ${next + 1}`);
      i += 1;
    } else if (segment === 'guidance') {
      parts.push('the guidance');
    } else {
      parts.push(typeof segment === 'number' ? `item ${segment + 1}` : `"${segment}"`);
    }
  }
  if (parts.length === 0) {
    return 'The framework';
  }
  const text = parts.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
