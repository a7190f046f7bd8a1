import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, Spinner, SpinnerSize, hiddenContentStyle, mergeStyleSets } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { formatText, toIsoDate } from '../../../wording/format';
import { ExportFailure } from './exportFailure';
import type { ExportStage } from './exportFailure';
import { exportTable } from './tableExport';
import type { TableExport } from './tableExport';
import { SPACING } from '../spacing';

export interface ExportTableButtonProps {
  /** Returns the screen's rows as they are filtered and sorted at the moment of the click. */
  getTable: () => TableExport;
  /** Nothing to export (no rows shown). */
  disabled?: boolean;
}

type State = { status: 'idle' } | { status: 'busy' } | { status: 'done'; fileName: string } | { status: 'failed'; stage: ExportStage };

const REASONS: Record<ExportStage, () => string> = {
  load: () => strings.CommonExportReasonLoad,
  write: () => strings.CommonExportReasonWrite,
  download: () => strings.CommonExportReasonDownload
};

const classes = mergeStyleSets({
  root: { display: 'inline-flex', flexDirection: 'column', gap: SPACING.s2, alignItems: 'flex-start' },
  row: { display: 'inline-flex', alignItems: 'center', gap: SPACING.s1 },
  hidden: hiddenContentStyle
});

/**
 * "Export to Excel" for a table screen. Read access is enough: it writes what
 * is on screen and changes nothing. Progress and success are announced
 * politely; a failure stays on screen, in words, until dismissed.
 */
export function ExportTableButton({ getTable, disabled }: ExportTableButtonProps): JSX.Element {
  const [state, setState] = React.useState<State>({ status: 'idle' });
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    []
  );
  const run = React.useCallback(async (): Promise<void> => {
    setState({ status: 'busy' });
    let next: State;
    try {
      next = { status: 'done', fileName: await exportTable(getTable(), toIsoDate(new Date())) };
    } catch (error) {
      next = { status: 'failed', stage: error instanceof ExportFailure ? error.stage : 'write' };
    }
    if (mounted.current) {
      setState(next);
    }
  }, [getTable]);
  const busy = state.status === 'busy';
  return (
    <div className={classes.root}>
      <div className={classes.row}>
        <DefaultButton iconProps={{ iconName: 'ExcelDocument' }} text={strings.CommonExportTableButton} disabled={busy || disabled === true} onClick={() => void run()} />
        {busy && <Spinner size={SpinnerSize.small} aria-hidden />}
      </div>
      <div role="status" aria-live="polite" className={classes.hidden}>
        {state.status === 'busy' ? strings.CommonExportTablePreparing : state.status === 'done' ? formatText(strings.CommonExportTableDone, state.fileName) : ''}
      </div>
      {state.status === 'failed' && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline onDismiss={() => setState({ status: 'idle' })} dismissButtonAriaLabel={strings.CommonDismiss} delayedRender={false}>
          {formatText(strings.CommonExportTableFailed, REASONS[state.stage]())}
        </MessageBar>
      )}
    </div>
  );
}

