import * as React from 'react';
import { MessageBar, MessageBarType, PrimaryButton, Spinner, SpinnerSize, Stack, TextField } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { Framework } from '../../../model';
import type { AppError } from '../../../services/errors';
import { useServices } from '../../shell/services/ServicesContext';
import { ErrorMessage } from '../../common/components/ErrorMessage';
import { toAppError } from '../../../services/toAppError';
import { formatText } from '../../../wording/format';

export interface PublishPanelProps {
  framework: Framework;
  basedOnVersion: number;
  retired: boolean;
  /** Problems block publishing; the editor shows them by their fields. */
  blocked: boolean;
  onPublished: (published: Framework) => void;
  /** Someone else took the version number: the editor finds the latest so the next attempt takes the one after. */
  onConflict: () => void;
}

type PublishState = { status: 'idle' } | { status: 'publishing' } | { status: 'error'; error: AppError; taken: number };

/** "Publish version N+1" with a change note; a failure (someone else published first) keeps the draft. */
export function PublishPanel({ framework, basedOnVersion, retired, blocked, onPublished, onConflict }: PublishPanelProps): JSX.Element {
  const services = useServices();
  const [note, setNote] = React.useState('');
  const [state, setState] = React.useState<PublishState>({ status: 'idle' });
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    []
  );
  const publish = async (): Promise<void> => {
    setState({ status: 'publishing' });
    try {
      const published = await services.frameworks.publish({ framework, basedOnVersion, note, retired });
      if (mounted.current) {
        setState({ status: 'idle' });
        onPublished(published);
      }
    } catch (error) {
      const failure = toAppError(error);
      if (mounted.current) {
        setState({ status: 'error', error: failure, taken: basedOnVersion + 1 });
        if (failure.kind === 'conflict') {
          onConflict();
        }
      }
    }
  };
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <TextField label={strings.FrameworksChangeNoteLabel} multiline autoAdjustHeight value={note} onChange={(_e, v) => setNote(v ?? '')} />
      {state.status === 'error' && state.error.kind === 'conflict' && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline delayedRender={false}>
          {formatText(strings.FrameworksVersionTaken, state.taken)}
        </MessageBar>
      )}
      {state.status === 'error' && state.error.kind !== 'conflict' && <ErrorMessage error={state.error} context={strings.FrameworksPublishFailed} />}
      <div>
        <PrimaryButton onClick={() => void publish()} disabled={blocked || state.status === 'publishing'}>
          {formatText(strings.FrameworksPublishButton, basedOnVersion + 1)}
        </PrimaryButton>
      </div>
      {state.status === 'publishing' && <Spinner size={SpinnerSize.small} label={strings.FrameworksPublishing} />}
    </Stack>
  );
}
