import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { formatText } from '../../../../wording/format';

export interface RestoredNoticeProps {
  count: number;
}

/** Says that edits this browser kept (after a reload, crash or lost connection) were put back and are being saved. */
export function RestoredNotice({ count }: RestoredNoticeProps): JSX.Element | null {
  const [dismissed, setDismissed] = React.useState(false);
  if (dismissed) {
    return null;
  }
  return (
    <MessageBar
      messageBarType={MessageBarType.success}
      isMultiline
      delayedRender={false}
      onDismiss={() => setDismissed(true)}
      dismissButtonAriaLabel={strings.CommonDismiss}
    >
      {formatText(count === 1 ? strings.MappingRestoredOne : strings.MappingRestoredMany, count)}
    </MessageBar>
  );
}
