import * as React from 'react';
import { ActionButton } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { ErrorMessage } from '../../../common/components/ErrorMessage';
import { Loading } from '../../../common/components/Loading';
import { useOpenedMapping } from '../hooks/useOpenedMapping';
import { EditorPage } from './EditorPage';
import { FrameworkVersionNotice } from '../../../frameworks/components/FrameworkVersionNotice';

export interface MappingEditorProps {
  mappingId: number;
  /** Area to focus first (deep link). */
  areaId?: string;
  /** Duty whose status to focus first (deep link from the action tracker). */
  dutyId?: string;
  onBack: () => void;
  /** Names the screen Back returns to ("Back to mappings" when not given). */
  backLabel?: string;
}

/** Opens a mapping and shows it for editing (or reading), with loading and error states. */
export function MappingEditor({ mappingId, areaId, dutyId, onBack, backLabel = strings.CommonBackToMappings }: MappingEditorProps): JSX.Element {
  const opened = useOpenedMapping(mappingId);
  if (opened.status === 'loading') {
    return <Loading label={strings.CommonLoadingMapping} />;
  }
  if (opened.status === 'error') {
    return (
      <div>
        <ActionButton iconProps={{ iconName: 'Back' }} onClick={onBack}>
          {backLabel}
        </ActionButton>
        <ErrorMessage
          error={opened.error}
          context={strings.MappingLoadFailed}
          onRetry={opened.error.kind === 'notFound' ? undefined : opened.retry}
        />
      </div>
    );
  }
  const { frameworkVersion } = opened.data.mapping.header;
  return (
    <>
      <FrameworkVersionNotice opened={opened.data} onMoved={opened.reload} />
      {/* Keyed by version too, so a mapping that moved starts afresh (unsaved edits come back from the browser draft). */}
      <EditorPage key={`${mappingId}@${frameworkVersion}`} opened={opened.data} initialAreaId={areaId} initialDutyId={dutyId} onBack={onBack} backLabel={backLabel} />
    </>
  );
}
