import * as React from 'react';
import { MessageBar, MessageBarType, Stack, Text } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';

/** For Members and Visitors when the lists are missing: only a site Owner can set the site up. */
export function AskOwnerNotice(): JSX.Element {
  return (
    <Stack tokens={{ childrenGap: 12 }} styles={{ root: { maxWidth: '40rem' } }}>
      <Text block as="h2" variant="xLarge">
        {strings.ShellSetupHeading}
      </Text>
      <MessageBar messageBarType={MessageBarType.warning} isMultiline delayedRender={false}>
        {strings.ShellSetupAskOwner}
      </MessageBar>
    </Stack>
  );
}
