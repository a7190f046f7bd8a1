import { mergeStyleSets, memoizeFunction } from '@fluentui/react';
import type { ITheme } from '@fluentui/react';

/**
 * A table's own scrolling region: the table scrolls inside it in both
 * directions, so the page never does, with the header row fixed at the top
 * and the first column (the column keyed `stickyKey`, e.g. the team) fixed at
 * the left. Fluent's DetailsList marks header cells with `data-item-key` and
 * row cells with `data-automation-key`, which is what the sticky rules select.
 */
export const getTableRegionStyles = memoizeFunction((theme: ITheme, stickyKey: string, maxHeight: string) => {
  const background = theme.semanticColors.bodyBackground;
  return mergeStyleSets({
    region: {
      maxWidth: '100%',
      minWidth: 0,
      maxHeight,
      overflow: 'auto',
      border: `1px solid ${theme.semanticColors.bodyDivider}`,
      selectors: {
        ':focus-visible': { outline: `2px solid ${theme.palette.themePrimary}`, outlineOffset: 1 },
        '.ms-DetailsList': { overflow: 'visible' },
        '.ms-DetailsList-headerWrapper': { position: 'sticky', top: 0, zIndex: 2, background },
        [`.ms-DetailsHeader-cell[data-item-key="${stickyKey}"]`]: { position: 'sticky', left: 0, zIndex: 3, background },
        [`.ms-DetailsRow-cell[data-automation-key="${stickyKey}"]`]: {
          position: 'sticky',
          left: 0,
          zIndex: 1,
          background,
          borderRight: `1px solid ${theme.semanticColors.bodyDivider}`
        },
        [`.ms-DetailsRow:hover .ms-DetailsRow-cell[data-automation-key="${stickyKey}"]`]: { background: theme.semanticColors.listItemBackgroundHovered }
      }
    }
  });
});
