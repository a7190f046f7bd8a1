import type { ITheme } from '@fluentui/react';
import type { Tone } from '../../model';

/**
 * The colour of a status icon, taken from the theme so dark and high-contrast
 * themes get their own readable variants. Labels stay in the body text colour:
 * colour only ever repeats what the label and icon already say.
 *
 * @param theme - The app's theme.
 * @param tone - The vocabulary item's tone.
 * @returns A CSS colour.
 */
export function toneColour(theme: ITheme, tone: Tone): string {
  switch (tone) {
    case 'success':
      return theme.semanticColors.successIcon;
    case 'warning':
      return theme.semanticColors.severeWarningIcon;
    case 'danger':
      return theme.semanticColors.errorIcon;
    case 'muted':
      return theme.semanticColors.bodySubtext;
    default:
      return theme.palette.themePrimary;
  }
}
