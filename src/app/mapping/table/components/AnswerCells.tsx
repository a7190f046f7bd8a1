import * as React from 'react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { needsAction, ownerText } from '../../../../model';
import type { DutyStatus, FoundIn, GapAction, MappingEntry } from '../../../../model';
import { NamedTextField } from '../../../common/components/NamedTextField';
import { StatusBadge } from '../../../common/components/StatusBadge';
import { formatDate, formatText } from '../../../../wording/format';
import { foundInWord, foundInWords, statusWord, statusWords } from '../../../../wording/vocabulary';
import { ActionFields } from '../../cards/components/ActionFields';
import { VocabularyDropdown } from '../../cards/components/VocabularyDropdown';
import type { TableClasses } from '../tableStyles';
import { useOwnerLeft } from '../../owners/LeftOwners';

/** What every answer cell gets from its row. */
export interface AnswerCellProps {
  entry: MappingEntry;
  /** The duty's text, shortened: the controls' names are "<field>: <duty>", as on the cards. */
  dutyLabel: string;
  /** Whether the cell shows its controls (after Enter, F2 or a click) or its values. */
  editing: boolean;
  /** Validation messages by field ("reference", "action.what", ...). */
  errors: Record<string, string>;
  edit: (patch: Partial<Omit<MappingEntry, 'dutyId'>>) => void;
  /** Saves now, as the cards do when a text field loses focus. */
  blur: () => void;
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
export function MapCell({ entry, dutyLabel, editing, errors, edit, blur, classes }: AnswerCellProps): JSX.Element {
  if (editing) {
    return (
      <div className={classes.editor}>
        <VocabularyDropdown<FoundIn>
          label={strings.CommonExportColumnFoundIn}
          ariaLabel={formatText(strings.MappingFoundInAria, dutyLabel)}
          items={foundInWords()}
          selectedKey={entry.foundIn}
          onChange={(foundIn) => edit({ foundIn })}
          errorMessage={errors.foundIn}
        />
        <NamedTextField
          label={strings.CommonExportColumnReference}
          ariaLabel={formatText(strings.MappingReferenceAria, dutyLabel)}
          value={entry.reference}
          onChange={(_e, reference) => edit({ reference: reference ?? '' })}
          onBlur={blur}
          errorMessage={errors.reference}
        />
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
export function CommentsCell({ entry, dutyLabel, editing, errors, edit, blur, classes }: AnswerCellProps): JSX.Element {
  if (editing) {
    return (
      <NamedTextField
        label={strings.CommonFieldComments}
        ariaLabel={formatText(strings.MappingCommentsAria, dutyLabel)}
        description={strings.MappingCommentsHint}
        multiline
        autoAdjustHeight
        rows={3}
        value={entry.comments}
        onChange={(_e, comments) => edit({ comments: comments ?? '' })}
        onBlur={blur}
        errorMessage={errors.comments}
      />
    );
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
export function StatusCell({ entry, dutyLabel, editing, errors, edit, blur, classes }: AnswerCellProps): JSX.Element {
  const actionable = needsAction(entry.status);
  if (editing) {
    return (
      <div className={classes.editor}>
        <VocabularyDropdown<DutyStatus>
          label={strings.CommonDetailsStatus}
          ariaLabel={formatText(strings.MappingStatusAria, dutyLabel)}
          items={statusWords()}
          selectedKey={entry.status}
          onChange={(status) => edit({ status })}
          errorMessage={errors.status}
        />
        {actionable && (
          <ActionFields
            dutyLabel={dutyLabel}
            action={entry.action}
            onChange={(action) => edit({ action })}
            onBlur={blur}
            readOnly={false}
            errors={errors}
            className={classes.editor}
          />
        )}
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
