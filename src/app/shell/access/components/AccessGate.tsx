import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { ErrorMessage } from '../../../common/components/ErrorMessage';
import { Loading } from '../../../common/components/Loading';
import type { SiteReadiness } from '../../../../services/types';
import { AccessProvider } from '../AccessContext';
import { ReadinessProvider } from '../ReadinessContext';
import { useSiteAccess } from '../hooks/useSiteAccess';
import { AskOwnerNotice } from './AskOwnerNotice';
import { ReadOnlyNotice } from './ReadOnlyNotice';
import { SiteSetup } from './SiteSetup';
import { UpdateSiteNotice } from './UpdateSiteNotice';
import { AdminInstructions } from '../../sites/AdminInstructions';

export interface AccessGateProps {
  children?: React.ReactNode;
  /**
   * The Teams personal app on a site without the app's lists (the tenant's root site): it shows
   * the administrator's instructions and never offers to set that site up.
   */
  personal?: boolean;
}

/**
 * Lets people into the app once the site is set up, offering Owners the set-up
 * and telling everyone else who can do it; Visitors get a read-only notice.
 */
export function AccessGate({ children, personal = false }: AccessGateProps): JSX.Element {
  const access = useSiteAccess();
  const [setUpHere, setSetUpHere] = React.useState<'no' | 'setUp' | 'updated'>('no');
  const onSetUp = React.useCallback((): void => setSetUpHere('setUp'), []);
  const onUpdated = React.useCallback((): void => setSetUpHere('updated'), []);
  const data = access.status === 'ready' ? access.data : undefined;
  const readiness = React.useMemo((): SiteReadiness => (setUpHere !== 'no' || !data ? { state: 'ready' } : data.readiness), [setUpHere, data]);

  if (access.status === 'loading') {
    return <Loading label={strings.ShellLoadingAccess} />;
  }
  if (access.status === 'error') {
    return <ErrorMessage error={access.error} context={strings.ShellAccessLoadFailed} onRetry={access.retry} />;
  }
  const { level } = access.data;
  if (access.data.readiness.state === 'notSetUp' && setUpHere === 'no') {
    if (personal) {
      return <AdminInstructions />;
    }
    return level === 'setUp' ? <SiteSetup onDone={onSetUp} /> : <AskOwnerNotice />;
  }
  return (
    <AccessProvider level={level}>
      <ReadinessProvider value={readiness}>
        {readiness.state === 'needsUpdate' && <UpdateSiteNotice level={level} steps={readiness.steps} onUpdated={onUpdated} />}
        {setUpHere !== 'no' && (
          <MessageBar messageBarType={MessageBarType.success} isMultiline delayedRender={false}>
            {setUpHere === 'updated' ? strings.ShellUpdateSiteDone : strings.ShellSetupDone}
          </MessageBar>
        )}
        {level === 'read' && <ReadOnlyNotice />}
        {/* After an update the screens below load again, now with what the update added. */}
        <React.Fragment key={setUpHere}>{children}</React.Fragment>
      </ReadinessProvider>
    </AccessProvider>
  );
}
