import * as React from 'react';
import { DatePicker, DayOfWeek, Label, defaultDatePickerStrings, getId } from '@fluentui/react';
import type { IDatePickerStrings, ITextFieldProps } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { formatDate, fromIsoDate, parseDate, toIsoDate } from '../../../wording/format';

export interface DateFieldProps {
  label: string;
  /** Accessible name when it should say more than the visible label. */
  ariaLabel?: string;
  /** ISO date (yyyy-mm-dd). */
  value?: string;
  onChange: (value: string | undefined) => void;
  disabled?: boolean;
  errorMessage?: string;
  onBlur?: () => void;
}

const DATE_STRINGS: IDatePickerStrings = {
  ...defaultDatePickerStrings,
  invalidInputErrorMessage: strings.CommonDateInvalid,
  isRequiredErrorMessage: strings.CommonDateInvalid
};

// Stable references: DatePicker resets its typed text whenever `formatDate` or `value` change identity.
const formatForPicker = (date?: Date): string => formatDate(date);

/** A date picker the British way: dd/mm/yyyy, weeks from Monday, typed dates accepted. */
export function DateField({ label, ariaLabel, value, onChange, disabled, errorMessage, onBlur }: DateFieldProps): JSX.Element {
  const [labelId] = React.useState(() => getId('idm-date-label'));
  const date = React.useMemo(() => fromIsoDate(value), [value]);
  const textField: ITextFieldProps = { onBlur, description: disabled ? undefined : strings.CommonDateFormatHint };
  if (errorMessage) {
    textField.errorMessage = errorMessage;
  }
  if (!ariaLabel) {
    textField['aria-labelledby'] = labelId;
  }
  // Fluent's own label would add aria-labelledby, which outranks aria-label, so the label is ours.
  // It is never drawn disabled: read-only people still need to read it (its grey fails contrast).
  return (
    <div>
      <Label id={labelId}>
        {label}
      </Label>
      <DatePicker
        ariaLabel={ariaLabel}
        value={date}
        onSelectDate={(picked) => {
          // The picker reports its date again on every blur; only a different date is an edit.
          const next = picked ? toIsoDate(picked) : undefined;
          if ((next ?? '') !== (value ?? '')) {
            onChange(next);
          }
        }}
        formatDate={formatForPicker}
        parseDateFromString={parseDate}
        allowTextInput
        firstDayOfWeek={DayOfWeek.Monday}
        strings={DATE_STRINGS}
        disabled={disabled}
        placeholder={strings.CommonDatePlaceholder}
        textField={textField}
      />
    </div>
  );
}
