import * as React from 'react';
import { DefaultButton, Link, MessageBar, MessageBarType, PrimaryButton, Stack, Text } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { SignOffInput } from '../../../../services/governance';
import { useAccess } from '../../../shell/access/AccessContext';
import { useApproversManagedBy, useRecordsAwaitPermissions } from '../../../shell/access/ReadinessContext';
import { ErrorMessage } from '../../../common/components/ErrorMessage';
import { formatDate, formatText, formatTime } from '../../../../wording/format';
import type { GovernanceView } from '../hooks/useGovernance';
import type { Framework } from '../../../../model';
import { ChangesAfterSignOffBanner, NeedsCheckingBanner, RecordIntegrityNote } from './RecordStatus';

// The dialogs (Fluent's Dialog and TextField) load when first opened, outside the mapping screen's chunk.
const NoteDialog = React.lazy(() => import(/* webpackChunkName: 'sign-off-dialogs' */ './SignOffDialogs').then((m) => ({ default: m.NoteDialog })));

export interface SignOffBarProps {
  view: GovernanceView;
  /** The mapping's framework, to name the duties changed after sign-off. */
  framework: Framework;
  /** Builds the Word document and snapshot of the mapping as it stands (saved first). */
  prepare: (note: string) => Promise<SignOffInput>;
}

function when(iso: string): string {
  const date = new Date(iso);
  return `${formatDate(date)} ${formatTime(date)}`;
}

/**
 * The mapping's sign-off: its state in words, the banner of a signed-off
 * mapping (who, when, the note, the review date), and the actions this person
 * may take. The buttons follow who may do what; SharePoint's permissions on
 * the records library are what actually refuse anyone else.
 */
export function SignOffBar({ view, framework, prepare }: SignOffBarProps): JSX.Element {
  const { level, canEdit } = useAccess();
  const approversManagedBy = useApproversManagedBy();
  const recordsAwaitPermissions = useRecordsAwaitPermissions();
  const [dialog, setDialog] = React.useState<'signOff' | 'reopen'>();
  const { governance, loadError, actionError, busy } = view;
  if (loadError) {
    // Its own button name: the save bar may offer "Retry" at the same time.
    return (
      <Stack tokens={{ childrenGap: 4 }}>
        <ErrorMessage error={loadError} context={strings.MappingGovernanceLoadFailed} />
        <div>
          <DefaultButton onClick={view.reload} text={strings.MappingGovernanceReload} />
        </div>
      </Stack>
    );
  }
  if (!governance) {
    return (
      <section aria-label={strings.MappingSignOffHeading} aria-busy="true">
        <Text>{strings.MappingSignOffHeading}…</Text>
      </section>
    );
  }
  const signed = governance.signedOff;
  const needsChecking = governance.state === 'needsChecking';
  const reopened = governance.state !== 'signedOff' && !needsChecking ? governance.reopened : undefined;
  const confirm = async (text: string): Promise<void> => {
    if (dialog === 'signOff') {
      // Success or failure, the dialog closes: the banner or the error below says which.
      await view.signOff(() => prepare(text), strings.MappingSignOffFailed);
      setDialog(undefined);
    } else if (dialog === 'reopen') {
      await view.reopen(text, strings.MappingReopenFailed);
      setDialog(undefined);
    }
  };
  return (
    <section aria-label={strings.MappingSignOffHeading}>
      <Stack tokens={{ childrenGap: 8 }}>
        {signed ? (
          <MessageBar messageBarType={MessageBarType.success} isMultiline>
            <Text block>{formatText(strings.MappingSignedOffBanner, signed.by, when(signed.at))}</Text>
            {signed.note !== '' && <Text block>{formatText(strings.MappingSignedOffNote, signed.note)}</Text>}
            {signed.reviewDue && <Text block>{formatText(strings.MappingReviewDueOn, formatDate(signed.reviewDue))}</Text>}
            <RecordIntegrityNote record={signed} />
          </MessageBar>
        ) : needsChecking ? (
          <NeedsCheckingBanner governance={governance} />
        ) : (
          <Text block>{governance.state === 'ready' ? strings.MappingSignOffStateReady : strings.MappingSignOffStateDraft}</Text>
        )}
        {signed && governance.changes && <ChangesAfterSignOffBanner changes={governance.changes} framework={framework} />}
        {reopened && (
          <MessageBar messageBarType={MessageBarType.info} isMultiline>
            {formatText(strings.MappingReopenedNotice, reopened.by, when(reopened.at), reopened.note)}
          </MessageBar>
        )}
        {actionError && <ErrorMessage error={actionError.error} context={actionError.context} />}
        {level === 'setUp' && !signed && recordsAwaitPermissions && (
          <MessageBar messageBarType={MessageBarType.warning} isMultiline>
            {strings.MappingSignOffAwaitsRecordsPermissions}
          </MessageBar>
        )}
        {level === 'setUp' && approversManagedBy !== undefined && <Text block>{formatText(strings.MappingApproversManagedBy, approversManagedBy)}</Text>}
        <Stack horizontal wrap tokens={{ childrenGap: 8 }} verticalAlign="center">
          {!signed && !needsChecking && canEdit && governance.state === 'draft' && (
            <DefaultButton disabled={busy} onClick={() => void view.setReady(true, strings.MappingReadyFailed)} text={strings.MappingMarkReady} />
          )}
          {!signed && canEdit && governance.state === 'ready' && (
            <DefaultButton disabled={busy} onClick={() => void view.setReady(false, strings.MappingReadyFailed)} text={strings.MappingBackToDraft} />
          )}
          {!signed && view.canSignOff && <PrimaryButton disabled={busy} onClick={() => setDialog('signOff')} text={strings.MappingSignOffButton} />}
          {(signed || needsChecking) && level === 'setUp' && <DefaultButton disabled={busy} onClick={() => setDialog('reopen')} text={strings.MappingReopenButton} />}
          {signed?.documentUrl && (
            <Link href={signed.documentUrl} target="_blank" rel="noopener noreferrer">
              {strings.MappingOpenSignedDocument}
            </Link>
          )}
        </Stack>
      </Stack>
      {dialog && (
        <React.Suspense fallback={null}>
          <NoteDialog kind={dialog} busy={busy} onConfirm={(text) => void confirm(text)} onCancel={() => setDialog(undefined)} />
        </React.Suspense>
      )}
    </section>
  );
}
