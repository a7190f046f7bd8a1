import * as React from 'react';
import { PrimaryButton, Stack, Text } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { ErrorMessage } from '../../../common/components/ErrorMessage';
import { useSiteSetup } from '../hooks/useSiteSetup';
import { SetupProgress } from './SetupProgress';

export interface SiteSetupProps {
  /** Called once every list exists, to continue into the app. */
  onDone: () => void;
}

/** For site Owners when the lists are missing: explains, runs the set-up, shows each step. */
export function SiteSetup({ onDone }: SiteSetupProps): JSX.Element {
  const { state, run } = useSiteSetup();
  React.useEffect(() => {
    if (state.status === 'done') {
      onDone();
    }
  }, [state.status, onDone]);

  return (
    <Stack tokens={{ childrenGap: 16 }} styles={{ root: { maxWidth: '40rem' } }}>
      <Text block as="h2" variant="xLarge">
        {strings.ShellSetupHeading}
      </Text>
      <Text block as="p">{strings.ShellSetupIntro}</Text>
      <Stack horizontal>
        <PrimaryButton onClick={run} disabled={state.status === 'running'}>
          {state.status === 'failed' ? strings.ShellSetupRetryButton : strings.ShellSetupButton}
        </PrimaryButton>
      </Stack>
      {state.steps.length > 0 && <SetupProgress steps={state.steps} />}
      {state.status === 'failed' && <ErrorMessage error={state.error} context={strings.ShellSetupFailed} onRetry={run} />}
    </Stack>
  );
}
