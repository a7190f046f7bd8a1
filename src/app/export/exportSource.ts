import type { MappingEntry } from '../../model';
import type { EntryHistory, OpenedMapping } from '../../services/types';
import type { EditorState } from '../editor/state/editorState';
import type { ExportSource } from './hooks/useExport';

/**
 * The mapping as the editor shows it (unsaved edits included), with the
 * saved history of each entry. An entry changed since the mapping was opened
 * has no trustworthy "last modified" yet, so its history is left out rather
 * than shown wrongly.
 *
 * @param state - The editor's state.
 * @param opened - The mapping as opened.
 * @returns What to export.
 */
export function exportSourceFromEditor(state: Pick<EditorState, 'framework' | 'header' | 'areaComments' | 'entries'>, opened: OpenedMapping): ExportSource {
  const openedEntries = new Map<string, MappingEntry>(opened.mapping.entries.map((entry) => [entry.dutyId, entry]));
  const entryHistory: Record<string, EntryHistory> = {};
  for (const [dutyId, history] of Object.entries(opened.entryHistory ?? {})) {
    if (state.entries[dutyId] === openedEntries.get(dutyId)) {
      entryHistory[dutyId] = history;
    }
  }
  return {
    framework: state.framework,
    header: state.header,
    areaComments: state.areaComments,
    entries: Object.values(state.entries),
    entryHistory
  };
}
