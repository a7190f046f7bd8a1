import { emptyEntry } from '../../../../model';
import type { AreaComments, Framework, MappingEntry, MappingHeader } from '../../../../model';
import type { OpenedMapping, SaveConflict } from '../../../../services/types';

/**
 * A mapping being edited. Entries are kept per duty so that an edit replaces one
 * entry object and leaves the others (and their memoised rows) untouched.
 */
export interface EditorState {
  mappingId: number;
  framework: Framework;
  header: MappingHeader;
  areaComments: AreaComments;
  /** One per top-level duty, keyed by duty id. */
  entries: Record<string, MappingEntry>;
  headerEtag: string;
  entryEtags: Record<string, string>;
  /** Revision of each entry's last unsaved edit; an entry is absent once the server has it. */
  dirtyEntries: Record<string, number>;
  /** Revision of the last unsaved header or area-comment edit; 0 once the server has it. */
  headerDirty: number;
  /** Counts every edit, so a save can tell whether something changed while it was in flight. */
  revision: number;
  /** Saves someone else's change blocked; each waits for the user's decision. */
  conflicts: SaveConflict[];
  /**
   * A save stored entries but not the mapping item's counts: the next save asks
   * for the counts update even with nothing else to send, and is retried until it succeeds.
   */
  countsPending: boolean;
}

/** Which revisions a save sent, so only those are marked saved when it succeeds. */
export interface SentRevisions {
  entries: Record<string, number>;
  header: number;
}

/**
 * The editor's starting state for a mapping as opened from the server.
 *
 * @param opened - Mapping, framework and ETags.
 * @returns State with an entry for every top-level duty and nothing unsaved.
 */
export function initialState(opened: OpenedMapping): EditorState {
  const entries: Record<string, MappingEntry> = {};
  for (const area of opened.framework.areas) {
    for (const duty of area.duties) {
      entries[duty.id] = emptyEntry(duty.id);
    }
  }
  for (const entry of opened.mapping.entries) {
    if (entry.dutyId in entries) {
      entries[entry.dutyId] = entry;
    }
  }
  return {
    mappingId: opened.mapping.id,
    framework: opened.framework,
    header: opened.mapping.header,
    areaComments: { ...opened.mapping.areaComments },
    entries,
    headerEtag: opened.headerEtag,
    entryEtags: { ...opened.entryEtags },
    dirtyEntries: {},
    headerDirty: 0,
    revision: 0,
    conflicts: [],
    countsPending: false
  };
}

/**
 * Whether a duty's entry is waiting for the user to settle a conflict (and so must not be re-sent).
 *
 * @param state - The editor state.
 * @param dutyId - The duty.
 * @returns True while a conflict for that entry is open.
 */
export function isEntryInConflict(state: EditorState, dutyId: string): boolean {
  return state.conflicts.some((conflict) => conflict.kind === 'entry' && conflict.dutyId === dutyId);
}

/**
 * Whether the header is waiting for the user to settle a conflict.
 *
 * @param state - The editor state.
 * @returns True while a header conflict is open.
 */
export function isHeaderInConflict(state: EditorState): boolean {
  return state.conflicts.some((conflict) => conflict.kind === 'header');
}

/**
 * How many changes the server does not have yet.
 *
 * @param state - The editor state.
 * @returns Unsaved entries, plus one for the header and area comments when they changed.
 */
export function unsavedCount(state: EditorState): number {
  return Object.keys(state.dirtyEntries).length + (state.headerDirty > 0 ? 1 : 0);
}
