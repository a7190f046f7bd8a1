import * as React from 'react';
import { useTheme } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { needsAction, statusInfo } from '../../../../model';
import type { Duty, DutyStatus, FoundIn, GapAction, MappingEntry } from '../../../../model';
import { useDensity } from '../../../shell/host/HostContext';
import { NamedTextField } from '../../../common/components/NamedTextField';
import { formatText, truncate } from '../../../../wording/format';
import { foundInWords, statusWords } from '../../../../wording/vocabulary';
import type { EditorActions } from '../../editor/contract';
import { DutyHistoryButton } from '../../signoff/components/DutyHistoryButton';
import { ActionFields } from './ActionFields';
import { DutyText } from './DutyText';
import { dutyRowClasses } from './dutyRowStyles';
import { VocabularyDropdown } from './VocabularyDropdown';
import { useEntryErrors } from '../../../common/hooks/useEntryErrors';

export interface DutyRowProps {
  duty: Duty;
  entry: MappingEntry;
  readOnly: boolean;
  actions: EditorActions;
}

/**
 * One duty as a card: its text (and sub-items) and the team's answers. Memoised:
 * an edit to another duty does not re-render this one.
 */
function DutyRowView({ duty, entry, readOnly, actions }: DutyRowProps): JSX.Element {
  const theme = useTheme();
  const density = useDensity();
  const classes = dutyRowClasses(theme, density, statusInfo(entry.status).tone);
  const label = truncate(duty.text);
  const textId = `idm-duty-${duty.id}`;
  const errors = useEntryErrors(entry);
  const edit = (patch: Partial<Omit<MappingEntry, 'dutyId'>>): void => actions.editEntry(duty.id, patch);
  const blur = (): void => void actions.saveNow();

  return (
    <li data-duty-id={duty.id}>
      <div role="group" aria-labelledby={textId} className={classes.card}>
        <DutyText duty={duty} id={textId} />
        <div className={classes.fields}>
          <VocabularyDropdown<FoundIn>
            label={strings.CommonExportColumnFoundIn}
            ariaLabel={formatText(strings.MappingFoundInAria, label)}
            items={foundInWords()}
            selectedKey={entry.foundIn}
            onChange={(foundIn) => edit({ foundIn })}
            disabled={readOnly}
            errorMessage={errors.foundIn}
          />
          <NamedTextField
            label={strings.CommonExportColumnReference}
            ariaLabel={formatText(strings.MappingReferenceAria, label)}
            value={entry.reference}
            onChange={(_e, reference) => edit({ reference: reference ?? '' })}
            onBlur={blur}
            readOnly={readOnly}
            errorMessage={errors.reference}
          />
          <VocabularyDropdown<DutyStatus>
            label={strings.CommonDetailsStatus}
            ariaLabel={formatText(strings.MappingStatusAria, label)}
            items={statusWords()}
            selectedKey={entry.status}
            onChange={(status) => edit({ status })}
            disabled={readOnly}
            errorMessage={errors.status}
          />
          <div className={classes.wide}>
            <NamedTextField
              label={strings.CommonFieldComments}
              ariaLabel={formatText(strings.MappingCommentsAria, label)}
              description={strings.MappingCommentsHint}
              multiline
              autoAdjustHeight
              rows={2}
              value={entry.comments}
              onChange={(_e, comments) => edit({ comments: comments ?? '' })}
              onBlur={blur}
              readOnly={readOnly}
              errorMessage={errors.comments}
            />
          </div>
        </div>
        {needsAction(entry.status) && (
          <ActionFields
            dutyLabel={label}
            action={entry.action}
            onChange={(action: GapAction) => edit({ action })}
            onBlur={blur}
            readOnly={readOnly}
            errors={errors}
            className={classes.action}
          />
        )}
        <div>
          <DutyHistoryButton dutyId={duty.id} dutyLabel={label} />
        </div>
      </div>
    </li>
  );
}

export const DutyRow = React.memo(DutyRowView);
