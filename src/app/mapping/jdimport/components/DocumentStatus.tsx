import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, Spinner, SpinnerSize, Text } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { DocumentUpload } from '../../../../services/documents';
import { formatDate, formatText } from '../../../../wording/format';
import type { DocumentState } from '../documentState';

export interface DocumentStatusProps {
  /** "Job description (JD)" or "Person specification (PS)". */
  title: string;
  state: DocumentState;
  onRetryStore: (upload: DocumentUpload) => void;
}

/** How reading a JD or PS went, and whether it is stored for the team. */
export function DocumentStatus({ title, state, onRetryStore }: DocumentStatusProps): JSX.Element | null {
  if (state.status === 'empty') {
    return null;
  }
  if (state.status === 'reading') {
    return <Spinner size={SpinnerSize.small} label={formatText(strings.MappingJdReading, state.name)} ariaLive="polite" labelPosition="right" />;
  }
  if (state.status === 'error') {
    return (
      <MessageBar messageBarType={MessageBarType.error} isMultiline delayedRender={false}>
        {`${state.name}: ${state.message}`}
      </MessageBar>
    );
  }
  const { store, problem } = state;
  return (
    <>
      <MessageBar messageBarType={MessageBarType.success} delayedRender={false}>
        {state.clauses.count === 1 ? formatText(strings.MappingJdReadSummaryOne, state.name) : formatText(strings.MappingJdReadSummary, state.name, state.clauses.count)}
      </MessageBar>
      {store?.status === 'saving' && <Spinner size={SpinnerSize.small} label={formatText(strings.MappingJdSaving, state.name)} ariaLive="polite" labelPosition="right" />}
      {store?.status === 'saved' && (
        <Text block role="status">
          {formatText(
            strings.MappingJdStoredSummary,
            store.document.originalName || strings.MappingJdPastedName,
            store.document.version,
            store.document.modifiedBy,
            formatDate(store.document.modified)
          )}
        </Text>
      )}
      {store?.status === 'failed' && (
        <MessageBar
          messageBarType={MessageBarType.warning}
          isMultiline
          delayedRender={false}
          actions={store.upload && <DefaultButton onClick={() => store.upload && onRetryStore(store.upload)}>{strings.MappingJdTryAgain}</DefaultButton>}
        >
          {formatText(strings.MappingJdSaveFailed, state.name, store.message)}
        </MessageBar>
      )}
      {problem && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline delayedRender={false}>
          {formatText(strings.MappingJdKeptPrevious, problem.name, problem.message, title)}
        </MessageBar>
      )}
    </>
  );
}
