import type { AreaComments, Framework, MappingEntry, MappingHeader } from '../../../model';
import type { EntryHistory, OpenedMapping } from '../../../services/types';
import type { ExportSource } from './hooks/useExport';

/** What the editor shows; structural, so this feature does not reach into the editor's state module. */
export interface ShownMapping {
  framework: Framework;
  header: MappingHeader;
  areaComments: AreaComments;
  entries: Readonly<Record<string, MappingEntry>>;
}

/**
 * The mapping as the editor shows it (unsaved edits included), with the
 * saved history of each entry. An entry changed since the mapping was opened
 * has no trustworthy "last modified" yet, so its history is left out rather
 * than shown wrongly.
 *
 * @param state - The mapping as the editor holds it (entries keyed by duty id).
 * @param opened - The mapping as opened.
 * @returns What to export.
 */
export function exportSourceFromEditor(state: ShownMapping, opened: OpenedMapping): ExportSource {
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
