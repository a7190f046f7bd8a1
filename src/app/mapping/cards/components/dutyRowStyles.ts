import { mergeStyleSets } from '@fluentui/react';
import type { ITheme } from '@fluentui/react';
import type { Tone } from '../../../../model';
import { cardStyle } from '../../../common/cardStyles';
import type { Density } from '../../../shell/host/HostContext';
import { toneColour } from '../../../common/tones';

/**
 * Styles of a duty card. Fields sit in a grid that fits as many ~14rem columns
 * as there is room for, down to one column at 320 px wide or 400% zoom.
 *
 * @param theme - The app's theme.
 * @param density - Spacing for the host's density.
 * @param tone - The status tone, shown as the card's left edge (decoration only; the status is in words too).
 * @returns Class names.
 */
export function dutyRowClasses(theme: ITheme, density: Density, tone: Tone): { card: string; fields: string; wide: string; action: string } {
  return mergeStyleSets({
    card: [
      cardStyle(theme, density.padding),
      { borderLeft: `4px solid ${toneColour(theme, tone)}`, display: 'grid', gap: density.fieldGap }
    ],
    fields: {
      display: 'grid',
      gap: density.fieldGap,
      gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 14rem), 1fr))',
      alignItems: 'start'
    },
    wide: { gridColumn: '1 / -1' },
    action: {
      display: 'grid',
      gap: density.fieldGap,
      gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 14rem), 1fr))',
      alignItems: 'start',
      paddingTop: density.fieldGap,
      borderTop: `1px dashed ${theme.semanticColors.bodyDivider}`
    }
  });
}
