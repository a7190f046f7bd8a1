import { applyDraft, draftOf } from '../../../../src/app/mapping/editor/drafts/drafts';
import { collectChanges } from '../../../../src/app/mapping/editor/state/collectChanges';
import { editorReducer } from '../../../../src/app/mapping/editor/state/editorReducer';
import { initialState } from '../../../../src/app/mapping/editor/state/editorState';
import type { EditorState } from '../../../../src/app/mapping/editor/state/editorState';
import { DEFAULT_FRAMEWORK, createEntries } from '../../../../src/model';
import type { OpenedMapping } from '../../../../src/services/types';

function opened(): OpenedMapping {
  const entries = createEntries(DEFAULT_FRAMEWORK).filter((e) => e.dutyId !== 'clean-safe-2');
  const entryEtags: Record<string, string> = {};
  entries.forEach((e, i) => {
    entryEtags[e.dutyId] = `"e${i}"`;
  });
  return {
    mapping: {
      id: 5,
      header: { team: 'CT', completedBy: { people: [], otherNames: [] }, notes: '', frameworkId: 'sor-ap-band4', frameworkVersion: 1 },
      areaComments: {},
      entries
    },
    framework: DEFAULT_FRAMEWORK,
    headerEtag: '"h1"',
    entryEtags
  };
}

const noCounts = { notReviewed: 0, inPlace: 0, partlyInPlace: 0, gap: 0, notApplicable: 0 };

describe('editor state', () => {
  it('has an entry for every duty, even one the server has no entry for', () => {
    const state = initialState(opened());
    expect(Object.keys(state.entries)).toHaveLength(24);
    expect(state.entries['clean-safe-2'].status).toBe('notReviewed');
  });

  it('changes only the edited entry object, and keeps an edit made during a save unsaved', () => {
    const start = initialState(opened());
    const edited = editorReducer(start, { type: 'editEntry', dutyId: 'clean-safe-1', patch: { comments: 'a' } });
    expect(edited.entries['clean-safe-3']).toBe(start.entries['clean-safe-3']);
    const pending = collectChanges(edited);
    expect(pending?.changes.entries).toEqual([{ entry: edited.entries['clean-safe-1'], etag: '"e0"' }]);
    const editedAgain = editorReducer(edited, { type: 'editEntry', dutyId: 'clean-safe-1', patch: { comments: 'ab' } });
    const saved = editorReducer(editedAgain, {
      type: 'saved',
      sent: pending?.sent ?? { entries: {}, header: 0 },
      outcome: { savedEntryEtags: { 'clean-safe-1': '"e99"' }, conflicts: [], counts: noCounts, countsStored: true }
    });
    expect(saved.entryEtags['clean-safe-1']).toBe('"e99"');
    expect(saved.dirtyEntries['clean-safe-1']).toBeDefined();
  });

  it('restores a draft, skipping edits the server already has', () => {
    let state: EditorState = initialState(opened());
    state = editorReducer(state, { type: 'editEntry', dutyId: 'clean-safe-1', patch: { comments: 'kept' } });
    state = editorReducer(state, { type: 'editHeader', patch: { notes: 'n' } });
    const draft = draftOf(state);
    expect(draft && Object.keys(draft.entries)).toEqual(['clean-safe-1']);
    const fresh = initialState(opened());
    const { state: restored, restored: count } = applyDraft(fresh, draft!);
    expect(count).toBe(2);
    expect(restored.entries['clean-safe-1'].comments).toBe('kept');
    expect(restored.header.notes).toBe('n');
    const serverHasIt = initialState(opened());
    serverHasIt.entries['clean-safe-1'] = { ...serverHasIt.entries['clean-safe-1'], comments: 'kept' };
    serverHasIt.header = { ...serverHasIt.header, notes: 'n' };
    expect(applyDraft(serverHasIt, draft!).restored).toBe(0);
  });
});
