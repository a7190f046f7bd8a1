import * as React from 'react';
import { CommandBarButton, MessageBar, MessageBarType, Spinner, SpinnerSize, hiddenContentStyle, mergeStyleSets } from '@fluentui/react';
import type { IContextualMenuProps } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { formatText } from '../../../../wording/format';
import type { ExportStage } from '../../../common/export/exportFailure';
import type { ExportFormat } from '../exportFile';
import { useExport } from '../hooks/useExport';
import type { ExportSource, ExportState } from '../hooks/useExport';
import { SPACING } from '../../../common/spacing';

export interface ExportMenuProps {
  /** Returns the mapping as shown when a download is chosen. */
  getSource: () => ExportSource;
}

const FORMAT_NAMES: Record<ExportFormat, () => string> = {
  docx: () => strings.MappingExportWordName,
  xlsx: () => strings.MappingExportExcelName
};

const REASONS: Record<ExportStage, () => string> = {
  load: () => strings.CommonExportReasonLoad,
  write: () => strings.CommonExportReasonWrite,
  download: () => strings.CommonExportReasonDownload
};

const classes = mergeStyleSets({
  root: { display: 'inline-flex', flexDirection: 'column', gap: SPACING.s2 },
  row: { display: 'inline-flex', alignItems: 'center', gap: SPACING.s1 },
  hidden: hiddenContentStyle
});

function announcement(state: ExportState): string {
  switch (state.status) {
    case 'busy':
      return formatText(strings.MappingExportPreparing, FORMAT_NAMES[state.format]());
    case 'done':
      return formatText(strings.MappingExportDone, FORMAT_NAMES[state.format](), state.fileName);
    default:
      return '';
  }
}

/**
 * "Download" with a menu of Word and Excel. Read access is enough: exporting
 * reads what is on screen and changes nothing. Progress and success are
 * announced politely; a failure stays on screen until dismissed.
 */
function ExportMenuView({ getSource }: ExportMenuProps): JSX.Element {
  const { state, run, dismiss } = useExport(getSource);
  const busy = state.status === 'busy';
  const menuProps: IContextualMenuProps = {
    items: [
      { key: 'docx', text: strings.MappingExportWordItem, iconProps: { iconName: 'WordDocument' }, onClick: () => void run('docx') },
      { key: 'xlsx', text: strings.MappingExportExcelItem, iconProps: { iconName: 'ExcelDocument' }, onClick: () => void run('xlsx') }
    ]
  };
  return (
    <div className={classes.root}>
      <div className={classes.row}>
        <CommandBarButton
          iconProps={{ iconName: 'Download' }}
          text={strings.MappingExportMenuLabel}
          ariaLabel={strings.MappingExportMenuAria}
          menuProps={menuProps}
          disabled={busy}
          styles={{ root: { minHeight: 32, paddingInline: 8 } }}
        />
        {busy && <Spinner size={SpinnerSize.small} aria-hidden />}
      </div>
      <div role="status" aria-live="polite" className={classes.hidden}>
        {announcement(state)}
      </div>
      {state.status === 'failed' && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline onDismiss={dismiss} dismissButtonAriaLabel={strings.CommonDismiss} delayedRender={false}>
          {formatText(strings.MappingExportFailed, FORMAT_NAMES[state.format](), REASONS[state.stage]())}
        </MessageBar>
      )}
    </div>
  );
}

/** Memoised: typing in the grid does not re-render the menu (its source is read when chosen). */
export const ExportMenu = React.memo(ExportMenuView);
