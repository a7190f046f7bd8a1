import { memoizeFunction, mergeStyleSets } from '@fluentui/react';
import type { ITheme } from '@fluentui/react';

/** Classes of "Copy link" and "Copy details": the button, what it says, and the text to copy by hand. */
export interface CopyClasses {
  root: string;
}

/** One set a theme: the button, its status and the fallback field wrap on narrow screens. */
export const getCopyClasses = memoizeFunction(
  (theme: ITheme): CopyClasses =>
    mergeStyleSets({
      root: { display: 'inline-flex', flexWrap: 'wrap', alignItems: 'center', gap: theme.spacing.s1 }
    })
);
