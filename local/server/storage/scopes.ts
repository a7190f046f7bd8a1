/**
 * Permission scopes: `web` or `list:<id>`. A list without a row in `unique_scopes` inherits the
 * web's assignments, as in SharePoint.
 */

/** The web's scope. */
export function webScope(): string {
  return 'web';
}

/** A list's scope (its own only once it breaks inheritance). */
export function listScope(listId: number): string {
  return `list:${listId}`;
}
