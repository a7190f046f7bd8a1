/**
 * What the other parts of the mapping screen (cards/, table/, header/, conflicts/, and the screens that follow) may know of the
 * editor: the callbacks it hands down and how a conflict can be resolved. They import this file,
 * never the editor's hook or reducer, so the editor's internals can change without touching them.
 */
import type { AreaComments, MappingEntry, MappingHeader } from '../../../model';
import type { SaveConflict } from '../../../services/types';

/** How the person chose to settle a conflict. */
export type Resolution =
  | { kind: 'mine' }
  | { kind: 'theirs' }
  | { kind: 'mergedEntry'; entry: MappingEntry }
  | { kind: 'mergedHeader'; header: MappingHeader; areaComments: AreaComments };

/** Stable callbacks for editing; the same object for the editor's whole life, so memoised rows stay memoised. */
export interface EditorActions {
  editEntry: (dutyId: string, patch: Partial<Omit<MappingEntry, 'dutyId'>>) => void;
  editHeader: (patch: Partial<MappingHeader>) => void;
  editAreaComment: (areaId: string, text: string) => void;
  resolve: (conflict: SaveConflict, resolution: Resolution) => void;
  /** Saves now rather than after the pause (on blur, Retry, leaving). */
  saveNow: () => Promise<void>;
}
