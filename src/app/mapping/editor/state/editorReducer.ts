import type { MappingEntry, MappingHeader } from '../../../../model';
import type { SaveConflict, SaveOutcome } from '../../../../services/types';
import type { Resolution } from '../contract';
import type { EditorState, SentRevisions } from './editorState';


export type EditorAction =
  | { type: 'editEntry'; dutyId: string; patch: Partial<Omit<MappingEntry, 'dutyId'>> }
  | { type: 'editHeader'; patch: Partial<MappingHeader> }
  | { type: 'editAreaComment'; areaId: string; text: string }
  | { type: 'saved'; sent: SentRevisions; outcome: SaveOutcome }
  | { type: 'resolve'; conflict: SaveConflict; resolution: Resolution };

function sameConflict(a: SaveConflict, b: SaveConflict): boolean {
  return a.kind === 'entry' && b.kind === 'entry' ? a.dutyId === b.dutyId : a.kind === b.kind;
}

function applySaved(state: EditorState, sent: SentRevisions, outcome: SaveOutcome): EditorState {
  const entryEtags = { ...state.entryEtags, ...outcome.savedEntryEtags };
  const dirtyEntries = { ...state.dirtyEntries };
  for (const [dutyId, revision] of Object.entries(sent.entries)) {
    // Only what reached the server unchanged is clean; a newer edit stays unsaved.
    if (dutyId in outcome.savedEntryEtags && dirtyEntries[dutyId] === revision) {
      delete dirtyEntries[dutyId];
    }
  }
  const headerSaved = outcome.headerEtag !== undefined;
  const headerDirty = headerSaved && state.headerDirty === sent.header ? 0 : state.headerDirty;
  let conflicts = state.conflicts;
  for (const conflict of outcome.conflicts) {
    conflicts = [...conflicts.filter((open) => !sameConflict(open, conflict)), conflict];
  }
  return {
    ...state,
    entryEtags,
    dirtyEntries,
    headerEtag: outcome.headerEtag ?? state.headerEtag,
    headerDirty,
    conflicts,
    countsPending: !outcome.countsStored
  };
}

function resolve(state: EditorState, conflict: SaveConflict, resolution: Resolution): EditorState {
  const revision = state.revision + 1;
  const conflicts = state.conflicts.filter((open) => !sameConflict(open, conflict));
  if (conflict.kind === 'entry') {
    const entryEtags = { ...state.entryEtags, [conflict.dutyId]: conflict.theirEtag };
    const dirtyEntries = { ...state.dirtyEntries };
    let entry = state.entries[conflict.dutyId];
    if (resolution.kind === 'theirs') {
      entry = conflict.theirs;
      delete dirtyEntries[conflict.dutyId];
    } else {
      // "Keep mine" keeps the latest local version, which includes anything typed since.
      entry = resolution.kind === 'mergedEntry' ? resolution.entry : entry;
      dirtyEntries[conflict.dutyId] = revision;
    }
    return { ...state, revision, conflicts, entryEtags, dirtyEntries, entries: { ...state.entries, [conflict.dutyId]: entry } };
  }
  if (resolution.kind === 'theirs') {
    return { ...state, revision, conflicts, headerEtag: conflict.theirEtag, header: conflict.theirs, areaComments: { ...conflict.theirAreaComments }, headerDirty: 0 };
  }
  const merged = resolution.kind === 'mergedHeader' ? resolution : { header: state.header, areaComments: state.areaComments };
  return { ...state, revision, conflicts, headerEtag: conflict.theirEtag, header: merged.header, areaComments: merged.areaComments, headerDirty: revision };
}

/**
 * The editor's state transitions: edits mark things unsaved, saves mark them saved
 * (only if unchanged since sending) and queue conflicts, resolutions settle them.
 *
 * @param state - Current state.
 * @param action - What happened.
 * @returns The next state.
 */
export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  switch (action.type) {
    case 'editEntry': {
      const revision = state.revision + 1;
      const entry = { ...state.entries[action.dutyId], ...action.patch };
      return {
        ...state,
        revision,
        entries: { ...state.entries, [action.dutyId]: entry },
        dirtyEntries: { ...state.dirtyEntries, [action.dutyId]: revision }
      };
    }
    case 'editHeader': {
      const revision = state.revision + 1;
      return { ...state, revision, header: { ...state.header, ...action.patch }, headerDirty: revision };
    }
    case 'editAreaComment': {
      const revision = state.revision + 1;
      return { ...state, revision, areaComments: { ...state.areaComments, [action.areaId]: action.text }, headerDirty: revision };
    }
    case 'saved':
      return applySaved(state, action.sent, action.outcome);
    case 'resolve':
      return resolve(state, action.conflict, action.resolution);
    default:
      return state;
  }
}
