import { mergeStyleSets } from '@fluentui/react';
import type { ITheme } from '@fluentui/react';
import { memoizeFunction } from '@fluentui/react';

export interface TableClasses {
  table: string;
  headerCell: string;
  cell: string;
  areaCell: string;
  value: string;
  muted: string;
  error: string;
  editor: string;
  qsiList: string;
}

/**
 * Styles of an area's table: the form's ruled table, fixed column widths (so
 * nothing scrolls sideways) and a focus ring on the active cell that follows the
 * theme (dark and high contrast included).
 *
 * @param theme - The app's theme.
 * @returns Class names.
 */
export const tableClasses = memoizeFunction((theme: ITheme): TableClasses => {
  const border = `1px solid ${theme.semanticColors.variantBorder}`;
  const cell = {
    border,
    padding: '6px 8px',
    verticalAlign: 'top',
    textAlign: 'left',
    overflowWrap: 'anywhere',
    color: theme.semanticColors.bodyText,
    background: theme.semanticColors.bodyBackground,
    // Keeps a focused cell clear of the sticky bar when it scrolls into view.
    scrollMarginTop: 140,
    scrollMarginBottom: 16,
    selectors: {
      ':focus': { outline: `2px solid ${theme.palette.themePrimary}`, outlineOffset: -2 },
      ':focus:not(:focus-visible)': { outline: `1px dashed ${theme.palette.themePrimary}` }
    }
  } as const;
  return mergeStyleSets({
    table: { width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed', fontSize: theme.fonts.medium.fontSize },
    headerCell: [cell, { fontWeight: 600, background: theme.semanticColors.bodyStandoutBackground, position: 'static' }],
    cell: [cell, { cursor: 'default' }],
    areaCell: [cell, { fontWeight: 600 }],
    value: { margin: 0, whiteSpace: 'pre-wrap' },
    muted: { margin: 0, color: theme.semanticColors.bodySubtext },
    error: { margin: '4px 0 0', color: theme.semanticColors.errorText, fontWeight: 600 },
    editor: { display: 'grid', gap: 6 },
    qsiList: { margin: '4px 0 0', paddingInlineStart: 16, fontWeight: 400 }
  });
});
