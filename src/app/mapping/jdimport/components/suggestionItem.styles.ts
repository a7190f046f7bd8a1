import { memoizeFunction, mergeStyleSets } from '@fluentui/react';
import type { ITheme } from '@fluentui/react';

export interface SuggestionItemClasses {
  item: string;
  top: string;
  citation: string;
  buttons: string;
  quiet: string;
}

/**
 * One set a theme, however many suggestions show: a bordered card per clause. Its 6px and 12px
 * spacing is not on the theme's scale (moving it would change what people see), so it stays.
 */
export const getSuggestionItemClasses = memoizeFunction(
  (theme: ITheme): SuggestionItemClasses =>
    mergeStyleSets({
      item: { display: 'grid', gap: 6, padding: 12, border: `1px solid ${theme.semanticColors.bodyDivider}`, borderRadius: 4 },
      top: { display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'baseline' },
      citation: { fontWeight: 600 },
      buttons: { display: 'flex', gap: theme.spacing.s1, alignItems: 'center' },
      quiet: { color: theme.semanticColors.bodySubtext }
    })
);
