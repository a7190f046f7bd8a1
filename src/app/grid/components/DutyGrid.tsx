import * as React from 'react';
import { validateAreaComments } from '../../../model';
import type { AreaComments, Framework, MappingEntry } from '../../../model';
import { useDensity } from '../../host/HostContext';
import { useAreaEntries } from '../../common/hooks/useAreaEntries';
import { mark } from '../../common/perf';
import { describeProblem } from '../../common/validationMessages';
import type { EditorActions } from '../../editor/contract';
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
  const firstRender = React.useRef(true);
  if (firstRender.current) mark('idm-grid-render-start');
  React.useEffect(() => {
    mark('idm-grid-rendered');
  }, []);
  React.useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mark('idm-grid-edit-rendered');
  }, [entries]);

  // All areas' comments share one column: when together they are too long, every area says so.
  const allComments = React.useMemo(() => validateAreaComments(areaComments).find((problem) => problem.field === 'areaComments'), [areaComments]);
  const allCommentsError = allComments && describeProblem(allComments);

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
