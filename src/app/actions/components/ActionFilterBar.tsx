import * as React from 'react';
import { Checkbox, Dropdown, mergeStyleSets } from '@fluentui/react';
import type { IDropdownOption } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { ActionFilters } from '../actionRows';
import { SPACING } from '../../common/spacing';

export interface ActionFilterBarProps {
  owners: string[];
  teams: string[];
  areas: string[];
  filters: ActionFilters;
  onFilters: (filters: ActionFilters) => void;
  /** "My actions": the owner is fixed to me. */
  mine: boolean;
}

const ANY = '\u0000any';
const NO_OWNER = '\u0000none';

const classes = mergeStyleSets({
  bar: { display: 'flex', flexWrap: 'wrap', gap: `${SPACING.s1}px ${SPACING.m}px`, alignItems: 'flex-end' },
  field: { minWidth: 180, maxWidth: 300 }
});

function options(values: string[], any: string): IDropdownOption[] {
  return [{ key: ANY, text: any }, ...values.map((value) => ({ key: value, text: value }))];
}

/** Filters of the action tracker: owner, team, area, overdue and "no action yet". */
export function ActionFilterBar({ owners, teams, areas, filters, onFilters, mine }: ActionFilterBarProps): JSX.Element {
  const ownerOptions: IDropdownOption[] = [
    { key: ANY, text: strings.ActionsAnyOwner },
    { key: NO_OWNER, text: strings.ActionsNoOwner },
    ...owners.filter((o) => o !== '').map((o) => ({ key: o, text: o }))
  ];
  const pick = (option: IDropdownOption | undefined): string | undefined => (option === undefined || option.key === ANY ? undefined : String(option.key));
  return (
    <div className={classes.bar} role="search" aria-label={strings.ActionsFiltersLabel}>
      {!mine && (
        <Dropdown
          className={classes.field}
          label={strings.CommonExportColumnOwner}
          options={ownerOptions}
          selectedKey={filters.owner === undefined ? ANY : filters.owner === '' ? NO_OWNER : filters.owner}
          onChange={(_e, option) => onFilters({ ...filters, owner: option?.key === NO_OWNER ? '' : pick(option) })}
        />
      )}
      <Dropdown className={classes.field} label={strings.CommonTeamLabel} options={options(teams, strings.ActionsAnyTeam)} selectedKey={filters.team ?? ANY} onChange={(_e, option) => onFilters({ ...filters, team: pick(option) })} />
      <Dropdown className={classes.field} label={strings.CommonExportSummaryAreaColumn} options={options(areas, strings.CommonOverviewAnyArea)} selectedKey={filters.area ?? ANY} onChange={(_e, option) => onFilters({ ...filters, area: pick(option) })} />
      <Checkbox label={strings.CommonOverviewOverdue} checked={filters.overdue} onChange={(_e, checked) => onFilters({ ...filters, overdue: checked === true })} />
      <Checkbox label={strings.ActionsNoActionYet} checked={filters.noActionYet} onChange={(_e, checked) => onFilters({ ...filters, noActionYet: checked === true })} />
    </div>
  );
}
