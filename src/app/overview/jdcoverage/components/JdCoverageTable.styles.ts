import { mergeStyleSets } from '@fluentui/react';
import type { ITheme } from '@fluentui/react';
import { memoizeFunction } from '@fluentui/react';

export interface JdCoverageTableClasses {
  scroller: string;
  table: string;
  caption: string;
  corner: string;
  teamHeader: string;
  areaHeader: string;
  dutyHeader: string;
  cell: string;
  covered: string;
  notFound: string;
  notMapped: string;
  count: string;
  varies: string;
  reference: string;
  icon: string;
  totals: string;
}

/** Styles from the theme's colours and spacing; one set a theme. */
export const getJdCoverageTableClasses = memoizeFunction(
  (theme: ITheme): JdCoverageTableClasses => {
    const border = `1px solid ${theme.semanticColors.bodyDivider}`;
    const cell = { padding: `${theme.spacing.s2} ${theme.spacing.s1}`, borderBottom: border, verticalAlign: 'top', textAlign: 'left' as const };
    return mergeStyleSets({
      scroller: { maxHeight: '75vh', overflow: 'auto', border },
      table: { borderCollapse: 'separate', borderSpacing: 0, minWidth: '100%', fontSize: theme.fonts.medium.fontSize },
      caption: { textAlign: 'left', padding: theme.spacing.s1, fontWeight: 600 },
      corner: [cell, { position: 'sticky', top: 0, left: 0, zIndex: 3, background: theme.semanticColors.bodyBackground, minWidth: 280 }],
      teamHeader: [cell, { position: 'sticky', top: 0, zIndex: 2, background: theme.semanticColors.bodyBackground, minWidth: 120, fontWeight: 600 }],
      areaHeader: [cell, { background: theme.palette.neutralLighter, fontWeight: 600 }],
      dutyHeader: [cell, { position: 'sticky', left: 0, zIndex: 1, background: theme.semanticColors.bodyBackground, fontWeight: 400, maxWidth: 420 }],
      cell,
      covered: { color: theme.semanticColors.successIcon },
      notFound: { color: theme.semanticColors.severeWarningIcon },
      notMapped: { color: theme.palette.neutralSecondary },
      count: [cell, { whiteSpace: 'nowrap' }],
      varies: { display: 'block', fontWeight: 600, fontSize: theme.fonts.small.fontSize },
      reference: { display: 'block', fontSize: theme.fonts.small.fontSize, color: theme.palette.neutralSecondary },
      icon: { marginInlineEnd: theme.spacing.s2, verticalAlign: 'middle' },
      totals: [cell, { fontWeight: 600, background: theme.palette.neutralLighter }]
    });
  }
);
