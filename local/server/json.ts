/** JSON value types shared by storage and the wire format. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** Narrows a parsed request body to a plain object. */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** SharePoint's timestamps carry whole seconds and a `Z`. */
export function spNow(): string {
  return toSpDate(new Date());
}

/** Formats a Date as SharePoint does (`2026-01-01T00:00:00Z`). */
export function toSpDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
