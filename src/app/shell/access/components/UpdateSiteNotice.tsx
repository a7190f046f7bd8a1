import * as React from 'react';
import { MessageBar, MessageBarType, PrimaryButton, Stack } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { AccessLevel, SetupStep } from '../../../../services/types';
import { ErrorMessage } from '../../../common/components/ErrorMessage';
import { useSiteSetup } from '../hooks/useSiteSetup';
import { setupStepLabel } from '../setupWords';
import { SetupProgress } from './SetupProgress';

export interface UpdateSiteNoticeProps {
  level: AccessLevel;
  /** The set-up steps the update would run. */
  steps: SetupStep[];
  /** Called once the update has run, to check the site again. */
  onUpdated: () => void;
}

/**
 * A site set up by an older version of the app: Owners can run the same
 * idempotent set-up to update it; everyone else is told what they will miss
 * until an Owner does.
 */
export function UpdateSiteNotice({ level, steps, onUpdated }: UpdateSiteNoticeProps): JSX.Element {
  const { state, run } = useSiteSetup();
  React.useEffect(() => {
    if (state.status === 'done') {
      onUpdated();
    }
  }, [state.status, onUpdated]);

  if (level !== 'setUp') {
    return (
      <MessageBar messageBarType={MessageBarType.info} isMultiline delayedRender={false}>
        {strings.ShellUpdateSiteAskOwner}
      </MessageBar>
    );
  }
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <MessageBar
        messageBarType={MessageBarType.warning}
        isMultiline
        delayedRender={false}
        actions={
          <PrimaryButton onClick={run} disabled={state.status === 'running'}>
            {state.status === 'failed' ? strings.ShellSetupRetryButton : strings.ShellUpdateSiteButton}
          </PrimaryButton>
        }
      >
        {strings.ShellUpdateSiteIntro} {steps.map(setupStepLabel).join('; ')}.
      </MessageBar>
      {state.steps.length > 0 && <SetupProgress steps={state.steps} />}
      {state.status === 'failed' && <ErrorMessage error={state.error} context={strings.ShellUpdateSiteFailed} onRetry={run} />}
    </Stack>
  );
}
