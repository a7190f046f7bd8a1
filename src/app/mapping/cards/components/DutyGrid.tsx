import * as React from 'react';
import type { AreaComments, Framework, MappingEntry } from '../../../../model';
import { useDensity } from '../../../shell/host/HostContext';
import { useAreaEntries } from '../../../common/hooks/useAreaEntries';
import type { EditorActions } from '../../editor/contract';
import { useAllCommentsError, useRenderMarks } from '../../views/hooks/useDutyViewBasics';
import type { DutyFilterResult } from '../../filters/filterDuties';
import { AreaSection } from './AreaSection';

export interface DutyGridProps {
  mappingId: number;
  framework: Framework;
  entries: Record<string, MappingEntry>;
  areaComments: AreaComments;
  /** The duties the filters let through, per area. */
  filtered: DutyFilterResult;
  readOnly: boolean;
  actions: EditorActions;
}

/**
 * Every area in the framework's order, each with its shown duties. Leaves User
 * Timing marks after the first render and after each edit's commit for the benchmark.
 */
export function DutyGrid({ mappingId, framework, entries, areaComments, filtered, readOnly, actions }: DutyGridProps): JSX.Element {
  const density = useDensity();
  const areaEntries = useAreaEntries(framework, entries);
  useRenderMarks('idm-grid', entries);
  // All areas' comments share one column: when together they are too long, every area says so.
  const allCommentsError = useAllCommentsError(areaComments);

  return (
    <div style={{ display: 'grid', gap: density.gap * 1.5 }}>
      {framework.areas.map((area) => {
        const shown = filtered.byArea[area.id] ?? [];
        return shown.length === 0 ? null : (
          <AreaSection
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
          />
        );
      })}
    </div>
  );
}
