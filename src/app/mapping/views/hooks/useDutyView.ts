import * as React from 'react';
import { useHost } from '../../../shell/host/HostContext';
import { readDutyView, writeDutyView } from '../preferences';
import type { DutyView } from '../preferences';

/**
 * The view of the duties this person chose, remembered in the host's browser storage.
 *
 * @returns The view and a setter that remembers it.
 */
export function useDutyView(): [DutyView, (view: DutyView) => void] {
  const { draftStorage, draftScope } = useHost();
  const [view, setView] = React.useState<DutyView>(() => readDutyView(draftStorage, draftScope));
  const choose = React.useCallback(
    (next: DutyView): void => {
      writeDutyView(draftStorage, draftScope, next);
      setView(next);
    },
    [draftStorage, draftScope]
  );
  return [view, choose];
}
