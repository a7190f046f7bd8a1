import * as React from 'react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { MappingExportInput } from '../../../../documents/write/content/types';
import { useServices } from '../../../shell/services/ServicesContext';
import { ExportFailure } from '../../../common/export/exportFailure';
import type { ExportStage } from '../../../common/export/exportFailure';
import { exportMapping } from '../exportFile';
import type { ExportFormat } from '../exportFile';

/** What is being exported, as the screen shows it; who and when are added at export time. */
export type ExportSource = Omit<MappingExportInput, 'exportedBy' | 'exportedAt'>;

export type ExportState =
  | { status: 'idle' }
  | { status: 'busy'; format: ExportFormat }
  | { status: 'done'; format: ExportFormat; fileName: string }
  | { status: 'failed'; format: ExportFormat; stage: ExportStage };

export interface UseExport {
  state: ExportState;
  run: (format: ExportFormat) => Promise<void>;
  dismiss: () => void;
}

/**
 * Exports the mapping on request. Reading only: the mapping and the editor's
 * state are never changed, so a failure leaves everything as it was.
 *
 * @param getSource - Returns the mapping as shown at the moment of export.
 * @returns The export's state, a function to start one and one to clear its message.
 */
export function useExport(getSource: () => ExportSource): UseExport {
  const { people } = useServices();
  const [state, setState] = React.useState<ExportState>({ status: 'idle' });
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    []
  );

  const run = React.useCallback(
    async (format: ExportFormat): Promise<void> => {
      setState({ status: 'busy', format });
      // Who exported goes in the footer; a failed look-up must not stop a read-only export.
      const exportedBy = await people.currentUser().then(
        (person) => person.displayName,
        () => strings.MappingExportUnknownPerson
      );
      let next: ExportState;
      try {
        const fileName = await exportMapping(format, { ...getSource(), exportedBy, exportedAt: new Date() });
        next = { status: 'done', format, fileName };
      } catch (error) {
        next = { status: 'failed', format, stage: error instanceof ExportFailure ? error.stage : 'write' };
      }
      if (mounted.current) {
        setState(next);
      }
    },
    [people, getSource]
  );
  const dismiss = React.useCallback((): void => setState({ status: 'idle' }), []);
  return { state, run, dismiss };
}
