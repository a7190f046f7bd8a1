import type { AreaComments, MappingEntry, MappingHeader } from '../../../../model';
import { readStoredJson, writeStoredJson } from '../../../common/storedJson';
import type { EditorState } from '../state/editorState';

/**
 * Unsaved edits kept in the browser until the server has them, each with the
 * ETag it was based on, so a restored edit still cannot overwrite someone else's.
 */
export interface Draft {
  version: 1;
  /** ISO timestamp of the last write. */
  savedAt: string;
  entries: Record<string, { entry: MappingEntry; etag: string }>;
  header?: { header: MappingHeader; areaComments: AreaComments; etag: string };
}

/**
 * The storage key of a mapping's draft: the site and the mapping, so drafts of
 * different sites in one browser never mix, and a draft is found again whether
 * the mapping was opened from the chooser, a deep link or another Teams tab.
 *
 * @param scope - The host's draft scope (the site's URL).
 * @param mappingId - The mapping.
 * @returns The key.
 */
export function draftKey(scope: string, mappingId: number): string {
  return `idm-draft:v2:${scope}:${mappingId}`;
}

/**
 * The draft of everything the server does not have yet.
 *
 * @param state - The editor state.
 * @returns The draft, or undefined when everything is saved.
 */
export function draftOf(state: EditorState): Draft | undefined {
  const dutyIds = Object.keys(state.dirtyEntries);
  if (dutyIds.length === 0 && state.headerDirty === 0) {
    return undefined;
  }
  const entries: Draft['entries'] = {};
  for (const dutyId of dutyIds) {
    entries[dutyId] = { entry: state.entries[dutyId], etag: state.entryEtags[dutyId] ?? '' };
  }
  const header = state.headerDirty > 0 ? { header: state.header, areaComments: state.areaComments, etag: state.headerEtag } : undefined;
  return { version: 1, savedAt: new Date().toISOString(), entries, ...(header ? { header } : {}) };
}

/**
 * Reads a draft, ignoring anything unreadable (another version, hand-edited storage).
 *
 * @param storage - The host's draft storage.
 * @param key - The draft's key.
 * @returns The draft, or undefined.
 */
export function readDraft(storage: Storage, key: string): Draft | undefined {
  return readStoredJson<Draft>(storage, key, (draft) => draft.version === 1 && typeof draft.entries === 'object' && draft.entries !== null);
}

/**
 * Writes a draft, or removes it when there is nothing unsaved. Storage that is
 * full or blocked must not stop editing: the edit is still in memory and being saved.
 *
 * @param storage - The host's draft storage.
 * @param key - The draft's key.
 * @param draft - The draft, or undefined to remove it.
 */
export function writeDraft(storage: Storage, key: string, draft: Draft | undefined): void {
  writeStoredJson(storage, key, draft);
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(canonical);
  }
  if (value !== null && typeof value === 'object') {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value as object).sort()) {
      sorted[key] = canonical((value as Record<string, unknown>)[key]);
    }
    return sorted;
  }
  return value;
}

/** Equal as data, whatever order the keys were written in. */
function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

/**
 * Puts a draft's edits back into a freshly opened mapping, marked unsaved.
 * Edits the server already has (saved just before a crash) are skipped.
 *
 * @param state - The state as opened from the server.
 * @param draft - The draft from this browser.
 * @returns The state with the edits, and how many were restored.
 */
export function applyDraft(state: EditorState, draft: Draft): { state: EditorState; restored: number } {
  let next = state;
  let restored = 0;
  for (const [dutyId, saved] of Object.entries(draft.entries)) {
    if (!(dutyId in next.entries) || !saved?.entry || sameJson(saved.entry, next.entries[dutyId])) {
      continue;
    }
    const revision = next.revision + 1;
    next = {
      ...next,
      revision,
      entries: { ...next.entries, [dutyId]: { ...saved.entry, dutyId } },
      entryEtags: { ...next.entryEtags, [dutyId]: saved.etag },
      dirtyEntries: { ...next.dirtyEntries, [dutyId]: revision }
    };
    restored += 1;
  }
  const header = draft.header;
  if (header && !(sameJson(header.header, next.header) && sameJson(header.areaComments, next.areaComments))) {
    const revision = next.revision + 1;
    next = { ...next, revision, header: header.header, areaComments: header.areaComments, headerEtag: header.etag, headerDirty: revision };
    restored += 1;
  }
  return { state: next, restored };
}
