import { concatStyleSetsWithProps } from '@fluentui/react';
import type { ILabelStyleProps, ILabelStyles, IStyleFunctionOrObject, ITheme } from '@fluentui/react';

/**
 * The host's theme with the app's one component-wide adjustment: Fluent's
 * Label keeps `overflow-wrap: break-word`, which does not let a grid or flex
 * item shrink below its longest word, so a label naming a 200-character area
 * with a pasted reference in it ("Comments on Area 1: …") widened the page at
 * 320 px. `anywhere` breaks such a word only where it must (WCAG 1.4.10
 * Reflow). Given through the theme's `components`, it reaches labels in
 * panels and dialogs too.
 *
 * @param theme - The host's theme.
 * @returns The theme the app renders in.
 */
export function appTheme(theme: ITheme): ITheme {
  const label = theme.components?.Label;
  const theirs = label?.styles as IStyleFunctionOrObject<ILabelStyleProps, ILabelStyles> | undefined;
  const styles = (props: ILabelStyleProps): Partial<ILabelStyles> => concatStyleSetsWithProps(props, theirs, { root: { overflowWrap: 'anywhere' } });
  return { ...theme, components: { ...theme.components, Label: { ...label, styles } } };
}
