import type { IRawStyle, ITheme } from '@fluentui/react';

/**
 * A bordered card that follows the theme (light, dark, high contrast).
 *
 * @param theme - The app's theme.
 * @param padding - Inner spacing from the density.
 * @returns Styles for the card's root.
 */
export function cardStyle(theme: ITheme, padding: number): IRawStyle {
  return {
    border: `1px solid ${theme.semanticColors.variantBorder}`,
    borderRadius: 4,
    padding,
    background: theme.semanticColors.bodyBackground,
    color: theme.semanticColors.bodyText,
    minWidth: 0,
    overflowWrap: 'anywhere'
  };
}

/** Hidden on screen but read by screen readers. */
export const visuallyHidden: IRawStyle = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  overflow: 'hidden',
  clip: 'rect(0,0,0,0)',
  border: 0,
  whiteSpace: 'nowrap'
};
