import * as React from 'react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { DutyStatus, FoundIn } from '../../../../model';
import { NamedTextField } from '../../../common/components/NamedTextField';
import { formatText } from '../../../../wording/format';
import { foundInWords, statusWords } from '../../../../wording/vocabulary';
import type { DutyAnswers } from '../hooks/useDutyAnswers';
import { VocabularyDropdown } from './VocabularyDropdown';

/** What each answer field gets: the duty's answers, and whether they may be changed (the table shows its fields only to editors). */
export interface AnswerFieldProps {
  answers: DutyAnswers;
  readOnly?: boolean;
}

/** Where the duty is found (JD, PS, both, neither), named "Found in: <duty>". */
export function FoundInField({ answers: { entry, label, errors, edit }, readOnly }: AnswerFieldProps): JSX.Element {
  return (
    <VocabularyDropdown<FoundIn>
      label={strings.CommonExportColumnFoundIn}
      ariaLabel={formatText(strings.MappingFoundInAria, label)}
      items={foundInWords()}
      selectedKey={entry.foundIn}
      onChange={(foundIn) => edit({ foundIn })}
      disabled={readOnly}
      errorMessage={errors.foundIn}
    />
  );
}

/** The clause or section of the JD or PS, saved when it loses focus. */
export function ReferenceField({ answers: { entry, label, errors, edit, blur }, readOnly }: AnswerFieldProps): JSX.Element {
  return (
    <NamedTextField
      label={strings.CommonExportColumnReference}
      ariaLabel={formatText(strings.MappingReferenceAria, label)}
      value={entry.reference}
      onChange={(_e, reference) => edit({ reference: reference ?? '' })}
      onBlur={blur}
      readOnly={readOnly}
      errorMessage={errors.reference}
    />
  );
}

/** The duty's status, its icon and words in every option. */
export function StatusField({ answers: { entry, label, errors, edit }, readOnly }: AnswerFieldProps): JSX.Element {
  return (
    <VocabularyDropdown<DutyStatus>
      label={strings.CommonDetailsStatus}
      ariaLabel={formatText(strings.MappingStatusAria, label)}
      items={statusWords()}
      selectedKey={entry.status}
      onChange={(status) => edit({ status })}
      disabled={readOnly}
      errorMessage={errors.status}
    />
  );
}

/** The duty's comments (who does this now, opportunities, barriers), saved when they lose focus. */
export function CommentsField({ answers: { entry, label, errors, edit, blur }, readOnly, rows }: AnswerFieldProps & { rows: number }): JSX.Element {
  return (
    <NamedTextField
      label={strings.CommonFieldComments}
      ariaLabel={formatText(strings.MappingCommentsAria, label)}
      description={strings.MappingCommentsHint}
      multiline
      autoAdjustHeight
      rows={rows}
      value={entry.comments}
      onChange={(_e, comments) => edit({ comments: comments ?? '' })}
      onBlur={blur}
      readOnly={readOnly}
      errorMessage={errors.comments}
    />
  );
}
