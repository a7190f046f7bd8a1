import * as React from 'react';
import { DefaultButton, Icon, Spinner, SpinnerSize, useTheme } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { describeError, isTransient } from '../../../common/errors';
import { formatText, formatTime } from '../../../../wording/format';
import { useHost } from '../../../shell/host/HostContext';
import type { SaveStatus } from '../hooks/useAutosave';
import { SPACING } from '../../../common/spacing';

export interface SaveStatusBarProps {
  status: SaveStatus;
  /** Changes the server does not have yet. */
  unsaved: number;
  /** Of those, how many wait for a field to be fixed. */
  invalid: number;
  /** Conflicts waiting for a decision. */
  conflicts: number;
  onRetry: () => void;
}

function retryText(seconds: number): string {
  return seconds === 1 ? strings.MappingSaveRetryingOneSecond : formatText(strings.MappingSaveRetrying, seconds);
}

function mainText(status: SaveStatus, unsaved: number, locale: string): string {
  switch (status.kind) {
    case 'saving':
      return strings.MappingSaveSaving;
    case 'failed': {
      const kept = isTransient(status.error) ? ` ${strings.MappingSaveKeptInBrowser}` : '';
      const retrying = status.retryInSeconds === undefined ? '' : ` ${retryText(status.retryInSeconds)}`;
      return `${formatText(strings.MappingSaveFailed, describeError(status.error))}${kept}${retrying}`;
    }
    case 'saved':
      return unsaved > 0 ? `${formatText(strings.MappingSavedAt, formatTime(status.at, locale))} ${strings.MappingSaveUnsaved}` : formatText(strings.MappingSavedAt, formatTime(status.at, locale));
    default:
      return unsaved > 0 ? strings.MappingSaveUnsaved : strings.MappingSaveNothingYet;
  }
}

/** The mapping's save state, announced politely; a Retry button when a save failed. */
export function SaveStatusBar({ status, unsaved, invalid, conflicts, onRetry }: SaveStatusBarProps): JSX.Element {
  const theme = useTheme();
  const { locale } = useHost();
  const failed = status.kind === 'failed';
  const extra = [
    invalid > 0 ? formatText(invalid === 1 ? strings.MappingSaveInvalidOne : strings.MappingSaveInvalidMany, invalid) : '',
    conflicts > 0 ? formatText(conflicts === 1 ? strings.MappingSaveConflictsOne : strings.MappingSaveConflictsMany, conflicts) : ''
  ].filter(Boolean);
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: SPACING.s1 }}>
      {status.kind === 'saving' && <Spinner size={SpinnerSize.xSmall} />}
      {failed && <Icon iconName="ErrorBadge" aria-hidden style={{ color: theme.semanticColors.errorIcon }} />}
      {status.kind === 'saved' && unsaved === 0 && <Icon iconName="CheckMark" aria-hidden style={{ color: theme.semanticColors.successIcon }} />}
      <span role="status" aria-label={strings.MappingSaveStateLabel} style={{ color: failed ? theme.semanticColors.errorText : undefined }}>
        {mainText(status, unsaved, locale)}
        {extra.map((text) => ` ${text}`).join('')}
      </span>
      {failed && <DefaultButton onClick={onRetry}>{strings.CommonRetry}</DefaultButton>}
    </div>
  );
}
