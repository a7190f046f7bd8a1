import { hiddenContentStyle, memoizeFunction, mergeStyleSets } from '@fluentui/react';
import type { ITheme } from '@fluentui/react';

export interface LikelyGapsClasses {
  list: string;
  item: string;
  duty: string;
  quiet: string;
  done: string;
  hidden: string;
}

/**
 * One set a theme, however many duties are listed: a bordered card per duty. The card's 12px
 * padding and the 6px beside the Gap icon are not on the theme's scale, so they stay as they are.
 */
export const getLikelyGapsClasses = memoizeFunction(
  (theme: ITheme): LikelyGapsClasses =>
    mergeStyleSets({
      list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: theme.spacing.s1 },
      item: { display: 'grid', gap: theme.spacing.s2, padding: 12, border: `1px solid ${theme.semanticColors.bodyDivider}`, borderRadius: 4 },
      duty: { fontWeight: 600 },
      quiet: { color: theme.semanticColors.bodySubtext },
      done: { display: 'inline-flex', gap: 6, alignItems: 'center' },
      hidden: hiddenContentStyle
    })
);
