import { defaultDarkTheme, defaultLightTheme, type RaThemeOptions } from 'react-admin';

/**
 * react-admin's default themes, with the light blues a shade darker so that text in them meets WCAG AA's
 * 4.5:1: the app bar's white on #2196f3 is 3.12:1 (5.75:1 on #1565c0), and links, buttons and focused labels
 * in #1976d2 are 4.41:1 on the page's #fafafb and 4.03:1 on an input's #f0f0f0 (5.5:1 and 5.0:1 in #1565c0).
 */
export const lightTheme: RaThemeOptions = {
  ...defaultLightTheme,
  palette: {
    ...defaultLightTheme.palette,
    primary: { light: '#5e92f3', main: '#1565c0', dark: '#003c8f', contrastText: '#fff' },
    secondary: { light: '#5e92f3', main: '#1565c0', dark: '#003c8f', contrastText: '#fff' },
    // The edit toolbar's Delete in #d32f2f is 3.77:1 on the toolbar's #e0e0e0 (4.98:1 in #b71c1c).
    error: { light: '#ef5350', main: '#b71c1c', dark: '#7f0000', contrastText: '#fff' },
  },
};

export const darkTheme: RaThemeOptions = defaultDarkTheme;
