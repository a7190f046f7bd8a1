import * as React from 'react';
import type { IColumn } from '@fluentui/react';
import { useHost } from '../../shell/host/HostContext';

function key(scope: string, table: string): string {
  return `idm-pref:v1:${scope}:hidden-columns:${table}`;
}

function readHidden(storage: Storage, storageKey: string): string[] | undefined {
  try {
    const raw = storage.getItem(storageKey);
    const parsed: unknown = raw === null ? undefined : JSON.parse(raw);
    return Array.isArray(parsed) && parsed.every((k) => typeof k === 'string') ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export interface ColumnChoice {
  /** The columns shown, in their order. */
  shown: IColumn[];
  /** Columns a person may hide (every column but the fixed ones). */
  optional: IColumn[];
  hidden: ReadonlySet<string>;
  setHidden: (keys: string[]) => void;
}

/**
 * Which of a table's columns a person shows, remembered in the host's browser
 * storage per site and table. Columns are chosen by key, so columns added
 * later (a site, a checked count) appear in the choice without further work;
 * `defaultHidden` applies until the person first chooses.
 *
 * @param table - The table's name in storage ("overview", "actions").
 * @param columns - Every column, in order.
 * @param fixed - Keys that are always shown (the team).
 * @param defaultHidden - Keys hidden until the person chooses.
 * @returns The choice.
 */
export function useColumnChoice(table: string, columns: IColumn[], fixed: readonly string[], defaultHidden: readonly string[] = []): ColumnChoice {
  const { draftStorage, draftScope } = useHost();
  const storageKey = key(draftScope, table);
  const [hiddenKeys, setHiddenKeys] = React.useState<string[]>(() => readHidden(draftStorage, storageKey) ?? [...defaultHidden]);
  const setHidden = React.useCallback(
    (keys: string[]): void => {
      try {
        draftStorage.setItem(storageKey, JSON.stringify(keys));
      } catch {
        // Storage full or blocked: the choice holds until the page is closed.
      }
      setHiddenKeys(keys);
    },
    [draftStorage, storageKey]
  );
  const hidden = React.useMemo(() => new Set(hiddenKeys.filter((k) => !fixed.includes(k))), [hiddenKeys, fixed]);
  const shown = React.useMemo(() => columns.filter((c) => !hidden.has(c.key)), [columns, hidden]);
  const optional = React.useMemo(() => columns.filter((c) => !fixed.includes(c.key)), [columns, fixed]);
  return { shown, optional, hidden, setHidden };
}
