import { memoizeFunction, mergeStyleSets } from '@fluentui/react';
import type { ITheme } from '@fluentui/react';

export interface DocumentSlotClasses {
  slot: string;
  row: string;
  input: string;
}

/** One set a theme: the JD's or PS's slot, its row of buttons, and the file input kept out of sight. */
export const getDocumentSlotClasses = memoizeFunction(
  (theme: ITheme): DocumentSlotClasses =>
    mergeStyleSets({
      slot: { display: 'grid', gap: theme.spacing.s1, alignContent: 'start' },
      row: { display: 'flex', flexWrap: 'wrap', gap: theme.spacing.s1, alignItems: 'center' },
      // The button opens the picker; the input stays out of the tab order but reachable for assistive technology and tests.
      input: { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' }
    })
);
