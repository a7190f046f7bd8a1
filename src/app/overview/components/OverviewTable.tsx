import * as React from 'react';
import { ConstrainMode, DetailsList, DetailsListLayoutMode, DetailsRow, SelectionMode, mergeStyleSets } from '@fluentui/react';
import type { IDetailsFooterProps } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import type { DeepLinkTarget } from '../../../host/types';
import { mark } from '../../common/perf';
import { ColumnChooser } from '../../common/table/ColumnChooser';
import { ReflowList } from '../../common/table/ReflowList';
import { TableRegion } from '../../common/table/TableRegion';
import { useColumnChoice } from '../../common/table/useColumnChoice';
import { useNarrow } from '../../common/table/useNarrow';
import type { OverviewSort, OverviewTotals, SortKey } from '../overviewFilters';
import type { FrameworkGroup, OverviewRow } from '../overviewRows';
import { overviewColumns } from './overviewColumns';
import type { TableItem } from './overviewColumns';
import { SPACING } from '../../common/spacing';

const classes = mergeStyleSets({
  box: { display: 'grid', gap: SPACING.s1, minWidth: 0, maxWidth: '100%' }
});

export interface OverviewTableProps {
  group: FrameworkGroup;
  rows: OverviewRow[];
  totals: OverviewTotals;
  sort: OverviewSort;
  onSort: (key: SortKey) => void;
  onOpen: (target: DeepLinkTarget) => void;
  latestIds: ReadonlySet<number>;
}

/** Narrower than this, the table reflows to one card per team (WCAG 1.4.10). */
export const OVERVIEW_REFLOW_WIDTH = 600;
const FIXED = ['team'];

/**
 * The overview as a Fluent DetailsList: virtualised (only the rows in view are
 * rendered, so 1,000 teams scroll smoothly), arrow keys move between rows and
 * cells, and a totals row closes the table. It scrolls in its own region with
 * the header and the team column fixed, so the page never scrolls sideways;
 * people choose the columns they need; in a narrow container it reflows to one
 * card per team that still gives every figure.
 */
export function OverviewTable({ group, rows, totals, sort, onSort, onOpen, latestIds }: OverviewTableProps): JSX.Element {
  // For the benchmark: the first commit of the table with its data (render.overviewMs).
  React.useEffect(() => mark('idm-overview-rendered'), []);
  const showSite = React.useMemo(() => rows.some((row) => row.mapping.siteUrl !== undefined), [rows]);
  const all = React.useMemo(() => overviewColumns({ group, sort, onSort, onOpen, latestIds, showSite }), [group, sort, onSort, onOpen, latestIds, showSite]);
  const choice = useColumnChoice('overview', all, FIXED);
  const columns = choice.shown;
  const box = React.useRef<HTMLDivElement>(null);
  const narrow = useNarrow(box, OVERVIEW_REFLOW_WIDTH);
  const items = React.useMemo((): TableItem[] => rows.map((row) => ({ kind: 'row', row })), [rows]);
  const totalsItem = React.useMemo((): TableItem => ({ kind: 'totals', totals, shown: rows.length }), [totals, rows.length]);
  const onRenderFooter = React.useCallback(
    (props?: IDetailsFooterProps): JSX.Element | null =>
      props ? <DetailsRow {...props} item={totalsItem} itemIndex={rows.length} columns={props.columns} selectionMode={SelectionMode.none} /> : null,
    [totalsItem, rows.length]
  );
  return (
    <div ref={box} className={classes.box}>
      <ColumnChooser choice={choice} />
      {narrow ? (
        <ReflowList items={items} columns={columns} footer={totalsItem} ariaLabel={strings.OverviewGridLabel} />
      ) : (
        <TableRegion ariaLabel={strings.OverviewTableRegion} stickyKey="team">
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
        </TableRegion>
      )}
    </div>
  );
}
