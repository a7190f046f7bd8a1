import * as React from 'react';
import { ConstrainMode, DetailsList, DetailsListLayoutMode, DetailsRow, SelectionMode } from '@fluentui/react';
import type { IDetailsFooterProps } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { DeepLinkTarget } from '../../../host/types';
import { mark } from '../../common/perf';
import type { OverviewSort, OverviewTotals, SortKey } from '../overviewFilters';
import type { FrameworkGroup, OverviewRow } from '../overviewRows';
import { overviewColumns } from './overviewColumns';
import type { TableItem } from './overviewColumns';

export interface OverviewTableProps {
  group: FrameworkGroup;
  rows: OverviewRow[];
  totals: OverviewTotals;
  sort: OverviewSort;
  onSort: (key: SortKey) => void;
  onOpen: (target: DeepLinkTarget) => void;
  latestIds: ReadonlySet<number>;
}

/**
 * The overview as a Fluent DetailsList: virtualised (only the rows in view are
 * rendered, so 1,000 teams scroll smoothly), arrow keys move between rows and
 * cells, and a totals row closes the table.
 */
export function OverviewTable({ group, rows, totals, sort, onSort, onOpen, latestIds }: OverviewTableProps): JSX.Element {
  // For the benchmark: the first commit of the table with its data (render.overviewMs).
  React.useEffect(() => mark('idm-overview-rendered'), []);
  const showSite = React.useMemo(() => rows.some((row) => row.mapping.siteUrl !== undefined), [rows]);
  const columns = React.useMemo(() => overviewColumns({ group, sort, onSort, onOpen, latestIds, showSite }), [group, sort, onSort, onOpen, latestIds, showSite]);
  const items = React.useMemo((): TableItem[] => rows.map((row) => ({ kind: 'row', row })), [rows]);
  const totalsItem = React.useMemo((): TableItem => ({ kind: 'totals', totals, shown: rows.length }), [totals, rows.length]);
  const onRenderFooter = React.useCallback(
    (props?: IDetailsFooterProps): JSX.Element | null =>
      props ? <DetailsRow {...props} item={totalsItem} itemIndex={rows.length} columns={props.columns} selectionMode={SelectionMode.none} /> : null,
    [totalsItem, rows.length]
  );
  return (
    <div data-is-scrollable="true" style={{ maxHeight: '75vh', overflow: 'auto' }}>
      <DetailsList
        items={items}
        columns={columns}
        getKey={(item: TableItem) => (item.kind === 'row' ? String(item.row.mapping.id) : 'totals')}
        selectionMode={SelectionMode.none}
        layoutMode={DetailsListLayoutMode.fixedColumns}
        constrainMode={ConstrainMode.unconstrained}
        ariaLabelForGrid={strings.OverviewGridLabel}
        onRenderDetailsFooter={onRenderFooter}
        usePageCache
      />
    </div>
  );
}
