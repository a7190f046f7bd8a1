import * as React from 'react';
import { Text } from '@fluentui/react';
import type { IColumn } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { DeepLinkTarget } from '../../../host/types';
import { formatDate, formatPercent, formatText } from '../../../wording/format';
import { AppLink } from '../../shell/navigation/AppLink';
import type { OverviewSort, OverviewTotals, SortKey } from '../overviewFilters';
import type { FrameworkGroup, OverviewRow } from '../overviewRows';
import { AreaCell } from './AreaCell';
import { Flag } from './Flag';
import { siteRef } from '../../shell/sites/siteIds';

/** A row of the table: a team's mapping, or the totals across the rows shown. */
export type TableItem = { kind: 'row'; row: OverviewRow } | { kind: 'totals'; totals: OverviewTotals; shown: number };

type Render = (item: TableItem) => React.ReactNode;

function change(row: OverviewRow): React.ReactNode {
  if (row.coverageChange === undefined) {
    return <Text variant="small">{row.previous ? strings.OverviewNoChangeFigures : strings.OverviewNoPrevious}</Text>;
  }
  const points = Math.round(row.coverageChange * 100);
  const text = points === 0 ? strings.OverviewChangeNone : formatText(points > 0 ? strings.OverviewChangeUp : strings.OverviewChangeDown, Math.abs(points));
  return <Flag iconName={points > 0 ? 'Up' : points < 0 ? 'Down' : 'Remove'} tone="info">{text}</Flag>;
}

function teamCell(row: OverviewRow, latest: boolean, onOpen: (target: DeepLinkTarget) => void): React.ReactNode {
  return (
    <span style={{ display: 'grid', gap: 2 }}>
      <AppLink target={{ mappingId: row.mapping.id }} onOpen={onOpen}>
        {row.mapping.team || strings.CommonOverviewUnnamedTeam}
      </AppLink>
      {!latest && <Text variant="small">{strings.OverviewEarlierMapping}</Text>}
      {!row.mapping.figuresAddUp && (
        <Flag iconName="Warning" tone="warning">
          {row.mapping.entryFigures
            ? formatText(strings.OverviewFiguresFromEntries, row.mapping.entryFigures.gap, row.mapping.entryFigures.partlyInPlace)
            : strings.OverviewFiguresNeedChecking}
        </Flag>
      )}
      {row.mapping.signOffCheck && (
        <Flag iconName="Warning" tone="warning">
          {row.mapping.signOffCheck === 'changedAfterSignOff' ? strings.OverviewChangedAfterSignOff : strings.OverviewRecordNeedsChecking}
        </Flag>
      )}
    </span>
  );
}

function column(key: SortKey, name: string, minWidth: number, render: Render, sort: OverviewSort, onSort: (key: SortKey) => void, ariaLabel?: string): IColumn {
  const sorted = sort.key === key;
  return {
    key,
    name,
    minWidth,
    maxWidth: minWidth * 1.6,
    isResizable: true,
    isMultiline: true,
    isSorted: sorted,
    isSortedDescending: sorted && sort.descending,
    sortAscendingAriaLabel: strings.OverviewSortedAscending,
    sortDescendingAriaLabel: strings.OverviewSortedDescending,
    ariaLabel: formatText(strings.CommonOverviewSortBy, ariaLabel ?? name),
    onColumnClick: () => onSort(key),
    onRender: (item?: TableItem) => (item ? render(item) : null)
  };
}

export interface ColumnOptions {
  group: FrameworkGroup;
  sort: OverviewSort;
  onSort: (key: SortKey) => void;
  onOpen: (target: DeepLinkTarget) => void;
  /** Ids of each team's latest mapping. */
  latestIds: ReadonlySet<number>;
  /** Show each mapping's site (the overview gathers several). */
  showSite?: boolean;
}

/**
 * The overview's columns: team, one per area of the group, then the mapping's
 * coverage, change, dates, people and actions. Each renders both row kinds.
 *
 * @param options - Group, sort, handlers.
 * @returns Columns for DetailsList.
 */
