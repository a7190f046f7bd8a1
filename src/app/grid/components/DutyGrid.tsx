import * as React from 'react';
import type { AreaComments, Framework, MappingEntry } from '../../../model';
import { useDensity } from '../../host/HostContext';
import { mark } from '../../common/perf';
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
 * Each area's entries (in duty order), reusing the previous array while none of
 * them changed, so an edit re-renders only its own area (and, inside it, one row).
 */
function useAreaEntries(framework: Framework, entries: Record<string, MappingEntry>): Record<string, MappingEntry[]> {
  const cache = React.useRef<Record<string, MappingEntry[]>>({});
  const next: Record<string, MappingEntry[]> = {};
  for (const area of framework.areas) {
    const current = area.duties.map((duty) => entries[duty.id]);
    const previous = cache.current[area.id];
    next[area.id] = previous && previous.length === current.length && previous.every((entry, i) => entry === current[i]) ? previous : current;
  }
  cache.current = next;
  return next;
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
            readOnly={readOnly}
            actions={actions}
          />
        );
      })}
    </div>
  );
}
