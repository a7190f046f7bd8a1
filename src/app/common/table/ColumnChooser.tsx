import * as React from 'react';
import { Dropdown, mergeStyleSets } from '@fluentui/react';
import type { IDropdownOption } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { formatText } from '../../../wording/format';
import type { ColumnChoice } from './useColumnChoice';

const classes = mergeStyleSets({
  chooser: { minWidth: 180, maxWidth: 320, width: '100%' }
});

/** A multi-select of the columns a table shows ("Columns: 9 of 12"). */
export function ColumnChooser({ choice }: { choice: ColumnChoice }): JSX.Element {
  const options: IDropdownOption[] = choice.optional.map((c) => ({ key: c.key, text: c.name, selected: !choice.hidden.has(c.key) }));
  const onChange = (_e: unknown, option?: IDropdownOption): void => {
    if (!option) {
      return;
    }
    const hidden = new Set(choice.hidden);
    if (option.selected) {
      hidden.delete(String(option.key));
    } else {
      hidden.add(String(option.key));
    }
    choice.setHidden([...hidden]);
  };
  return (
    <Dropdown
      className={classes.chooser}
      label={strings.CommonColumnsLabel}
      multiSelect
      options={options}
      selectedKeys={options.filter((o) => o.selected).map((o) => String(o.key))}
      onChange={onChange}
      onRenderTitle={() => <span>{formatText(strings.CommonColumnsShown, options.filter((o) => o.selected).length, options.length)}</span>}
    />
  );
}
