import * as React from 'react';
import type { OpenedMapping } from '../../../../services/types';
import { useHost } from '../../../shell/host/HostContext';
import { mark } from '../../../common/perf';
import { applyDraft, draftKey, draftOf, readDraft, writeDraft } from '../drafts/drafts';
import type { EditorActions } from '../contract';
import { editorReducer } from '../state/editorReducer';
import type { EditorState } from '../state/editorState';
import { initialState } from '../state/editorState';
import { useAutosave } from './useAutosave';
import type { SaveStatus } from './useAutosave';

export interface MappingEditor {
  state: EditorState;
  actions: EditorActions;
  status: SaveStatus;
  /** How many unsaved changes were restored from this browser on opening. */
  restored: number;
}

/**
 * Edits an opened mapping: per-duty state, autosave, drafts in browser storage
 * (restored on opening and saved straight away), conflicts queued for the user.
 *
 * @param opened - The mapping as opened from the server.
 * @returns State, actions, save status and the restored-draft count.
 */
export function useMappingEditor(opened: OpenedMapping): MappingEditor {
  const host = useHost();
  const storage = host.draftStorage;
  const key = draftKey(host.draftScope, opened.mapping.id);
  const [start] = React.useState(() => {
    const base = initialState(opened);
    const draft = readDraft(storage, key);
    return draft ? applyDraft(base, draft) : { state: base, restored: 0 };
  });
  const [state, dispatch] = React.useReducer(editorReducer, start.state);
  const { status, saveNow } = useAutosave(state, dispatch);

  React.useEffect(() => {
    writeDraft(storage, key, draftOf(state));
  }, [storage, key, state]);

  const restored = start.restored;
  React.useEffect(() => {
    if (restored > 0) {
      void saveNow();
    }
  }, [restored, saveNow]);

  const actions = React.useMemo(
    (): EditorActions => ({
      editEntry: (dutyId, patch) => {
        mark('idm-grid-edit-start');
        dispatch({ type: 'editEntry', dutyId, patch });
      },
      editHeader: (patch) => dispatch({ type: 'editHeader', patch }),
      editAreaComment: (areaId, text) => dispatch({ type: 'editAreaComment', areaId, text }),
      resolve: (conflict, resolution) => dispatch({ type: 'resolve', conflict, resolution }),
      saveNow
    }),
    [saveNow]
  );

  return { state, actions, status, restored };
}
