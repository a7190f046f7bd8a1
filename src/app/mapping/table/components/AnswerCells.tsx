import * as React from 'react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { needsAction, ownerText } from '../../../../model';
import type { GapAction } from '../../../../model';
import { StatusBadge } from '../../../common/components/StatusBadge';
import { formatDate, formatText } from '../../../../wording/format';
import { foundInWord, statusWord } from '../../../../wording/vocabulary';
import { ActionFields } from '../../duties/components/ActionFields';
import { CommentsField, FoundInField, ReferenceField, StatusField } from '../../duties/components/AnswerFields';
import type { DutyAnswers } from '../../duties/hooks/useDutyAnswers';
import type { TableClasses } from '../tableStyles';
import { useOwnerLeft } from '../../owners/LeftOwners';

/** What every answer cell gets from its row. */
export interface AnswerCellProps {
  /** The duty's answers, wired as on the cards: the controls' names are "<field>: <duty>". */
  answers: DutyAnswers;
  /** Whether the cell shows its controls (after Enter, F2 or a click) or its values. */
  editing: boolean;
  classes: TableClasses;
}

function CellErrors({ messages, className }: { messages: (string | undefined)[]; className: string }): JSX.Element | null {
  const shown = messages.filter((message): message is string => Boolean(message));
  return shown.length === 0 ? null : (
    <>
      {shown.map((message) => (
        <p key={message} className={className}>
          {message}
        </p>
      ))}
    </>
  );
}

/** "Map to either JD/PS": where the duty is found, and the clause or section. */
export function MapCell({ answers, editing, classes }: AnswerCellProps): JSX.Element {
  const { entry, errors } = answers;
  if (editing) {
    return (
      <div className={classes.editor}>
        <FoundInField answers={answers} />
        <ReferenceField answers={answers} />
      </div>
    );
  }
  return (
    <>
      <StatusBadge item={foundInWord(entry.foundIn)} />
      {entry.reference && <p className={classes.value}>{formatText(strings.MappingTableReference, entry.reference)}</p>}
      <CellErrors messages={[errors.foundIn, errors.reference]} className={classes.error} />
    </>
  );
}

/** "Comments": who does this now, opportunities, barriers. */
export function CommentsCell({ answers, editing, classes }: AnswerCellProps): JSX.Element {
  const { entry, errors } = answers;
  if (editing) {
    return <CommentsField answers={answers} rows={3} />;
  }
  return (
    <>
      {entry.comments && <p className={classes.value}>{entry.comments}</p>}
      <CellErrors messages={[errors.comments]} className={classes.error} />
    </>
  );
}

function ActionSummary({ action, classes }: { action: GapAction; classes: TableClasses }): JSX.Element {
  const owner = ownerText(action);
  const ownerLeft = useOwnerLeft(action.ownerPerson?.login);
  return (
    <>
      {action.what && <p className={classes.value}>{formatText(strings.MappingActionWhatAria, action.what)}</p>}
      {owner && <p className={classes.value}>{formatText(strings.MappingTableActionOwner, owner)}</p>}
      {action.ownerPerson && ownerLeft && <p className={classes.value}>{formatText(strings.MappingActionOwnerLeft, action.ownerPerson.displayName)}</p>}
      {action.dueDate && <p className={classes.value}>{formatText(strings.MappingTableActionDue, formatDate(action.dueDate))}</p>}
    </>
  );
}

/** "Status": icon and words, and for a gap or partly in place the action (what, owner, due). */
export function StatusCell({ answers, editing, classes }: AnswerCellProps): JSX.Element {
  const { entry, errors } = answers;
  const actionable = needsAction(entry.status);
  if (editing) {
    return (
      <div className={classes.editor}>
        <StatusField answers={answers} />
        {actionable && <ActionFields answers={answers} readOnly={false} className={classes.editor} />}
      </div>
    );
  }
  return (
    <>
      <StatusBadge item={statusWord(entry.status)} />
      {actionable && entry.action && <ActionSummary action={entry.action} classes={classes} />}
      <CellErrors
        messages={[errors.status, ...(actionable ? [errors['action.what'], errors['action.owner'], errors['action.dueDate']] : [])]}
        className={classes.error}
      />
    </>
  );
}
