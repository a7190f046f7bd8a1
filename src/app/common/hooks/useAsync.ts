import * as React from 'react';
import type { AppError } from '../../../services/errors';
import { toAppError } from '../../../services/toAppError';

/** A value that is being loaded, failed to load, or is ready. */
export type AsyncState<T> =
  | { status: 'loading' }
  | { status: 'error'; error: AppError; retry: () => void }
  | { status: 'ready'; data: T; reload: () => void };

type Settled<T> = { status: 'loading' } | { status: 'error'; error: AppError } | { status: 'ready'; data: T };

const LOADING = { status: 'loading' } as const;

/**
 * Runs a load when mounted (and again on retry or when `load` changes), ignoring
 * answers that arrive after unmount or after a newer load started.
 *
 * @param load - Stable (memoised) function returning the value.
 * @returns The load's state, with retry/reload.
 */
export function useAsync<T>(load: () => Promise<T>): AsyncState<T> {
  const [settled, setSettled] = React.useState<Settled<T>>(LOADING);
  const [attempt, setAttempt] = React.useState(0);
  const again = React.useCallback((): void => setAttempt((n) => n + 1), []);

  React.useEffect(() => {
    let current = true;
    setSettled((previous) => (previous.status === 'loading' ? previous : LOADING));
    const run = async (): Promise<void> => {
      let next: Settled<T> = LOADING;
      try {
        next = { status: 'ready', data: await load() };
      } catch (error) {
        next = { status: 'error', error: toAppError(error) };
      } finally {
        // Loading always ends here, whatever happened, unless a newer load or unmount superseded it.
        if (current) {
          setSettled(next);
        }
      }
    };
    void run();
    return () => {
      current = false;
    };
  }, [load, attempt]);

  return React.useMemo((): AsyncState<T> => {
    switch (settled.status) {
      case 'ready':
        return { status: 'ready', data: settled.data, reload: again };
      case 'error':
        return { status: 'error', error: settled.error, retry: again };
      default:
        return LOADING;
    }
  }, [settled, again]);
}
