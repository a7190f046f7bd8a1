/**
 * Freezes an object and everything inside it, so shared reference data (the
 * default framework, the status vocabularies) cannot be changed by accident:
 * a caller that wants to edit must copy first.
 *
 * @param value - Plain data (objects and arrays).
 * @returns The same value, frozen.
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value as object)) {
      deepFreeze((value as Record<string, unknown>)[key]);
    }
  }
  return value;
}
