import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';

/**
 * Shown on a signed-off mapping while this browser holds changes SharePoint
 * refused (they reached it after the sign-off). The changes stay in the
 * browser's drafts and are offered back when the mapping is reopened.
 */
export function SignedOffEditsNotice(): JSX.Element {
  return (
    <MessageBar messageBarType={MessageBarType.warning} isMultiline delayedRender={false}>
      {strings.MappingSignedOffSaveRefused}
    </MessageBar>
  );
}
