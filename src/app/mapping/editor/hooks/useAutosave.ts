import * as React from 'react';
import { PartialSaveError, type AppError } from '../../../../services/errors';
import { useServices } from '../../../shell/services/ServicesContext';
import { toAppError } from '../../../../services/toAppError';
import { isTransient } from '../../../common/errors';
import type { EditorAction } from '../state/editorReducer';
import type { EditorState } from '../state/editorState';
import { unsavedCount } from '../state/editorState';
import { collectChanges } from '../state/collectChanges';

/** The last save's outcome, as the save-state region shows it. */
export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'failed'; error: AppError; retryInSeconds?: number };

/** Wait after the last keystroke before saving. */
export const AUTOSAVE_DELAY_MS = 1500;
const MAX_BACKOFF_MS = 60000;

function backoffMs(error: AppError, failures: number): number {
  if (error.retryAfterSeconds !== undefined && error.retryAfterSeconds > 0) {
    return error.retryAfterSeconds * 1000;
  }
  return Math.min(MAX_BACKOFF_MS, 2000 * 2 ** (failures - 1));
}

/**
 * Saves unsaved changes about 1.5 s after editing stops, on demand (blur, Retry,
 * leaving), when the page is hidden or closed, and again with backoff while
 * offline or throttled. One save runs at a time; edits made meanwhile go next.
 *
 * @param state - The editor state.
 * @param dispatch - The editor's dispatch, told about each successful save.
 * @returns The save status and a function that saves now.
 */
export function useAutosave(state: EditorState, dispatch: React.Dispatch<EditorAction>): { status: SaveStatus; saveNow: () => Promise<void> } {
  const services = useServices();
  const [status, setStatus] = React.useState<SaveStatus>({ kind: 'idle' });
  const stateRef = React.useRef(state);
  React.useLayoutEffect(() => {
    stateRef.current = state;
  });
  const mounted = React.useRef(true);
  const inFlight = React.useRef<Promise<void> | null>(null);
  const again = React.useRef(false);
  const timer = React.useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const failures = React.useRef(0);
  const saveNowRef = React.useRef<() => Promise<void>>(() => Promise.resolve());

  const schedule = React.useCallback((delay: number): void => {
    if (timer.current !== undefined) {
      clearTimeout(timer.current);
    }
    timer.current = setTimeout(() => {
      timer.current = undefined;
      void saveNowRef.current();
    }, delay);
  }, []);

  const saveNow = React.useCallback((): Promise<void> => {
    if (timer.current !== undefined) {
      clearTimeout(timer.current);
      timer.current = undefined;
    }
    if (inFlight.current) {
      again.current = true;
      return inFlight.current;
    }
    const pending = collectChanges(stateRef.current);
    if (!pending || (pending.changes.entries.length === 0 && !pending.changes.header && !pending.changes.updateCounts)) {
      return Promise.resolve();
    }
    const mappingId = stateRef.current.mappingId;
    if (mounted.current) {
      setStatus({ kind: 'saving' });
    }
    const run = async (): Promise<void> => {
      let next: SaveStatus = { kind: 'idle' };
      let retryIn: number | undefined;
      try {
        const outcome = await services.mappings.saveChanges(mappingId, pending.changes);
        failures.current = 0;
        if (mounted.current) {
          dispatch({ type: 'saved', sent: pending.sent, outcome });
        }
        next = { kind: 'saved', at: new Date() };
      } catch (caught) {
        if (caught instanceof PartialSaveError && mounted.current) {
          dispatch({ type: 'saved', sent: pending.sent, outcome: caught.saved });
        }
        const error = toAppError(caught);
        failures.current += 1;
        retryIn = isTransient(error) ? backoffMs(error, failures.current) : undefined;
        next = { kind: 'failed', error, retryInSeconds: retryIn === undefined ? undefined : Math.ceil(retryIn / 1000) };
      } finally {
        inFlight.current = null;
        if (mounted.current) {
          setStatus(next);
        }
      }
      if (!mounted.current) {
        return;
      }
      if (retryIn !== undefined) {
        schedule(retryIn);
      } else if (again.current && next.kind === 'saved') {
        // Edits arrived while saving: send them once the saved ETags are in the state.
        again.current = false;
        schedule(0);
      }
    };
    inFlight.current = run();
    return inFlight.current;
  }, [services, dispatch, schedule]);
  saveNowRef.current = saveNow;

  const hasUnsaved = unsavedCount(state) > 0;
  React.useEffect(() => {
    if (state.revision > 0 && hasUnsaved) {
      schedule(AUTOSAVE_DELAY_MS);
    }
  }, [state.revision, hasUnsaved, schedule]);

  React.useEffect(() => {
    mounted.current = true;
    const flush = (): void => {
      void saveNowRef.current();
    };
    const onHidden = (): void => {
      if (document.visibilityState === 'hidden') {
        flush();
      }
    };
    window.addEventListener('online', flush);
    window.addEventListener('beforeunload', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('online', flush);
      window.removeEventListener('beforeunload', flush);
      document.removeEventListener('visibilitychange', onHidden);
      if (timer.current !== undefined) {
        clearTimeout(timer.current);
      }
      mounted.current = false;
      // Leaving the mapping: send what is left; the draft keeps it if this fails.
      flush();
    };
  }, []);

  return { status, saveNow };
}
