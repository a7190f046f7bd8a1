import * as React from 'react';
import { Icon, Spinner, SpinnerSize, mergeStyleSets, useTheme } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { SetupStep, SetupStepState } from '../../../../services/types';
import { setupStepLabel } from '../setupWords';
import { SPACING } from '../../../common/spacing';

export interface SetupProgressProps {
  steps: SetupStep[];
}

const STATE_TEXT: Record<SetupStepState, () => string> = {
  pending: () => strings.ShellSetupStepPending,
  running: () => strings.ShellSetupStepRunning,
  done: () => strings.ShellSetupStepDone,
  skipped: () => strings.ShellSetupStepSkipped,
  failed: () => strings.ShellSetupStepFailed
};

const ICONS: Record<SetupStepState, string> = {
  pending: 'CircleRing',
  running: '',
  done: 'CompletedSolid',
  skipped: 'SkypeCircleCheck',
  failed: 'ErrorBadge'
};

const classes = mergeStyleSets({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: SPACING.s1 },
  item: { display: 'flex', alignItems: 'center', gap: SPACING.s1 }
});

/** The set-up's steps, each with its label and state in words, announced as they change. */
export function SetupProgress({ steps }: SetupProgressProps): JSX.Element {
  const theme = useTheme();
  const colour = (state: SetupStepState): string =>
    state === 'failed' ? theme.semanticColors.errorIcon : state === 'done' ? theme.semanticColors.successIcon : theme.semanticColors.bodySubtext;
  return (
    <ol className={classes.list} aria-label={strings.ShellSetupProgressLabel} aria-live="polite">
      {steps.map((step) => (
        <li key={step.id} className={classes.item}>
          {step.state === 'running' ? (
            <Spinner size={SpinnerSize.small} />
          ) : (
            <Icon iconName={ICONS[step.state]} aria-hidden style={{ color: colour(step.state) }} />
          )}
          <span>
            {setupStepLabel(step)} – <strong>{STATE_TEXT[step.state]()}</strong>
          </span>
        </li>
      ))}
    </ol>
  );
}
