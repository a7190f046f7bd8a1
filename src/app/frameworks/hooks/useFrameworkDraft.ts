import * as React from 'react';
import type { Framework } from '../../../model';
import { readStoredJson, writeStoredJson } from '../../common/storedJson';
import { useHost } from '../../shell/host/HostContext';

/** A framework being edited, kept in the browser until it is published. */
export interface StoredFrameworkDraft {
  version: 1;
  savedAt: string;
  basedOnVersion: number;
  framework: Framework;
}

function draftKey(scope: string, frameworkId: string): string {
  return `idm-framework-draft:v1:${scope}:${frameworkId.toLowerCase()}`;
}

function read(storage: Storage, key: string): StoredFrameworkDraft | undefined {
  return readStoredJson<StoredFrameworkDraft>(storage, key, (draft) => draft.version === 1 && typeof draft.framework === 'object' && typeof draft.basedOnVersion === 'number');
}

export interface FrameworkDraft {
  framework: Framework;
  basedOnVersion: number;
  /** When the draft was restored from this browser, its save time. */
  restoredFrom?: string;
  update: (next: Framework) => void;
  /** Forgets the stored draft (after publishing, or on discard) and starts again from `initial`. */
  discard: () => void;
  /** Forgets the stored draft without changing what is on screen (after publishing). */
  clear: () => void;
  /** Bases the draft on a later version (someone else published meanwhile). */
  rebase: (latestVersion: number) => void;
}

/**
 * The draft of a framework, kept in the host's draft storage on every change
 * (like mapping edits), and restored when the owner comes back to it.
 *
 * @param initial - The framework to start from when there is no stored draft.
 * @param basedOnVersion - The latest version the owner has seen.
 * @returns The draft and how to change it.
 */
export function useFrameworkDraft(initial: Framework, basedOnVersion: number): FrameworkDraft {
  const host = useHost();
  const key = draftKey(host.draftScope, initial.id);
  const [state, setState] = React.useState(() => {
    const stored = read(host.draftStorage, key);
    return stored
      ? { framework: stored.framework, basedOnVersion: Math.max(stored.basedOnVersion, basedOnVersion), restoredFrom: stored.savedAt }
      : { framework: initial, basedOnVersion, restoredFrom: undefined as string | undefined };
  });
  const update = React.useCallback(
    (next: Framework): void => {
      setState((previous) => {
        writeStoredJson(host.draftStorage, key, { version: 1, savedAt: new Date().toISOString(), basedOnVersion: previous.basedOnVersion, framework: next });
        return { ...previous, framework: next };
      });
    },
    [host.draftStorage, key]
  );
  const discard = React.useCallback((): void => {
    writeStoredJson(host.draftStorage, key, undefined);
    setState({ framework: initial, basedOnVersion, restoredFrom: undefined });
  }, [host.draftStorage, key, initial, basedOnVersion]);
  const clear = React.useCallback((): void => writeStoredJson(host.draftStorage, key, undefined), [host.draftStorage, key]);
  const rebase = React.useCallback((latestVersion: number): void => {
    setState((previous) => ({ ...previous, basedOnVersion: Math.max(previous.basedOnVersion, latestVersion) }));
  }, []);
  return { ...state, update, discard, clear, rebase };
}
