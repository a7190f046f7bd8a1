import * as React from 'react';
import type { AppError } from '../../../../services/errors';
import { isAppError } from '../../../../services/errors';
import type { GovernanceRecord, MappingGovernance, SignOffInput } from '../../../../services/governance';
import { useServices } from '../../../shell/services/ServicesContext';
import { isTransient } from '../../../common/errors';

/** Wait before reading the sign-off state again after a transient failure. */
const TRANSIENT_RETRY_MS = 5000;

export interface GovernanceView {
  /** Undefined while loading. */
  governance?: MappingGovernance;
  /** Whether this person may sign off (a site Owner or an approver). */
  canSignOff: boolean;
  loadError?: AppError;
  actionError?: { error: AppError; context: string };
  busy: boolean;
  reload: () => void;
  setReady: (ready: boolean, failureContext: string) => Promise<void>;
  /** Builds the input (the Word document included) and signs off; a failure of either is shown, nothing stored. */
  signOff: (input: () => Promise<SignOffInput>, failureContext: string) => Promise<GovernanceRecord | undefined>;
  reopen: (reason: string, failureContext: string) => Promise<GovernanceRecord | undefined>;
}

function asAppError(error: unknown): AppError {
  if (isAppError(error)) {
    return error;
  }
  throw error;
}

/**
 * The mapping's sign-off state and the actions on it, read from the records
 * library: first from what opening the mapping read with it (no request), then
 * read again after each action or on reload.
 */
export function useGovernance(mappingId: number, opened?: MappingGovernance): GovernanceView {
  const services = useServices();
  const [governance, setGovernance] = React.useState<MappingGovernance | undefined>(opened);
  const [canSignOff, setCanSignOff] = React.useState(opened?.canSignOff ?? false);
  // What opening read stands for the first render; a reload (or a mapping opened without it) reads again.
  const usedOpened = React.useRef(opened !== undefined && opened.canSignOff !== undefined);
  const [loadError, setLoadError] = React.useState<AppError>();
  const [actionError, setActionError] = React.useState<{ error: AppError; context: string }>();
  const [busy, setBusy] = React.useState(false);
  const [generation, setGeneration] = React.useState(0);

  React.useEffect(() => {
    if (usedOpened.current) {
      usedOpened.current = false;
      return undefined;
    }
    let live = true;
    let retry: ReturnType<typeof setTimeout> | undefined;
    Promise.all([services.governance.read(mappingId), services.governance.canSignOff()]).then(
      ([state, may]) => {
        if (live) {
          setGovernance(state);
          setCanSignOff(may);
          setLoadError(undefined);
        }
      },
      (error: unknown) => {
        if (live) {
          const failure = asAppError(error);
          setLoadError(failure);
          // Offline or throttled: try again by itself, as saving does.
          if (isTransient(failure)) {
            retry = setTimeout(() => setGeneration((n) => n + 1), TRANSIENT_RETRY_MS);
          }
        }
      }
    );
    return () => {
      live = false;
      clearTimeout(retry);
    };
  }, [services, mappingId, generation]);

  const reload = React.useCallback(() => setGeneration((n) => n + 1), []);

  const run = React.useCallback(
    async <T>(work: () => Promise<T>, context: string): Promise<T | undefined> => {
      setBusy(true);
      setActionError(undefined);
      try {
        const result = await work();
        setGovernance(await services.governance.read(mappingId));
        return result;
      } catch (error) {
        setActionError({ error: asAppError(error), context });
        // The state may have moved (another approver signed off): show what is true now.
        services.governance.read(mappingId).then(setGovernance, () => undefined);
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [services, mappingId]
  );

  const setReady = React.useCallback(
    async (ready: boolean, context: string): Promise<void> => {
      await run(() => services.governance.setReady(mappingId, ready), context);
    },
    [run, services, mappingId]
  );
  const signOff = React.useCallback(
    (input: () => Promise<SignOffInput>, context: string) => run(async () => services.governance.signOff(await input()), context),
    [run, services]
  );
  const reopen = React.useCallback((reason: string, context: string) => run(() => services.governance.reopen(mappingId, reason), context), [run, services, mappingId]);

  // One object per change of state, not per render: the sign-off section is memoised on it, so a keystroke in a duty skips it.
  return React.useMemo(
    () => ({ governance, canSignOff, loadError, actionError, busy, reload, setReady, signOff, reopen }),
    [governance, canSignOff, loadError, actionError, busy, reload, setReady, signOff, reopen]
  );
}
