import { createTheme, type ITheme } from '@fluentui/react';
import type { HostThemeName } from './types';

/**
 * Fluent UI themes matching Teams' three themes. The app uses only theme
 * semantic colours, so switching the theme here restyles all of it.
 */
const teamsDefault: ITheme = createTheme({
  palette: {
    themePrimary: '#6264a7',
    themeLighterAlt: '#f7f7fb',
    themeLighter: '#e1e1f1',
    themeLight: '#c8c9e4',
    themeTertiary: '#989ac9',
    themeSecondary: '#7173b0',
    themeDarkAlt: '#585a95',
    themeDark: '#4a4c7e',
    themeDarker: '#37385d',
    neutralLighterAlt: '#faf9f8',
    neutralLighter: '#f3f2f1',
    neutralLight: '#edebe9',
    neutralQuaternaryAlt: '#e1dfdd',
    neutralQuaternary: '#d0d0d0',
    neutralTertiaryAlt: '#c8c6c4',
    neutralTertiary: '#a19f9d',
    neutralSecondary: '#605e5c',
    neutralPrimaryAlt: '#3b3a39',
    neutralPrimary: '#242424',
    neutralDark: '#201f1e',
    black: '#000000',
    white: '#ffffff'
  }
});

const teamsDark: ITheme = createTheme({
  isInverted: true,
  palette: {
    themePrimary: '#9ea2ff',
    themeLighterAlt: '#06060a',
    themeLighter: '#191a29',
    themeLight: '#2f304d',
    themeTertiary: '#5f6199',
    themeSecondary: '#8b8fe0',
    themeDarkAlt: '#a7abff',
    themeDark: '#b5b8ff',
    themeDarker: '#c9cbff',
    neutralLighterAlt: '#2d2c2c',
    neutralLighter: '#2c2b2b',
    neutralLight: '#2a2929',
    neutralQuaternaryAlt: '#272626',
    neutralQuaternary: '#252424',
    neutralTertiaryAlt: '#3b3a39',
    neutralTertiary: '#c8c8c8',
    neutralSecondary: '#d0d0d0',
    neutralPrimaryAlt: '#dadada',
    neutralPrimary: '#ffffff',
    neutralDark: '#f4f4f4',
    black: '#f8f8f8',
    white: '#1f1f1f'
  }
});

const teamsContrast: ITheme = createTheme({
  isInverted: true,
  palette: {
    themePrimary: '#ffff01',
    themeLighterAlt: '#000000',
    themeLighter: '#1a1a00',
    themeLight: '#333300',
    themeTertiary: '#999900',
    themeSecondary: '#e6e600',
    themeDarkAlt: '#ffff33',
    themeDark: '#ffff66',
    themeDarker: '#ffff99',
    neutralLighterAlt: '#0a0a0a',
    neutralLighter: '#101010',
    neutralLight: '#1a1a1a',
    neutralQuaternaryAlt: '#202020',
    neutralQuaternary: '#262626',
    neutralTertiaryAlt: '#ffffff',
    neutralTertiary: '#ffffff',
    neutralSecondary: '#ffffff',
    neutralPrimaryAlt: '#ffffff',
    neutralPrimary: '#ffffff',
    neutralDark: '#ffffff',
    black: '#ffffff',
    white: '#000000'
  },
  semanticColors: {
    inputBorder: '#ffffff',
    inputBorderHovered: '#ffff01',
    focusBorder: '#1aebff',
    link: '#ffff01',
    linkHovered: '#1aebff',
    bodyText: '#ffffff',
    bodySubtext: '#ffffff',
    disabledText: '#3ff23f',
    disabledBodyText: '#3ff23f',
    buttonBorder: '#ffffff'
  }
});

const themes: Record<HostThemeName, ITheme> = {
  default: teamsDefault,
  dark: teamsDark,
  contrast: teamsContrast
};

/** The Fluent theme for a Teams theme name. */
export function themeFor(name: HostThemeName): ITheme {
  return themes[name];
}

/** Teams reports "default", "dark" or "contrast"; anything else falls back to default. */
export function toHostThemeName(teamsTheme: string | undefined): HostThemeName {
  return teamsTheme === 'dark' || teamsTheme === 'contrast' ? teamsTheme : 'default';
}
