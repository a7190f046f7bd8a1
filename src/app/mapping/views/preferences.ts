/**
 * Small per-person choices kept in the browser (the host's storage, as drafts
 * are): which view of the duties, and which frameworks' introductions have been
 * seen. Browser storage belongs to one person's browser profile, so the choice
 * follows the person on that machine without a list column or a request.
 */

/** How the duties are shown. */
export type DutyView = 'cards' | 'table';

function viewKey(scope: string): string {
  return `idm-pref:v1:${scope}:view`;
}

function introKey(scope: string, frameworkId: string, version: number): string {
  return `idm-pref:v1:${scope}:intro-seen:${frameworkId}:${version}`;
}

/** Storage that is full, blocked or missing must not stop the app: the choice is only not remembered. */
function read(storage: Storage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

function write(storage: Storage, key: string, value: string): void {
  try {
    storage.setItem(key, value);
  } catch {
    // Quota exceeded or storage disabled: the choice holds until the page is closed.
  }
}

/**
 * The view this person chose last on this site.
 *
 * @param storage - The host's browser storage.
 * @param scope - The site (the host's draft scope).
 * @returns "table" when they chose the table, otherwise "cards".
 */
export function readDutyView(storage: Storage, scope: string): DutyView {
  return read(storage, viewKey(scope)) === 'table' ? 'table' : 'cards';
}

/**
 * Remembers the view this person chose.
 *
 * @param storage - The host's browser storage.
 * @param scope - The site.
 * @param view - The chosen view.
 */
export function writeDutyView(storage: Storage, scope: string, view: DutyView): void {
  write(storage, viewKey(scope), view);
}

/**
 * Whether this person has already seen a framework version's introduction and
 * provenance notes on this site. A new version shows them open once again,
 * since its notes may have changed.
 *
 * @param storage - The host's browser storage.
 * @param scope - The site.
 * @param frameworkId - The framework.
 * @param version - Its version.
 * @returns True after the first visit.
 */
export function introSeen(storage: Storage, scope: string, frameworkId: string, version: number): boolean {
  return read(storage, introKey(scope, frameworkId, version)) === '1';
}

/**
 * Records that the introduction has been shown, so later visits start with it folded.
 *
 * @param storage - The host's browser storage.
 * @param scope - The site.
 * @param frameworkId - The framework.
 * @param version - Its version.
 */
export function markIntroSeen(storage: Storage, scope: string, frameworkId: string, version: number): void {
  write(storage, introKey(scope, frameworkId, version), '1');
}
