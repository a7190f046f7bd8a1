import * as React from 'react';
import { useTheme } from '@fluentui/react';
import { getTableRegionStyles } from './tableRegion.styles';

export interface TableRegionProps {
  /** Names the region ("Overview table, scrolls sideways"). */
  ariaLabel: string;
  /** The column kept in view while scrolling sideways. */
  stickyKey: string;
  maxHeight?: string;
  children: React.ReactNode;
}

/**
 * Where a wide table scrolls: its own region, focusable so keyboard users can
 * scroll it, and the only thing on the screen wider than its container.
 * `data-is-scrollable` tells Fluent's virtualised List to measure this region.
 */
export function TableRegion({ ariaLabel, stickyKey, maxHeight = '75vh', children }: TableRegionProps): JSX.Element {
  const classes = getTableRegionStyles(useTheme(), stickyKey, maxHeight);
  return (
    <div className={classes.region} role="region" aria-label={ariaLabel} tabIndex={0} data-is-scrollable="true">
      {children}
    </div>
  );
}
