import * as React from 'react';
import { MessageBar, MessageBarType, Text } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';

/**
 * What the Teams personal app shows when the tenant property naming the department sites is not
 * set and the site it runs on (the tenant's root site) has no lists: what the administrator must
 * set, and how. It never offers to set this site up.
 */
export function AdminInstructions(): JSX.Element {
  return (
    <MessageBar messageBarType={MessageBarType.info} isMultiline delayedRender={false}>
      <Text block as="h2" variant="large" styles={{ root: { margin: 0 } }}>
        {strings.ShellSitesAdminTitle}
      </Text>
      <Text block as="p">
        {strings.ShellSitesAdminBody}
      </Text>
      <Text block as="p">
        {strings.ShellSitesAdminSteps}
      </Text>
      <ol style={{ margin: 0, paddingLeft: 20 }}>
        {[strings.ShellSitesAdminStep1, strings.ShellSitesAdminStep2, strings.ShellSitesAdminStep3, strings.ShellSitesAdminStep4].map((step) => (
          <li key={step}>
            <code style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{step}</code>
          </li>
        ))}
      </ol>
    </MessageBar>
  );
}
