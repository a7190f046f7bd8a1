import { memoizeFunction, mergeStyleSets } from '@fluentui/react';
import type { ITheme } from '@fluentui/react';

export interface SuggestionReviewClasses {
  review: string;
  list: string;
  nav: string;
}

/**
 * One set a theme: the duty under review, its suggestions and Previous / Next. The review's 12px
 * gap is not on the theme's scale (8 or 16 would change what people see), so it stays as it is.
 */
export const getSuggestionReviewClasses = memoizeFunction(
  (theme: ITheme): SuggestionReviewClasses =>
    mergeStyleSets({
      review: { display: 'grid', gap: 12 },
      list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: theme.spacing.s1 },
      nav: { display: 'flex', gap: theme.spacing.s1, flexWrap: 'wrap' }
    })
);
