/**
 * SHA-256 of what a record holds, with the browser's (and Node's) Web Crypto:
 * the Word document's bytes, and the record's JSON payload in a canonical form
 * (keys sorted, undefined left out), so parsing and writing it again gives the
 * same hash.
 */

/**
 * JSON with object keys sorted at every level: one text per value.
 *
 * @param value - Any JSON-like value.
 * @returns Its canonical JSON text.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * SHA-256 in lower-case hex.
 *
 * @param content - Bytes, or text (hashed as UTF-8).
 * @returns 64 hex digits.
 */
export async function sha256Hex(content: Uint8Array | string): Promise<string> {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  // A copy into a plain ArrayBuffer: subtle.digest refuses views over shared memory.
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes.slice().buffer);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
