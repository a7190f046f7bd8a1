import * as React from 'react';
import { Dropdown, useTheme } from '@fluentui/react';
import type { IDropdownOption, IDropdownStyles } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { StatusBadge } from '../../../common/components/StatusBadge';
import type { VocabularyWord } from '../../../../wording/vocabulary';

export interface VocabularyDropdownProps<K extends string> {
  label: string;
  ariaLabel: string;
  items: readonly VocabularyWord<K>[];
  selectedKey: K;
  onChange: (key: K) => void;
  disabled?: boolean;
  errorMessage?: string;
}

function renderOption(option?: IDropdownOption): JSX.Element | null {
  const item = option?.data as VocabularyWord<string> | undefined;
  return item ? <StatusBadge item={item} /> : null;
}

function renderTitle(options?: IDropdownOption[]): JSX.Element | null {
  return renderOption(options?.[0]);
}

/** A dropdown whose options and selected value show icon + label (+ theme colour), never colour alone. */
export function VocabularyDropdown<K extends string>({
  label,
  ariaLabel,
  items,
  selectedKey,
  onChange,
  disabled,
  errorMessage
}: VocabularyDropdownProps<K>): JSX.Element {
  const theme = useTheme();
  const options = React.useMemo(
    (): IDropdownOption[] => items.map((item) => ({ key: item.key, text: item.label, title: item.description, data: item })),
    [items]
  );
  // Read-only (a Visitor's view) is drawn as disabled, but its label and value are what the
  // person came to read: they keep the body text colour, not Fluent's faint disabled grey.
  const styles = React.useMemo(
    (): Partial<IDropdownStyles> | undefined =>
      disabled
        ? {
            title: { color: theme.semanticColors.bodyText },
            subComponentStyles: { label: { root: { color: theme.semanticColors.bodyText } }, panel: {}, multiSelectItem: {} }
          }
        : undefined,
    [disabled, theme]
  );
  return (
    <Dropdown
      label={label}
      ariaLabel={ariaLabel}
      options={options}
      selectedKey={selectedKey}
      onChange={(_e, option) => option && onChange(option.key as K)}
      onRenderOption={renderOption}
      onRenderTitle={renderTitle}
      panelProps={{ closeButtonAriaLabel: strings.MappingClose }}
      disabled={disabled}
      errorMessage={errorMessage}
      styles={styles}
    />
  );
}
