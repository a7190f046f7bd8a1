import type { StoredHeader } from './mappingRows';

/**
 * The concurrency token of a mapping's header.
 *
 * The mapping item's own ETag changes on every save of any entry, because the
 * item also carries the denormalised counts; using it for the header would
 * make every header save clash with whoever last saved an entry. The token is
 * instead a hash of what the header says as stored, so it changes exactly when
 * someone changes the header. The write itself still goes out with the item's
 * current ETag, so nobody can slip in between the check and the write.
 */

function canonical(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map(canonical).join(',')}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** cyrb53: a fast 53-bit string hash; collisions are negligible for one header's history. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * Token for a header as stored.
 *
 * @param stored - Header and area comments as read from the mapping item.
 * @returns An opaque token ("h-…").
 */
export function headerToken(stored: StoredHeader): string {
  return `h-${hash53(canonical(stored))}`;
}

/**
 * Whether two headers say the same thing.
 *
 * @param a - One header with its area comments.
 * @param b - Another.
 * @returns True when equal field by field.
 */
export function sameHeader(a: StoredHeader, b: StoredHeader): boolean {
  return canonical(a) === canonical(b);
}
