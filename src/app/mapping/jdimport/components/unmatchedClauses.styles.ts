import { memoizeFunction, mergeStyleSets } from '@fluentui/react';
import type { ITheme } from '@fluentui/react';

export interface UnmatchedClausesClasses {
  list: string;
  citation: string;
}

/** One set a theme for the whole list: up to 200 plain items, none styled on its own. */
export const getUnmatchedClausesClasses = memoizeFunction(
  (theme: ITheme): UnmatchedClausesClasses =>
    mergeStyleSets({
      list: { margin: 0, paddingInlineStart: theme.spacing.l1, display: 'grid', gap: theme.spacing.s2 },
      citation: { fontWeight: 600 }
    })
);
