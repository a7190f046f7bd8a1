import * as React from 'react';
import { MessageBarButton, TextField } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { AppError } from '../../../services/errors';
import { errorDetailsText } from '../errorDetails';

export interface CopyDetailsProps {
  error: AppError;
}

type CopyState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual' };

/**
 * "Copy details" for a failure: puts the time, operation, status and request id
 * on the clipboard for a support ticket; where the clipboard is refused, shows
 * them to copy by hand.
 */
export function CopyDetails({ error }: CopyDetailsProps): JSX.Element {
  const [state, setState] = React.useState<CopyState>({ kind: 'idle' });
  const mounted = React.useRef(true);
  React.useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const text = errorDetailsText(error);

  const copy = async (): Promise<void> => {
    const clipboard = typeof navigator !== 'undefined' ? navigator.clipboard : undefined;
    let next: CopyState = { kind: 'manual' };
    try {
      if (clipboard && typeof clipboard.writeText === 'function') {
        await clipboard.writeText(text);
        next = { kind: 'copied' };
      }
    } catch {
      // Permission refused: show the details instead.
    } finally {
      if (mounted.current) {
        setState(next);
      }
    }
  };

  return (
    <span style={{ display: 'inline-flex', flexWrap: 'wrap', alignItems: 'center', gap: 8 }}>
      <MessageBarButton onClick={() => void copy()}>{strings.CopyDetails}</MessageBarButton>
      <span role="status">{state.kind === 'copied' ? strings.DetailsCopied : ''}</span>
      {state.kind === 'manual' && (
        <TextField
          label={strings.DetailsToCopyLabel}
          readOnly
          multiline
          autoAdjustHeight
          value={text}
          autoFocus
          onFocus={(event) => event.currentTarget.select()}
          styles={{ root: { minWidth: 'min(100%, 24rem)' } }}
        />
      )}
    </span>
  );
}
