/**
 * The app's spacing: Fluent UI v8's spacing scale (theme.spacing: s2 4px, s1 8px, m 16px,
 * l1 20px) as numbers, for `gap` and Stack tokens where a style is not built from the theme.
 * SharePoint and Teams themes change colours, not spacing, so these equal the theme's own.
 * Styles built from the theme (a component's `.styles.ts`) use `theme.spacing` directly.
 */
export const SPACING = {
  /** 4px: between a label and its value, lines of one item. */
  s2: 4,
  /** 8px: between buttons, fields in a row, items of a list. */
  s1: 8,
  /** 16px: between sections of a screen. */
  m: 16,
  /** 20px: list indentation. */
  l1: 20
} as const;
