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
 * version of the framework when one exists. The newest version number comes
 * with the opened mapping; only when it could not be read then is the
 * frameworks list read for it.
 */
export function FrameworkVersionNotice({ opened, onMoved }: FrameworkVersionNoticeProps): JSX.Element {
  return opened.latestFrameworkVersion !== undefined ? (
    <Notices opened={opened} onMoved={onMoved} latestVersion={opened.latestFrameworkVersion} />
  ) : (
    <NoticesFromList opened={opened} onMoved={onMoved} />
  );
}

function NoticesFromList({ opened, onMoved }: FrameworkVersionNoticeProps): JSX.Element {
  const frameworks = useFrameworkList();
  const { frameworkId } = opened.mapping.header;
  const summary = frameworks.status === 'ready' ? frameworks.data.find((f) => f.id.toLowerCase() === frameworkId.toLowerCase()) : undefined;
  return <Notices opened={opened} onMoved={onMoved} latestVersion={summary?.latestVersion} />;
}

function Notices({ opened, onMoved, latestVersion }: FrameworkVersionNoticeProps & { latestVersion: number | undefined }): JSX.Element {
  const { canEdit } = useAccess();
  const [moving, setMoving] = React.useState(false);
  const { frameworkVersion } = opened.mapping.header;
  const fallback = opened.frameworkFallback;
  const newer = latestVersion !== undefined && latestVersion > frameworkVersion ? latestVersion : undefined;
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
