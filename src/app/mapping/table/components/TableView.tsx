import * as React from 'react';
import { Text } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { AreaComments, Framework, MappingEntry } from '../../../../model';
import { useDensity } from '../../../shell/host/HostContext';
import { useAreaEntries } from '../../../common/hooks/useAreaEntries';
import type { EditorActions } from '../../editor/contract';
import { useAllCommentsError, useRenderMarks } from '../../views/hooks/useDutyViewBasics';
import type { DutyFilterResult } from '../../filters/filterDuties';
import { AreaTable } from './AreaTable';

export interface TableViewProps {
  mappingId: number;
  framework: Framework;
  entries: Record<string, MappingEntry>;
  areaComments: AreaComments;
  /** The duties the filters let through, per area. */
  filtered: DutyFilterResult;
  readOnly: boolean;
  actions: EditorActions;
}

const HINT_ID = 'idm-table-hint';

/**
 * The duties as the SoR form's tables, one grid per area, editing the same
 * editor state as the cards (same autosave, drafts and conflicts). Leaves User
 * Timing marks for the benchmark, as the card view does.
 */
export function TableView({ mappingId, framework, entries, areaComments, filtered, readOnly, actions }: TableViewProps): JSX.Element {
  const density = useDensity();
  const areaEntries = useAreaEntries(framework, entries);
  useRenderMarks('idm-table', entries);
  // All areas' comments share one column: when together they are too long, every area says so.
  const allCommentsError = useAllCommentsError(areaComments);

  return (
    <div style={{ display: 'grid', gap: density.gap * 1.5 }}>
      <Text block as="p" id={HINT_ID} styles={{ root: { margin: 0 } }}>
        {readOnly ? strings.MappingTableReadOnlyHint : strings.MappingTableKeyboardHint}
      </Text>
      {framework.areas.map((area) => {
        const shown = filtered.byArea[area.id] ?? [];
        return shown.length === 0 ? null : (
          <AreaTable
            key={area.id}
            mappingId={mappingId}
            framework={framework}
            area={area}
            entries={areaEntries[area.id]}
            shown={shown}
            comment={areaComments[area.id] ?? ''}
            allCommentsError={allCommentsError}
            readOnly={readOnly}
            actions={actions}
            hintId={HINT_ID}
          />
        );
      })}
    </div>
  );
}
