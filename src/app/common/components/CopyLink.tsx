import * as React from 'react';
import { ActionButton, TextField } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { DeepLinkTarget } from '../../../host/types';
import { useHost } from '../../shell/host/HostContext';

export interface CopyLinkProps {
  target: DeepLinkTarget;
  /** Accessible name of the button, e.g. "Copy link to Maintain a clean and safe environment". */
  ariaLabel: string;
}

type CopyState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; link: string };

/**
 * Copies a deep link to the clipboard; where the clipboard is not available
 * (older browsers, Teams desktop without permission) shows the link to copy by hand.
 */
export function CopyLink({ target, ariaLabel }: CopyLinkProps): JSX.Element {
  const host = useHost();
  const [state, setState] = React.useState<CopyState>({ kind: 'idle' });
  const mounted = React.useRef(true);
  React.useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const copy = async (): Promise<void> => {
    const link = host.linkTo(target);
    const clipboard = typeof navigator !== 'undefined' ? navigator.clipboard : undefined;
    let next: CopyState = { kind: 'manual', link };
    try {
      if (clipboard && typeof clipboard.writeText === 'function') {
        await clipboard.writeText(link);
        next = { kind: 'copied' };
      }
    } catch {
      // Permission refused: fall back to showing the link.
    } finally {
      if (mounted.current) {
        setState(next);
      }
    }
  };

  return (
    <span style={{ display: 'inline-flex', flexWrap: 'wrap', alignItems: 'center', gap: 8 }}>
      <ActionButton iconProps={{ iconName: 'Link' }} ariaLabel={ariaLabel} onClick={() => void copy()}>
        {strings.CopyLink}
      </ActionButton>
      <span role="status">{state.kind === 'copied' ? strings.LinkCopied : ''}</span>
      {state.kind === 'manual' && (
        <TextField
          label={strings.LinkToCopyLabel}
          readOnly
          value={state.link}
          autoFocus
          onFocus={(event) => event.currentTarget.select()}
          styles={{ root: { minWidth: 'min(100%, 20rem)' } }}
        />
      )}
    </span>
  );
}
