import * as React from 'react';
import type { AppError } from '../../../../services/errors';
import type { SetupStep } from '../../../../services/types';
import { useServices } from '../../services/ServicesContext';
import { toAppError } from '../../../../services/toAppError';

/** Where running the site set-up has got to. */
export type SiteSetupState =
  | { status: 'idle'; steps: SetupStep[] }
  | { status: 'running'; steps: SetupStep[] }
  | { status: 'done'; steps: SetupStep[] }
  | { status: 'failed'; steps: SetupStep[]; error: AppError };

/**
 * Runs the site set-up (creating the lists), reporting each step as it goes.
 *
 * @returns The set-up's state and a function that starts (or retries) it.
 */
export function useSiteSetup(): { state: SiteSetupState; run: () => void } {
  const services = useServices();
  const [state, setState] = React.useState<SiteSetupState>({ status: 'idle', steps: [] });
  const mounted = React.useRef(true);
  React.useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = React.useCallback((): void => {
    let steps: SetupStep[] = [];
    const onProgress = (next: SetupStep[]): void => {
      steps = next.map((step) => ({ ...step }));
      if (mounted.current) {
        setState({ status: 'running', steps });
      }
    };
    setState((previous) => ({ status: 'running', steps: previous.steps }));
    const go = async (): Promise<void> => {
      let final: SiteSetupState = { status: 'done', steps };
      try {
        await services.setup.run(onProgress);
        final = { status: 'done', steps };
      } catch (error) {
        final = { status: 'failed', steps, error: toAppError(error) };
      } finally {
        if (mounted.current) {
          setState(final);
        }
      }
    };
    void go();
  }, [services]);

  return { state, run };
}
