import * as React from 'react';
import { Text } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { DutyAreas } from '../../duties/components/DutyAreas';
import type { DutyViewProps } from '../../duties/components/DutyAreas';
import { AreaTable } from './AreaTable';

export type TableViewProps = DutyViewProps;

const HINT_ID = 'idm-table-hint';

/**
 * The duties as the SoR form's tables, one grid per area, editing the same
 * editor state as the cards (same autosave, drafts and conflicts). Leaves User
 * Timing marks for the benchmark, as the card view does.
 */
export function TableView(props: TableViewProps): JSX.Element {
  return (
    <DutyAreas {...props} marks="idm-table" renderArea={(area) => <AreaTable {...area} hintId={HINT_ID} />}>
      <Text block as="p" id={HINT_ID} styles={{ root: { margin: 0 } }}>
        {props.readOnly ? strings.MappingTableReadOnlyHint : strings.MappingTableKeyboardHint}
      </Text>
    </DutyAreas>
  );
}
