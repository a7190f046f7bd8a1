import * as React from 'react';
import { ChoiceGroup, DefaultButton, MessageBar, mergeStyleSets } from '@fluentui/react';
import type { IChoiceGroupOption } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { DutyView } from '../preferences';

export interface MappingToolbarProps {
  view: DutyView;
  onViewChange: (view: DutyView) => void;
  /** False when the duties' space is too narrow for the table (cards are shown instead). */
  tableFits: boolean;
  onPrint: () => void;
  /** More commands after Print (the export menu). */
  children?: React.ReactNode;
}

const classes = mergeStyleSets({
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: '8px 24px' },
  choices: { selectors: { '.ms-ChoiceFieldGroup-flexContainer': { display: 'flex', flexWrap: 'wrap', gap: '0 16px' } } }
});

/** How the duties are shown (cards or the form's table), printing, and exports. Memoised: none of its props change as people type. */
export const MappingToolbar = React.memo(function MappingToolbar({ view, onViewChange, tableFits, onPrint, children }: MappingToolbarProps): JSX.Element {
  const options = React.useMemo(
    (): IChoiceGroupOption[] => [
      { key: 'cards', text: strings.MappingViewCards },
      { key: 'table', text: strings.MappingViewTable }
    ],
    []
  );
  return (
    <div role="group" aria-label={strings.MappingToolbarLabel}>
      <div className={classes.bar}>
        <ChoiceGroup
          className={classes.choices}
          label={strings.MappingViewSwitchLabel}
          options={options}
          selectedKey={view}
          onChange={(_e, option) => option && onViewChange(option.key === 'table' ? 'table' : 'cards')}
        />
        <DefaultButton iconProps={{ iconName: 'Print' }} onClick={onPrint}>
          {strings.MappingPrintButton}
        </DefaultButton>
        {children}
      </div>
      {view === 'table' && !tableFits && <MessageBar>{strings.MappingViewTableNeedsWidth}</MessageBar>}
    </div>
  );
});
