import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';

/** Tells Visitors why nothing can be changed, and what to do about it. */
export function ReadOnlyNotice(): JSX.Element {
  return (
    <MessageBar messageBarType={MessageBarType.info} isMultiline delayedRender={false}>
      {strings.ShellReadOnlyNotice}
    </MessageBar>
  );
}
