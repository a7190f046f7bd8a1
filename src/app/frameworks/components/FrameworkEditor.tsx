import * as React from 'react';
import { ActionButton, DefaultButton, MessageBar, MessageBarButton, MessageBarType, Text } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { addArea } from '../../../model';
import type { Framework } from '../../../model';
import { useServices } from '../../shell/services/ServicesContext';
import { formatText } from '../../../wording/format';
import { draftProblems } from '../editorProblems';
import { formatWhen, frameworkName } from '../../../wording/frameworkName';
import { useFrameworkDraft } from '../hooks/useFrameworkDraft';
import { AreaEditor } from './AreaEditor';
import { DetailsEditor } from './DetailsEditor';
import { dutyFieldId } from './DutyEditor';
import { FrameworkPreview } from './FrameworkPreview';
import { PublishPanel } from './PublishPanel';
import { SPACING } from '../../common/spacing';

export interface FrameworkEditorProps {
  /** Where editing starts: the newest readable version, a copy, a blank or an imported framework. */
  initial: Framework;
  /** The latest version number stored (0 for a framework not yet published). */
  basedOnVersion: number;
  retired: boolean;
  onPublished: (published: Framework) => void;
  onClose: () => void;
}

/**
 * The owners' framework editor: every field with the model's located
 * problems beside it, a preview as teams will see it, and publishing. Edits
 * are kept in the browser until published.
 */
export function FrameworkEditor({ initial, basedOnVersion, retired, onPublished, onClose }: FrameworkEditorProps): JSX.Element {
  const services = useServices();
  const draft = useFrameworkDraft(initial, basedOnVersion);
  const { framework } = draft;
  const problems = React.useMemo(() => draftProblems(framework), [framework]);
  const [preview, setPreview] = React.useState(false);
  const [focusDuty, setFocusDuty] = React.useState<string | undefined>(undefined);
  const { rebase } = draft;

  React.useEffect(() => {
    if (focusDuty !== undefined) {
      document.getElementById(dutyFieldId(focusDuty))?.focus();
      setFocusDuty(undefined);
    }
  }, [focusDuty, framework]);

  const change = React.useCallback(
    (next: Framework, focusDutyId?: string): void => {
      draft.update(next);
      if (focusDutyId !== undefined) {
        setFocusDuty(focusDutyId);
      }
    },
    [draft]
  );
  const findLatest = React.useCallback((): void => {
    void services.frameworks.listFrameworks().then(
      (all) => {
        const found = all.find((f) => f.id.toLowerCase() === initial.id.toLowerCase());
        if (found) {
          rebase(found.latestVersion);
        }
      },
      () => undefined
    );
  }, [services, initial.id, rebase]);
  const published = (result: Framework): void => {
    draft.clear();
    onPublished(result);
  };
  const name = frameworkName(framework) || framework.id;

  return (
    <section aria-labelledby="idm-fw-editor-heading" style={{ display: 'grid', gap: SPACING.m }}>
      <div>
        <ActionButton iconProps={{ iconName: 'Back' }} onClick={onClose}>
          {strings.FrameworksFrameworksHeading}
        </ActionButton>
      </div>
      <Text block as="h2" variant="xLarge" id="idm-fw-editor-heading" styles={{ root: { margin: 0 } }}>
        {formatText(basedOnVersion === 0 ? strings.FrameworksEditorNewHeading : strings.FrameworksEditorHeading, name)}
      </Text>
      {draft.restoredFrom && (
        <MessageBar
          messageBarType={MessageBarType.info}
          isMultiline
          delayedRender={false}
          actions={<MessageBarButton onClick={draft.discard}>{strings.FrameworksDiscardDraft}</MessageBarButton>}
        >
          {formatText(strings.FrameworksDraftRestored, formatWhen(draft.restoredFrom))}
        </MessageBar>
      )}
      <div role="status" aria-live="polite">
        <Text block as="p" styles={{ root: { margin: 0, fontWeight: 600 } }}>
          {problems.first === undefined ? strings.FrameworksNoProblems : formatText(strings.FrameworksProblemsSummary, problems.all.length, problems.first)}
        </Text>
      </div>
      <section aria-labelledby="idm-fw-details">
        <Text block as="h3" variant="large" id="idm-fw-details" styles={{ root: { margin: '0 0 8px' } }}>
          {strings.CommonHeaderHeading}
        </Text>
        <DetailsEditor framework={framework} problems={problems} onChange={change} />
      </section>
      <section aria-labelledby="idm-fw-areas" style={{ display: 'grid', gap: 12 }}>
        <Text block as="h3" variant="large" id="idm-fw-areas" styles={{ root: { margin: 0 } }}>
          {strings.FrameworksAreasHeading}
        </Text>
        <Text block as="p" styles={{ root: { margin: 0 } }}>
          {strings.FrameworksMoveKeyboardHint}
        </Text>
        {framework.areas.map((area, index) => (
          <AreaEditor key={area.id} framework={framework} index={index} problems={problems} onChange={change} />
        ))}
        <div>
          <DefaultButton iconProps={{ iconName: 'Add' }} onClick={() => change(addArea(framework))}>
            {strings.FrameworksAddArea}
          </DefaultButton>
        </div>
      </section>
      <section aria-labelledby="idm-fw-preview">
        <Text block as="h3" variant="large" id="idm-fw-preview" styles={{ root: { margin: '0 0 8px' } }}>
          {strings.FrameworksPreviewHeading}
        </Text>
        <DefaultButton aria-expanded={preview} onClick={() => setPreview((shown) => !shown)}>
          {preview ? strings.FrameworksHidePreview : strings.FrameworksShowPreview}
        </DefaultButton>
        {preview && <FrameworkPreview framework={framework} />}
      </section>
      <section aria-labelledby="idm-fw-publish">
        <Text block as="h3" variant="large" id="idm-fw-publish" styles={{ root: { margin: '0 0 8px' } }}>
          {strings.FrameworksPublishHeading}
        </Text>
        <PublishPanel
          framework={framework}
          basedOnVersion={draft.basedOnVersion}
          retired={retired}
          blocked={problems.all.length > 0}
          onPublished={published}
          onConflict={findLatest}
        />
      </section>
    </section>
  );
}
