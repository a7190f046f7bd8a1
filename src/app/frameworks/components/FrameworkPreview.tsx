import * as React from 'react';
import { createEntries } from '../../../model';
import type { Framework, MappingEntry } from '../../../model';
import { DutyGrid } from '../../mapping/cards/components/DutyGrid';
import { FrameworkIntro } from '../../mapping/intro/FrameworkIntro';
import { NO_FILTER, filterDuties } from '../../mapping/filters/filterDuties';
import type { EditorActions } from '../../mapping/editor/contract';

/** A preview never edits anything: the grid is read-only, so these are never called. */
const NO_ACTIONS: EditorActions = {
  editEntry: () => undefined,
  editHeader: () => undefined,
  editAreaComment: () => undefined,
  resolve: () => undefined,
  saveNow: () => Promise.resolve()
};

/**
 * The draft exactly as teams will see it: the same introduction and
 * read-only duty grid a new mapping shows, every duty Not yet reviewed.
 */
export function FrameworkPreview({ framework }: { framework: Framework }): JSX.Element {
  const entries = React.useMemo(() => {
    const byDuty: Record<string, MappingEntry> = {};
    for (const entry of createEntries(framework)) {
      byDuty[entry.dutyId] = entry;
    }
    return byDuty;
  }, [framework]);
  const filtered = React.useMemo(() => filterDuties(framework, entries, NO_FILTER), [framework, entries]);
  return (
    <div>
      <FrameworkIntro framework={framework} />
      <DutyGrid mappingId={0} framework={framework} entries={entries} areaComments={{}} filtered={filtered} readOnly actions={NO_ACTIONS} />
    </div>
  );
}
