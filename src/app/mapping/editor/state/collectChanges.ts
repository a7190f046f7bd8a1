import { validateAreaComments, validateEntry, validateHeader } from '../../../../model';
import type { MappingChanges } from '../../../../services/types';
import type { EditorState, SentRevisions } from './editorState';
import { isEntryInConflict, isHeaderInConflict } from './editorState';

/** What a save would send, and what it holds back. */
export interface PendingSave {
  changes: MappingChanges;
  sent: SentRevisions;
  /** Unsaved changes held back until their fields are fixed (shown as field errors). */
  invalid: number;
}

/**
 * The unsaved changes that can be sent now: valid, and not waiting on a conflict.
 * Invalid values are never sent (nor shortened): they stay unsaved and in the draft.
 *
 * @param state - The editor state.
 * @returns The changes with the ETags they are based on, or undefined when there is nothing to send.
 */
export function collectChanges(state: EditorState): PendingSave | undefined {
  const changes: MappingChanges = { entries: [] };
  const sent: SentRevisions = { entries: {}, header: 0 };
  let invalid = 0;
  for (const [dutyId, revision] of Object.entries(state.dirtyEntries)) {
    const entry = state.entries[dutyId];
    if (!entry || isEntryInConflict(state, dutyId)) {
      continue;
    }
    if (validateEntry(entry).length > 0) {
      invalid += 1;
      continue;
    }
    changes.entries.push({ entry, etag: state.entryEtags[dutyId] ?? '' });
    sent.entries[dutyId] = revision;
  }
  if (state.headerDirty > 0 && !isHeaderInConflict(state)) {
    const problems = [...validateHeader(state.header), ...validateAreaComments(state.areaComments)];
    if (problems.length > 0) {
      invalid += 1;
    } else {
      changes.header = { header: state.header, areaComments: state.areaComments, etag: state.headerEtag };
      sent.header = state.headerDirty;
    }
  }
  if (state.countsPending) {
    changes.updateCounts = true;
  }
  if (changes.entries.length === 0 && !changes.header && !changes.updateCounts) {
    return invalid > 0 ? { changes, sent, invalid } : undefined;
  }
  return { changes, sent, invalid };
}

/**
 * How many unsaved changes cannot be sent until a field is fixed.
 *
 * @param state - The editor state.
 * @returns The number held back by validation.
 */
export function invalidCount(state: EditorState): number {
  return collectChanges(state)?.invalid ?? 0;
}
