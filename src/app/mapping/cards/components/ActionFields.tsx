import * as React from 'react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { GapAction } from '../../../../model';
import { DateField } from '../../../common/components/DateField';
import { NamedTextField } from '../../../common/components/NamedTextField';
import { formatText } from '../../../../wording/format';

export interface ActionFieldsProps {
  /** The duty's text, shortened for accessible names. */
  dutyLabel: string;
  action: GapAction | undefined;
  onChange: (action: GapAction) => void;
  onBlur: () => void;
  readOnly: boolean;
  errors: Record<string, string>;
  /** Layout of the three fields (the row's responsive grid). */
  className?: string;
}

const EMPTY: GapAction = { what: '', owner: '' };

/** What the team will do about a gap: what, who, by when. */
export function ActionFields({ dutyLabel, action, onChange, onBlur, readOnly, errors, className }: ActionFieldsProps): JSX.Element {
  const current = action ?? EMPTY;
  return (
    <div role="group" aria-label={formatText(strings.MappingActionLegend, dutyLabel)} className={className}>
      <NamedTextField
        label={strings.CommonExportColumnAction}
        ariaLabel={formatText(strings.MappingActionWhatAria, dutyLabel)}
        value={current.what}
        onChange={(_e, what) => onChange({ ...current, what: what ?? '' })}
        onBlur={onBlur}
        readOnly={readOnly}
        errorMessage={errors['action.what']}
      />
      <NamedTextField
        label={strings.CommonExportColumnActionOwner}
        ariaLabel={formatText(strings.MappingActionOwnerAria, dutyLabel)}
        value={current.owner}
        onChange={(_e, owner) => onChange({ ...current, owner: owner ?? '' })}
        onBlur={onBlur}
        readOnly={readOnly}
        errorMessage={errors['action.owner']}
      />
      <DateField
        label={strings.CommonExportColumnActionDue}
        ariaLabel={formatText(strings.MappingActionDueAria, dutyLabel)}
        value={current.dueDate}
        onChange={(dueDate) => onChange({ ...current, dueDate })}
        onBlur={onBlur}
        disabled={readOnly}
        errorMessage={errors['action.dueDate']}
      />
    </div>
  );
}
