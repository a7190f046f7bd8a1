import { memoizeFunction, mergeStyleSets } from '@fluentui/react';
import type { ITextStyles, ITheme } from '@fluentui/react';

export interface JdImportPanelClasses {
  body: string;
  slots: string;
  section: string;
}

/** One set a theme: the panel's sections, and the JD and PS side by side where there is room. */
export const getJdImportPanelClasses = memoizeFunction(
  (theme: ITheme): JdImportPanelClasses =>
    mergeStyleSets({
      body: { display: 'grid', gap: theme.spacing.l1, paddingBlock: theme.spacing.s1 },
      slots: { display: 'grid', gap: theme.spacing.m, gridTemplateColumns: 'repeat(auto-fit, minmax(240px, 1fr))' },
      section: { display: 'grid', gap: theme.spacing.s1 }
    })
);

/** A section's heading (h3) sits on the section's own gap, without the browser's margins. */
export const SECTION_HEADING_STYLES: Partial<ITextStyles> = { root: { margin: 0 } };

/** A document's or a duty's heading: as a section's, in semibold. */
export const ITEM_HEADING_STYLES: Partial<ITextStyles> = { root: { margin: 0, fontWeight: 600 } };
