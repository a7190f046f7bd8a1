import * as React from 'react';
import { useTheme } from '@fluentui/react';
import { needsAction, statusInfo } from '../../../../model';
import type { Duty, MappingEntry } from '../../../../model';
import { useDensity } from '../../../shell/host/HostContext';
import type { EditorActions } from '../../editor/contract';
import { DutyHistoryButton } from '../../signoff/components/DutyHistoryButton';
import { ActionFields } from '../../duties/components/ActionFields';
import { CommentsField, FoundInField, ReferenceField, StatusField } from '../../duties/components/AnswerFields';
import { DutyText } from '../../duties/components/DutyText';
import { useDutyAnswers } from '../../duties/hooks/useDutyAnswers';
import { dutyRowClasses } from './dutyRowStyles';

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
  const textId = `idm-duty-${duty.id}`;
  const answers = useDutyAnswers(duty, entry, actions);

  return (
    <li data-duty-id={duty.id}>
      <div role="group" aria-labelledby={textId} className={classes.card}>
        <DutyText duty={duty} id={textId} />
        <div className={classes.fields}>
          <FoundInField answers={answers} readOnly={readOnly} />
          <ReferenceField answers={answers} readOnly={readOnly} />
          <StatusField answers={answers} readOnly={readOnly} />
          <div className={classes.wide}>
            <CommentsField answers={answers} readOnly={readOnly} rows={2} />
          </div>
        </div>
        {needsAction(entry.status) && <ActionFields answers={answers} readOnly={readOnly} className={classes.action} />}
        <div>
          <DutyHistoryButton dutyId={duty.id} dutyLabel={answers.label} />
        </div>
      </div>
    </li>
  );
}

export const DutyRow = React.memo(DutyRowView);
