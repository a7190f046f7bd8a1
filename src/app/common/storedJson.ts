/**
 * Reading and writing JSON the app keeps in the browser (drafts of mappings and
 * of frameworks). Storage is treated as untrusted and unreliable: anything
 * unreadable (another version, hand-edited, another app's key) reads as nothing,
 * and a write that storage refuses (quota exceeded, private browsing) is dropped,
 * because the edit it protects is still on screen and being saved.
 */

/**
 * Reads a stored value, or undefined when there is none or it is not one we wrote.
 *
 * @param storage - Where it is kept (the host's draft storage).
 * @param key - Its key.
 * @param isValid - Whether parsed JSON has the shape we write.
 * @returns The value, or undefined.
 */
export function readStoredJson<T>(storage: Storage, key: string, isValid: (value: Partial<T>) => boolean): T | undefined {
  try {
    const text = storage.getItem(key);
    const value = text ? (JSON.parse(text) as Partial<T> | null) : undefined;
    return value !== null && typeof value === 'object' && isValid(value) ? (value as T) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Writes a value, or removes it when `value` is undefined; a refused write is dropped (see above).
 *
 * @param storage - Where it is kept.
 * @param key - Its key.
 * @param value - The value, or undefined to remove it.
 */
export function writeStoredJson<T>(storage: Storage, key: string, value: T | undefined): void {
  try {
    if (value === undefined) {
      storage.removeItem(key);
    } else {
      storage.setItem(key, JSON.stringify(value));
    }
  } catch {
    // Quota exceeded or storage disabled: nothing more can be done here.
  }
}
