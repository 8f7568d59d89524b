import {
  type CSSVariablesResolver,
  createTheme,
  darken,
  luminance,
  type MantineColorsTuple,
  type MantineThemeOverride,
} from '@mantine/core';

// A calm teal, close to the provincial green, readable on office monitors.
const klinik: MantineColorsTuple = [
  '#e8f6f5',
  '#d4ebe9',
  '#a6d6d2',
  '#74c0b9',
  '#4bada5',
  '#33a198',
  '#219a91',
  '#0f867e',
  '#007770',
  '#006660',
];

const systemFont =
  '"Segoe UI", "Noto Sans", Roboto, "Helvetica Neue", Arial, "Liberation Sans", sans-serif';

/** Mantine's gray 6 (#868e96) reads at 3.3:1; this grey keeps secondary text quiet at 6:1. */
const DIMMED = '#5c636a';
const WHITE = '#ffffff';
const CONTROL_BORDER = 'var(--klinik-control-border)';
/** The palette variable Mantine's CSS draws each control's unchecked outline with. */
export const UNCHECKED_OUTLINE = { checkbox: '--mantine-color-gray-4', radio: '--mantine-color-gray-4', switch: '--mantine-color-gray-3' } as const;
const PAGE = '#f8f9fa';

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The first of `candidates` that reads at 4.5:1 (WCAG AA for text) on every background given. */
function readable(shades: readonly string[], backgrounds: string[]): string {
  const candidates = [shades[7]!, shades[8]!, shades[9]!, ...[0.1, 0.2, 0.3, 0.4, 0.5].map((by) => darken(shades[9]!, by))];
  return candidates.find((c) => backgrounds.every((bg) => contrast(c, bg) >= 4.5)) ?? darken(shades[9]!, 0.6);
}

/**
 * Mantine's light scheme puts white on shade 7 and colour text on white, grey and shade 1 (light
 * badges, alerts); several of its palettes and ours fall short of AA there. Each palette gets the
 * first shade that reads at 4.5:1 on those backgrounds, so buttons, links, outlines, light badges
 * and error text keep their hue and become readable.
 */
export const cssVariablesResolver: CSSVariablesResolver = (theme) => {
  const light: Record<string, string> = {};
  for (const [name, shades] of Object.entries(theme.colors)) {
    if (!Array.isArray(shades) || shades.length < 10) continue;
    const filled = readable(shades, [WHITE]);
    const text = readable(shades, [WHITE, PAGE, shades[0]!, shades[1]!]);
    Object.assign(light, {
      [`--mantine-color-${name}-filled`]: filled,
      [`--mantine-color-${name}-filled-hover`]: darken(filled, 0.12),
      [`--mantine-color-${name}-text`]: text,
      [`--mantine-color-${name}-outline`]: text,
      [`--mantine-color-${name}-light-color`]: text,
    });
  }
  return {
    variables: {},
    light: {
      ...light,
      '--mantine-color-dimmed': DIMMED,
      '--mantine-color-anchor': 'var(--mantine-color-klinik-text)',
      '--mantine-color-error': 'var(--mantine-color-red-text)',
      '--mantine-color-success': 'var(--mantine-color-teal-text)',
      '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
      // Field borders (global.css) and unchecked checkbox, radio and switch outlines (below): 3:1 on white and the page grey.
      '--klinik-control-border': 'var(--mantine-color-gray-6)',
    },
    dark: {},
  };
};

/** Names Mantine's own buttons need, in the language of the app. */
export interface ThemeLabels {
  close: string;
  clear: string;
  showPassword: string;
}

const base: MantineThemeOverride = {
  primaryColor: 'klinik',
  primaryShade: { light: 7, dark: 5 },
  focusRing: 'auto',
  colors: { klinik },
  fontFamily: systemFont,
  headings: { fontFamily: systemFont, fontWeight: '600' },
  defaultRadius: 'md',
  cursorType: 'pointer',
  components: {
    TextInput: { defaultProps: { size: 'sm' } },
    Select: { defaultProps: { size: 'sm', allowDeselect: false, checkIconPosition: 'right' } },
    // Mantine outlines an unchecked checkbox and radio in gray 4 and a switch's track in gray 3 (1.5:1
    // on white); each reads that grey as the control border instead. Checked, error and disabled
    // states take other colours and stay as they are.
    Checkbox: { styles: { input: { [UNCHECKED_OUTLINE.checkbox]: CONTROL_BORDER } } },
    Radio: { styles: { radio: { [UNCHECKED_OUTLINE.radio]: CONTROL_BORDER } } },
    Switch: { styles: { track: { [UNCHECKED_OUTLINE.switch]: CONTROL_BORDER } } },
  },
};

/** The theme with Mantine's close, clear and show-password buttons named in the current language. */
export function localisedTheme(labels: ThemeLabels) {
  return createTheme({
    ...base,
    components: {
      ...base.components,
      CloseButton: { defaultProps: { 'aria-label': labels.close } },
      InputClearButton: { defaultProps: { 'aria-label': labels.clear } },
      PasswordInput: { defaultProps: { visibilityToggleButtonProps: { 'aria-label': labels.showPassword } } },
    },
  });
}