export function overviewColumns({ group, sort, onSort, onOpen, latestIds, showSite = false }: ColumnOptions): IColumn[] {
  const dash = <Text variant="small">{strings.OverviewNotCounted}</Text>;
  const cols: IColumn[] = [
    column('team', strings.CommonTeamLabel, 150, (item) =>
      item.kind === 'row' ? teamCell(item.row, latestIds.has(item.row.mapping.id), onOpen) : <strong>{formatText(strings.OverviewTotalsLabel, item.shown)}</strong>
    , sort, onSort)
  ];
  if (showSite) {
    cols.push({
      key: 'site',
      name: strings.CommonShellSitesColumn,
      minWidth: 90,
      maxWidth: 140,
      isResizable: true,
      isMultiline: true,
      onRender: (item?: TableItem) => (item?.kind === 'row' && item.row.mapping.siteUrl ? <Text variant="small">{siteRef(item.row.mapping.siteUrl).label}</Text> : null)
    });
  }
  for (const area of group.areas) {
    cols.push(
      column(
        `area:${area.id}`,
        area.title,
        150,
        (item) =>
          item.kind === 'row' ? (
            <AreaCell areaTitle={area.title} team={item.row.mapping.team} figures={item.row.areas?.get(area.id)} target={{ mappingId: item.row.mapping.id, areaId: area.id }} onOpen={onOpen} />
          ) : (
            <AreaCell areaTitle={area.title} team="" figures={item.totals.counted > 0 ? item.totals.areas.get(area.id) : undefined} />
          ),
        sort,
        onSort
      )
    );
  }
  cols.push(
    column('coverage', strings.OverviewCoverageColumn, 80, (item) =>
      item.kind === 'row' ? (item.row.mapping.figuresAddUp ? <Text>{formatPercent(item.row.mapping.coverage)}</Text> : dash) : null
    , sort, onSort),
    column('change', strings.OverviewChangeColumn, 110, (item) => (item.kind === 'row' ? change(item.row) : null), sort, onSort),
    column('dateCompleted', strings.CommonDateCompletedLabel, 100, (item) =>
      item.kind === 'row' ? (
        item.row.neverCompleted ? <Flag iconName="Info" tone="warning">{strings.OverviewNeverCompleted}</Flag> : <Text>{formatDate(item.row.mapping.dateCompleted)}</Text>
      ) : null
    , sort, onSort),
    column('completedBy', strings.OverviewCompletedByColumn, 120, (item) => (item.kind === 'row' ? <Text variant="small">{item.row.mapping.completedBy.join(', ') || strings.CommonNobodyYet}</Text> : null), sort, onSort),
    column('reviewDue', strings.OverviewReviewDueColumn, 110, (item) =>
      item.kind === 'row' && item.row.reviewDue ? (
        <span style={{ display: 'grid', gap: 2 }}>
          <Text>{formatDate(item.row.reviewDue)}</Text>
          {item.row.reviewOverdue && <Flag iconName="Warning" tone="error">{strings.CommonOverviewOverdue}</Flag>}
        </span>
      ) : null
    , sort, onSort),
    column('openActions', strings.OverviewOpenActionsColumn, 80, (item) => {
      const value = item.kind === 'row' ? item.row.openActions : item.totals.openActions;
      return value === undefined ? dash : <Text>{value}</Text>;
    }, sort, onSort),
    column('overdueActions', strings.OverviewOverdueActionsColumn, 90, (item) => {
      const value = item.kind === 'row' ? item.row.overdueActions : item.totals.overdueActions;
      if (value === undefined) {
        return dash;
      }
      return value > 0 ? <Flag iconName="Warning" tone="error">{formatText(strings.OverviewOverdueCount, value)}</Flag> : <Text>{value}</Text>;
    }, sort, onSort)
  );
  return cols;
}
