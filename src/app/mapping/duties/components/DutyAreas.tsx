import * as React from 'react';
import type { Area, AreaComments, Duty, Framework, MappingEntry } from '../../../../model';
import { useDensity } from '../../../shell/host/HostContext';
import type { EditorActions } from '../../editor/contract';
import type { DutyFilterResult } from '../../filters/filterDuties';
import { useAreaEntries } from '../hooks/useAreaEntries';
import { useAllCommentsError, useRenderMarks } from '../hooks/useDutyViewBasics';

/** What a view of the duties (the cards or the table) is given by the mapping screen. */
export interface DutyViewProps {
  mappingId: number;
  framework: Framework;
  entries: Record<string, MappingEntry>;
  areaComments: AreaComments;
  /** The duties the filters let through, per area. */
  filtered: DutyFilterResult;
  readOnly: boolean;
  actions: EditorActions;
}

/** What each area of a view is given. */
export interface AreaViewProps {
  mappingId: number;
  /** The mapping's framework, so messages name the area by its title. */
  framework: Framework;
  area: Area;
  /** The area's entries, one per duty in the area's order; the same array while none of them changed. */
  entries: MappingEntry[];
  /** The duties to show (all of the area's unless filtered). */
  shown: Duty[];
  comment: string;
  /** Set when all areas' comments together are too long (they share one column): every area says so. */
  allCommentsError?: string;
  readOnly: boolean;
  actions: EditorActions;
}

export interface DutyAreasProps extends DutyViewProps {
  /** The view's User Timing marks: 'idm-grid' (cards) or 'idm-table'. */
  marks: 'idm-grid' | 'idm-table';
  /** One area in the view's own layout (memoised, so an edit re-renders only its area). */
  renderArea: (props: AreaViewProps) => JSX.Element;
  /** Shown above the areas. */
  children?: React.ReactNode;
}

/**
 * Every area in the framework's order that has duties the filters let through, each laid out by
 * the view. Leaves the view's User Timing marks for the benchmark after the first render and
 * after each edit's commit.
 */
export function DutyAreas({ marks, renderArea, children, mappingId, framework, entries, areaComments, filtered, readOnly, actions }: DutyAreasProps): JSX.Element {
  const density = useDensity();
  const areaEntries = useAreaEntries(framework, entries);
  useRenderMarks(marks, entries);
  // All areas' comments share one column: when together they are too long, every area says so.
  const allCommentsError = useAllCommentsError(areaComments);

  return (
    <div style={{ display: 'grid', gap: density.gap * 1.5 }}>
      {children}
      {framework.areas.map((area) => {
        const shown = filtered.byArea[area.id] ?? [];
        return shown.length === 0 ? null : (
          <React.Fragment key={area.id}>
            {renderArea({
              mappingId,
              framework,
              area,
              entries: areaEntries[area.id],
              shown,
              comment: areaComments[area.id] ?? '',
              allCommentsError,
              readOnly,
              actions
            })}
          </React.Fragment>
        );
      })}
    </div>
  );
}
