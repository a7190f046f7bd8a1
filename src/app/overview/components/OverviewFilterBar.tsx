import * as React from 'react';
import { Checkbox, Dropdown, SearchBox, Text, Toggle, mergeStyleSets } from '@fluentui/react';
import type { IDropdownOption } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { formatText } from '../../../wording/format';
import type { OverviewFilters } from '../overviewFilters';
import type { FrameworkGroup } from '../overviewRows';
import { SPACING } from '../../common/spacing';

export interface OverviewFilterBarProps {
  groups: FrameworkGroup[];
  group: FrameworkGroup;
  onGroup: (key: string) => void;
  filters: OverviewFilters;
  onFilters: (filters: OverviewFilters) => void;
  includeEarlier: boolean;
  onIncludeEarlier: (value: boolean) => void;
}

const ANY_AREA = '';

const classes = mergeStyleSets({
  bar: { display: 'flex', flexWrap: 'wrap', gap: `${SPACING.s1}px ${SPACING.m}px`, alignItems: 'flex-end' },
  field: { minWidth: 200, maxWidth: 320 }
});

/** Filters of the overview: team, framework, "has a gap in", overdue review or actions, earlier mappings. */
export function OverviewFilterBar({ groups, group, onGroup, filters, onFilters, includeEarlier, onIncludeEarlier }: OverviewFilterBarProps): JSX.Element {
  const groupOptions: IDropdownOption[] = groups.map((g) => ({ key: g.key, text: formatGroup(g) }));
  const areaOptions: IDropdownOption[] = [{ key: ANY_AREA, text: strings.CommonOverviewAnyArea }, ...group.areas.map((area) => ({ key: area.id, text: area.title }))];
  return (
    <div className={classes.bar} role="search" aria-label={strings.OverviewFiltersLabel}>
      <SearchBox
        className={classes.field}
        placeholder={strings.OverviewTeamFilter}
        ariaLabel={strings.OverviewTeamFilter}
        value={filters.team}
        onChange={(_e, value) => onFilters({ ...filters, team: value ?? '' })}
      />
      {groups.length > 1 ? (
        <Dropdown className={classes.field} label={strings.CommonExportSummaryFramework} options={groupOptions} selectedKey={group.key} onChange={(_e, option) => option && onGroup(String(option.key))} />
      ) : (
        <Text block className={classes.field}>
          {formatText(strings.OverviewFrameworkShown, group.name, group.versions.join(', '))}
        </Text>
      )}
      <Dropdown
        className={classes.field}
        label={strings.OverviewGapFilter}
        options={areaOptions}
        selectedKey={filters.gapInArea ?? ANY_AREA}
        onChange={(_e, option) => onFilters({ ...filters, gapInArea: option && option.key !== ANY_AREA ? String(option.key) : undefined })}
      />
      <Checkbox label={strings.OverviewReviewOverdueFilter} checked={filters.reviewOverdue} onChange={(_e, checked) => onFilters({ ...filters, reviewOverdue: checked === true })} />
      <Checkbox label={strings.OverviewActionsOverdueFilter} checked={filters.actionsOverdue} onChange={(_e, checked) => onFilters({ ...filters, actionsOverdue: checked === true })} />
      <Toggle label={strings.OverviewIncludeEarlier} inlineLabel checked={includeEarlier} onChange={(_e, checked) => onIncludeEarlier(checked === true)} />
    </div>
  );
}

function formatGroup(group: FrameworkGroup): string {
  return `${group.name} (${strings.OverviewVersions} ${group.versions.join(', ')})`;
}
