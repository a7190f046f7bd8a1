import * as React from 'react';
import { MessageBarButton, TextField, useTheme } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { AppError } from '../../../services/errors';
import { errorDetailsText } from '../errorDetails';
import { useCopyText } from '../hooks/useCopyText';
import { getCopyClasses } from './copy.styles';

export interface CopyDetailsProps {
  error: AppError;
}

/**
 * "Copy details" for a failure: puts the time, operation, status and request id
 * on the clipboard for a support ticket; where the clipboard is refused, shows
 * them to copy by hand.
 */
export function CopyDetails({ error }: CopyDetailsProps): JSX.Element {
  const { outcome, copy } = useCopyText();
  const classes = getCopyClasses(useTheme());
  const text = errorDetailsText(error);

  return (
    <span className={classes.root}>
      <MessageBarButton onClick={() => void copy(text)}>{strings.CommonCopyDetails}</MessageBarButton>
      <span role="status">{outcome === 'copied' ? strings.CommonDetailsCopied : ''}</span>
      {outcome === 'manual' && (
        <TextField
          label={strings.CommonDetailsToCopyLabel}
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
