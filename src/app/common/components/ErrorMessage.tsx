import * as React from 'react';
import { MessageBar, MessageBarButton, MessageBarType } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { AppError } from '../../../services/errors';
import { describeError } from '../errors';
import { CopyDetails } from './CopyDetails';
import { SPACING } from '../spacing';

export interface ErrorMessageProps {
  error: AppError;
  /** What failed, e.g. "We couldn't load the mappings." Shown before the reason. */
  context?: string;
  /** Offers a Retry button when given. */
  onRetry?: () => void;
}

/** A failure in plain English, with a Retry button where trying again makes sense and "Copy details" for a support ticket. */
export function ErrorMessage({ error, context, onRetry }: ErrorMessageProps): JSX.Element {
  return (
    <MessageBar
      messageBarType={MessageBarType.error}
      isMultiline
      delayedRender={false}
      actions={
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: SPACING.s1 }}>
          {onRetry && <MessageBarButton onClick={onRetry}>{strings.CommonRetry}</MessageBarButton>}
          <CopyDetails error={error} />
        </div>
      }
    >
      {context ? `${context} ` : ''}
      {describeError(error)}
    </MessageBar>
  );
}
