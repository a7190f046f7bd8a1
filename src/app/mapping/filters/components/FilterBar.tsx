import * as React from 'react';
import { DefaultButton, Dropdown, SearchBox, Text, mergeStyleSets } from '@fluentui/react';
import type { IDropdownOption } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { DutyStatus, Framework } from '../../../../model';
import { useDensity } from '../../../shell/host/HostContext';
import { formatText } from '../../../../wording/format';
import { statusWords } from '../../../../wording/vocabulary';
import type { DutyFilter, DutyFilterResult } from '../filterDuties';
import { isFiltering } from '../filterDuties';

export interface FilterBarProps {
  framework: Framework;
  filter: DutyFilter;
  result: DutyFilterResult;
  onChange: (filter: DutyFilter) => void;
  onClear: () => void;
}

const ALL_AREAS = '__all__';

/** Find and focus: by status, by area, by text; says how many duties are shown. */
function FilterBarView({ framework, filter, result, onChange, onClear }: FilterBarProps): JSX.Element {
  const density = useDensity();
  const classes = mergeStyleSets({
    bar: { display: 'grid', gap: density.fieldGap, gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 16rem), 1fr))', alignItems: 'end' }
  });
  const statusOptions: IDropdownOption[] = statusWords().map((status) => ({ key: status.key, text: status.label }));
  const areaOptions: IDropdownOption[] = [
    { key: ALL_AREAS, text: strings.MappingAllAreas },
    ...framework.areas.map((area) => ({ key: area.id, text: area.title }))
  ];

  const toggleStatus = (key: DutyStatus, selected: boolean): void => {
    const statuses = selected ? [...filter.statuses, key] : filter.statuses.filter((status) => status !== key);
    onChange({ ...filter, statuses });
  };

  return (
    <div role="search" aria-label={strings.MappingFindDutiesLabel} style={{ display: 'grid', gap: density.fieldGap }}>
      <div className={classes.bar}>
        <Dropdown
          label={strings.CommonDetailsStatus}
          multiSelect
          panelProps={{ closeButtonAriaLabel: strings.MappingClose }}
          placeholder={strings.MappingAnyStatus}
          options={statusOptions}
          selectedKeys={filter.statuses}
          onChange={(_e, option) => option && toggleStatus(option.key as DutyStatus, !!option.selected)}
        />
        <Dropdown
          label={strings.CommonExportSummaryAreaColumn}
          options={areaOptions}
          selectedKey={filter.areaId ?? ALL_AREAS}
          panelProps={{ closeButtonAriaLabel: strings.MappingClose }}
          onChange={(_e, option) => option && onChange({ ...filter, areaId: option.key === ALL_AREAS ? undefined : String(option.key) })}
        />
        <SearchBox
          ariaLabel={strings.MappingFilterTextLabel}
          placeholder={strings.MappingFilterTextLabel}
          value={filter.text}
          onChange={(_e, text) => onChange({ ...filter, text: text ?? '' })}
        />
      </div>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: density.fieldGap, alignItems: 'center' }}>
        <Text role="status">{formatText(strings.MappingShowingDuties, result.shown, result.total)}</Text>
        {isFiltering(filter) && <DefaultButton onClick={onClear}>{strings.MappingClearFilters}</DefaultButton>}
      </div>
      {result.shown === 0 && <Text block as="p">{strings.MappingNoDutiesMatch}</Text>}
    </div>
  );
}

/** Memoised: typing in a duty row does not re-render it. */
export const FilterBar = React.memo(FilterBarView);
