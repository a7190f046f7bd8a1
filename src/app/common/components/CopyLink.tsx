import * as React from 'react';
import { ActionButton, TextField, useTheme } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { DeepLinkTarget } from '../../../host/types';
import { useHost } from '../../shell/host/HostContext';
import { useCopyText } from '../hooks/useCopyText';
import { getCopyClasses } from './copy.styles';

export interface CopyLinkProps {
  target: DeepLinkTarget;
  /** Accessible name of the button, e.g. "Copy link to Maintain a clean and safe environment". */
  ariaLabel: string;
}

/**
 * Copies a deep link to the clipboard; where the clipboard is not available
 * (older browsers, Teams desktop without permission) shows the link to copy by hand.
 */
function CopyLinkView({ target, ariaLabel }: CopyLinkProps): JSX.Element {
  const host = useHost();
  const { outcome, copy } = useCopyText();
  const classes = getCopyClasses(useTheme());

  return (
    <span className={classes.root}>
      <ActionButton iconProps={{ iconName: 'Link' }} ariaLabel={ariaLabel} onClick={() => void copy(host.linkTo(target))}>
        {strings.CommonCopyLink}
      </ActionButton>
      <span role="status">{outcome === 'copied' ? strings.CommonLinkCopied : ''}</span>
      {outcome === 'manual' && (
        <TextField
          label={strings.CommonLinkToCopyLabel}
          readOnly
          value={host.linkTo(target)}
          autoFocus
          onFocus={(event) => event.currentTarget.select()}
          styles={{ root: { minWidth: 'min(100%, 20rem)' } }}
        />
      )}
    </span>
  );
}

/** The same place: callers build the target inline, so it is compared field by field. */
function sameTarget(a: DeepLinkTarget, b: DeepLinkTarget): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof DeepLinkTarget>;
  return [...keys].every((key) => a[key] === b[key]);
}

/** Memoised on where it links to: typing in a mapping does not re-render its copy-link buttons. */
export const CopyLink = React.memo(CopyLinkView, (before, after) => before.ariaLabel === after.ariaLabel && sameTarget(before.target, after.target));
