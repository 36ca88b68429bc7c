import { defaultDarkTheme, defaultLightTheme, type RaThemeOptions } from 'react-admin';

/**
 * react-admin's default themes, with the light blues a shade darker so that text in them meets WCAG AA's
 * 4.5:1: the app bar's white on #2196f3 is 3.12:1 (5.75:1 on #1565c0), and links, buttons and focused labels
 * in #1976d2 are 4.41:1 on the page's #fafafb and 4.03:1 on an input's #f0f0f0 (5.5:1 and 5.0:1 in #1565c0).
 */
type Labelled = { 'aria-label'?: string };

/**
 * react-admin names a list's row checkbox with an `aria-label` on the checkbox's wrapper (a span, where
 * the attribute is not allowed), leaving the input itself unnamed for a screen reader. Every checkbox that
 * is given an `aria-label` carries it on its input instead; one named through its input is left as it is.
 */
const checkboxLabelOnInput = {
  MuiCheckbox: {
    defaultProps: {
      slotProps: {
        root: (owner: Labelled) => (owner['aria-label'] ? { 'aria-label': undefined } : {}),
        input: (owner: Labelled) => (owner['aria-label'] ? { 'aria-label': owner['aria-label'] } : {}),
      },
    },
  },
};

/**
 * react-admin's spinners (the app bar's while any request is out, a page's while it loads) are progress
 * bars without a name, which a screen reader announces as nothing. The theme is built once for both
 * languages, so the name is given in both.
 */
const namedSpinners = {
  MuiCircularProgress: { defaultProps: { 'aria-label': '불러오는 중 · Loading' } },
};

/**
 * An empty list says so ("아직 … 없습니다") in react-admin's half-transparent grey, 2.66:1 on the page; at
 * full opacity in the theme's secondary text colour it reads at 5.7:1.
 */
const readableEmptyList = {
  RaEmpty: {
    styleOverrides: {
      root: { '& .RaEmpty-message': { opacity: 1, color: 'rgba(0, 0, 0, 0.6)' } },
    },
  },
};

export const lightTheme: RaThemeOptions = {
  ...defaultLightTheme,
  components: {
    ...defaultLightTheme.components,
    ...checkboxLabelOnInput,
    ...readableEmptyList,
    ...namedSpinners,
  },
  palette: {
    ...defaultLightTheme.palette,
    primary: { light: '#5e92f3', main: '#1565c0', dark: '#003c8f', contrastText: '#fff' },
    secondary: { light: '#5e92f3', main: '#1565c0', dark: '#003c8f', contrastText: '#fff' },
    // The edit toolbar's Delete in #d32f2f is 3.77:1 on the toolbar's #e0e0e0 (4.98:1 in #b71c1c).
    error: { light: '#ef5350', main: '#b71c1c', dark: '#7f0000', contrastText: '#fff' },
  },
};

export const darkTheme: RaThemeOptions = {
  ...defaultDarkTheme,
  components: { ...defaultDarkTheme.components, ...checkboxLabelOnInput, ...namedSpinners },
};
