import * as React from 'react';
import type { AppError } from '../../../services/errors';
import type { NewMappingInput } from '../../../services/types';
import { useServices } from '../../shell/services/ServicesContext';
import { toAppError } from '../../../services/toAppError';

/** Creating a mapping: not started, in progress, or failed. */
export type CreateState = { status: 'idle' } | { status: 'creating' } | { status: 'error'; error: AppError };

/**
 * Creates a mapping and reports its id; failures stay in the state to be shown.
 *
 * @param onCreated - Called with the new mapping's id.
 * @returns The state and the function that creates.
 */
export function useCreateMapping(onCreated: (mappingId: number) => void): {
  state: CreateState;
  create: (input: NewMappingInput) => void;
} {
  const services = useServices();
  const [state, setState] = React.useState<CreateState>({ status: 'idle' });
  const mounted = React.useRef(true);
  React.useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const create = React.useCallback(
    (input: NewMappingInput): void => {
      setState({ status: 'creating' });
      const go = async (): Promise<void> => {
        let next: CreateState = { status: 'idle' };
        let createdId: number | undefined;
        try {
          createdId = await services.mappings.createMapping(input);
        } catch (error) {
          next = { status: 'error', error: toAppError(error) };
        } finally {
          if (mounted.current) {
            setState(next);
          }
        }
        if (createdId !== undefined && mounted.current) {
          onCreated(createdId);
        }
      };
      void go();
    },
    [services, onCreated]
  );

  return { state, create };
}
