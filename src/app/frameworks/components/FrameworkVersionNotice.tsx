import * as React from 'react';
import { MessageBar, MessageBarButton, MessageBarType } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { OpenedMapping } from '../../../services/types';
import { useAccess } from '../../shell/access/AccessContext';
import { formatText } from '../../../wording/format';
import { useFrameworkList } from '../hooks/useFrameworkList';
import { MoveMappingDialog } from './MoveMappingDialog';

export interface FrameworkVersionNoticeProps {
  opened: OpenedMapping;
  /** Called after the mapping moved to another version. */
  onMoved: () => void;
}

/**
 * Above a mapping: says when its framework version could not be read (and
 * which was used instead), and offers Members and Owners the move to a newer
 * version of the framework when one exists.
 */
export function FrameworkVersionNotice({ opened, onMoved }: FrameworkVersionNoticeProps): JSX.Element {
  const { canEdit } = useAccess();
  const frameworks = useFrameworkList();
  const [moving, setMoving] = React.useState(false);
  const { frameworkId, frameworkVersion } = opened.mapping.header;
  const fallback = opened.frameworkFallback;
  const summary = frameworks.status === 'ready' ? frameworks.data.find((f) => f.id.toLowerCase() === frameworkId.toLowerCase()) : undefined;
  const newer = summary !== undefined && summary.latestVersion > frameworkVersion ? summary.latestVersion : undefined;
  const done = React.useCallback((): void => {
    setMoving(false);
    onMoved();
  }, [onMoved]);

  return (
    <>
      {fallback && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline delayedRender={false}>
          {formatText(fallback.reason === 'damaged' ? strings.FrameworksFrameworkFallbackDamaged : strings.FrameworksFrameworkFallbackMissing, fallback.wanted, fallback.used)}
        </MessageBar>
      )}
      {newer !== undefined && (
        <MessageBar
          messageBarType={MessageBarType.info}
          isMultiline
          delayedRender={false}
          actions={canEdit ? <MessageBarButton onClick={() => setMoving(true)}>{strings.FrameworksReviewMove}</MessageBarButton> : undefined}
        >
          {formatText(strings.FrameworksNewerVersionExists, newer, frameworkVersion)}
        </MessageBar>
      )}
      {moving && <MoveMappingDialog opened={opened} onDismiss={() => setMoving(false)} onMoved={done} />}
    </>
  );
}
