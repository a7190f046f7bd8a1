import * as React from 'react';
import { Text, Toggle, mergeStyleSets } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { changesSince, findDuty } from '../../../../model';
import type { DutyStatus, Framework, MappingEntry } from '../../../../model';
import type { PreviousMapping } from '../../../../services/overview';
import { StatusBadge } from '../../../common/components/StatusBadge';
import { formatDate, formatText } from '../../../../wording/format';
import { statusWords } from '../../../../wording/vocabulary';
import { useAsync } from '../../../common/hooks/useAsync';
import { useDensity } from '../../../shell/host/HostContext';
import { useServices } from '../../../shell/services/ServicesContext';
import type { DutyFilter } from '../../filters/filterDuties';
import { SPACING } from '../../../common/spacing';

export interface ChangeSincePanelProps {
  mappingId: number;
  /** The mapping it was made from, as read when it was opened (null: none; undefined: not read). */
  previousMappingId?: number | null;
  framework: Framework;
  entries: Record<string, MappingEntry>;
  filter: DutyFilter;
  onFilter: (filter: DutyFilter) => void;
}

function badge(status: DutyStatus): JSX.Element | null {
  const item = statusWords().find((s) => s.key === status);
  return item ? <StatusBadge item={item} /> : null;
}

/**
 * For a mapping made from the team's previous one (the yearly review): what
 * changed since, per duty (status from → to), new and closed gaps, and a
 * switch that shows only the changed duties in the grid. Nothing when the
 * mapping was not made from another one.
 */
export function ChangeSincePanel({ mappingId, previousMappingId, framework, entries, filter, onFilter }: ChangeSincePanelProps): JSX.Element | null {
  const services = useServices();
  const density = useDensity();
  const load = React.useCallback(() => services.overview.loadPrevious(mappingId, previousMappingId), [services, mappingId, previousMappingId]);
  const previous = useAsync<PreviousMapping | undefined>(load);
  const summary = React.useMemo(
    () => (previous.status === 'ready' && previous.data ? changesSince(framework, previous.data.entries, Object.values(entries)) : undefined),
    [previous, framework, entries]
  );
  if (previous.status !== 'ready' || !previous.data || !summary) {
    // A failed comparison never stops the mapping being worked on; it is simply not shown.
    return null;
  }
  const classes = mergeStyleSets({
    panel: { display: 'grid', gap: density.fieldGap },
    list: { margin: 0, paddingInlineStart: SPACING.l1, display: 'grid', gap: SPACING.s2 },
    change: { display: 'inline-flex', flexWrap: 'wrap', gap: 6, alignItems: 'center' }
  });
  const when = previous.data.dateCompleted ? formatText(strings.MappingChangesHeadingDated, formatDate(previous.data.dateCompleted)) : strings.MappingChangesHeading;
  return (
    <section aria-labelledby="idm-changes-heading" className={classes.panel}>
      <Text block as="h3" variant="large" id="idm-changes-heading" styles={{ root: { margin: 0 } }}>
        {when}
      </Text>
      <Text block as="p" styles={{ root: { margin: 0 } }}>
        {formatText(strings.MappingChangesSummary, summary.changed.length, summary.newGaps.length, summary.closedGaps.length)}
      </Text>
      {summary.changed.length > 0 && (
        <>
          <Toggle
            label={strings.MappingChangesOnlyChanged}
            inlineLabel
            checked={filter.dutyIds !== undefined}
            onChange={(_e, checked) => onFilter({ ...filter, dutyIds: checked ? summary.changed.map((c) => c.dutyId) : undefined })}
          />
          <details>
            <summary>{strings.MappingChangesListToggle}</summary>
            <ul className={classes.list} aria-label={strings.MappingChangesListLabel}>
              {summary.changed.map((change) => (
                <li key={change.dutyId}>
                  <span className={classes.change}>
                    <span>{findDuty(framework, change.dutyId)?.duty.text ?? change.dutyId}:</span>
                    {badge(change.from)}
                    <span>{strings.MappingChangesTo}</span>
                    {badge(change.to)}
                  </span>
                </li>
              ))}
            </ul>
          </details>
        </>
      )}
    </section>
  );
}
