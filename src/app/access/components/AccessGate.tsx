import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { ErrorMessage } from '../../common/components/ErrorMessage';
import { Loading } from '../../common/components/Loading';
import { AccessProvider } from '../AccessContext';
import { useSiteAccess } from '../hooks/useSiteAccess';
import { AskOwnerNotice } from './AskOwnerNotice';
import { ReadOnlyNotice } from './ReadOnlyNotice';
import { SiteSetup } from './SiteSetup';

export interface AccessGateProps {
  children?: React.ReactNode;
}

/**
 * Lets people into the app once the site is set up, offering Owners the set-up
 * and telling everyone else who can do it; Visitors get a read-only notice.
 */
export function AccessGate({ children }: AccessGateProps): JSX.Element {
  const access = useSiteAccess();
  const [setUpHere, setSetUpHere] = React.useState(false);
  const onSetUp = React.useCallback((): void => setSetUpHere(true), []);

  if (access.status === 'loading') {
    return <Loading label={strings.LoadingAccess} />;
  }
  if (access.status === 'error') {
    return <ErrorMessage error={access.error} context={strings.AccessLoadFailed} onRetry={access.retry} />;
  }
  const { level, isSetUp } = access.data;
  if (!isSetUp && !setUpHere) {
    return level === 'setUp' ? <SiteSetup onDone={onSetUp} /> : <AskOwnerNotice />;
  }
  return (
    <AccessProvider level={level}>
      {setUpHere && (
        <MessageBar messageBarType={MessageBarType.success} isMultiline delayedRender={false}>
          {strings.SetupDone}
        </MessageBar>
      )}
      {level === 'read' && <ReadOnlyNotice />}
      {children}
    </AccessProvider>
  );
}
