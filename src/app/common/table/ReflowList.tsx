import * as React from 'react';
import { FocusZone, FocusZoneDirection, List, Text, memoizeFunction, mergeStyleSets, useTheme } from '@fluentui/react';
import type { IColumn, ITheme } from '@fluentui/react';

const getStyles = memoizeFunction((theme: ITheme) =>
  mergeStyleSets({
    list: { margin: 0, padding: 0, minWidth: 0 },
    card: {
      listStyle: 'none',
      borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`,
      padding: '8px 0',
      minWidth: 0,
      overflowWrap: 'anywhere'
    },
    title: { display: 'block', marginBottom: 4 },
    figures: { display: 'grid', gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 3fr)', gap: '2px 8px', margin: 0 },
    name: { margin: 0, color: theme.semanticColors.bodySubtext },
    value: { margin: 0, minWidth: 0 }
  })
);

export interface ReflowListProps<T> {
  items: T[];
  /** Every column shown in the table; the first titles each card, the others are its figures. */
  columns: IColumn[];
  /** Names the list for assistive technology, as the grid is named. */
  ariaLabel: string;
  /** Items after the rows (a totals item), shown the same way. */
  footer?: T;
}

/**
 * A table reflowed for a narrow container (WCAG 1.4.10, 320 CSS pixels): one
 * card per row with every column's name and figure, so nothing is lost and
 * nothing scrolls sideways. Virtualised like the table, for 1,000 teams.
 */
export function ReflowList<T>({ items, columns, ariaLabel, footer }: ReflowListProps<T>): JSX.Element {
  const classes = getStyles(useTheme());
  const all = React.useMemo(() => (footer === undefined ? items : [...items, footer]), [items, footer]);
  const [first, ...rest] = columns;
  const onRenderCell = React.useCallback(
    (item?: T, index?: number): JSX.Element | null =>
      item === undefined ? null : (
        <div className={classes.card}>
          <Text block className={classes.title} variant="mediumPlus">
            {first?.onRender?.(item, index, first)}
          </Text>
          <dl className={classes.figures}>
            {rest.map((column) => (
              <React.Fragment key={column.key}>
                <dt className={classes.name}>
                  <Text variant="small">{column.name}</Text>
                </dt>
                <dd className={classes.value}>{column.onRender?.(item, index, column)}</dd>
              </React.Fragment>
            ))}
          </dl>
        </div>
      ),
    [classes, first, rest]
  );
  return (
    <FocusZone direction={FocusZoneDirection.vertical}>
      <List className={classes.list} aria-label={ariaLabel} items={all} onRenderCell={onRenderCell} />
    </FocusZone>
  );
}
