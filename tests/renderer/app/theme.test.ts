import { DEFAULT_THEME, luminance, mergeMantineTheme } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { UNCHECKED_OUTLINE, cssVariablesResolver, localisedTheme } from '../../../src/renderer/src/app/theme';

const theme = mergeMantineTheme(DEFAULT_THEME, localisedTheme({ close: 'Tutup', clear: 'Kosongkan', showPassword: 'Tampilkan kata sandi' }));
const light = cssVariablesResolver(theme).light as Record<string, string>;

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** A colour the resolver set, or the palette shade a `var(--mantine-color-x-n)` points at. */
function resolve(value: string | undefined): string {
  const match = /^var\(--mantine-color-([a-z]+)-(\d)\)$/.exec(value ?? '');
  if (match) return theme.colors[match[1]!]![Number(match[2])]!;
  const named = /^var\(--mantine-color-([a-z]+)-text\)$/.exec(value ?? '');
  if (named) return light[`--mantine-color-${named[1]}-text`]!;
  return value ?? '';
}

describe('theme colours', () => {
  it.each(Object.keys(theme.colors))('%s: white on a filled button and coloured text on white, grey and its light shade read at 4.5:1', (name) => {
    const shades = theme.colors[name]!;
    expect(contrast(light[`--mantine-color-${name}-filled`]!, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    for (const bg of ['#ffffff', '#f8f9fa', shades[1]!]) {
      expect(contrast(light[`--mantine-color-${name}-text`]!, bg)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(light[`--mantine-color-${name}-light-color`]!, bg)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('keeps the primary teal for buttons, a step darker than Mantine would take', () => {
    expect(light['--mantine-color-klinik-filled']).toBe(theme.colors['klinik']![8]);
  });

  it('dimmed text, links and error text read at 4.5:1 on white and on the page grey', () => {
    for (const variable of ['--mantine-color-dimmed', '--mantine-color-anchor', '--mantine-color-error']) {
      for (const bg of ['#ffffff', '#f8f9fa']) expect(contrast(resolve(light[variable]), bg)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('field borders and unchecked checkbox, radio and switch outlines reach 3:1 on white and the page grey (WCAG 1.4.11)', () => {
    const border = resolve(light['--klinik-control-border']);
    // White and the page grey; white is also the switch's thumb on its unchecked track.
    for (const bg of ['#ffffff', '#f8f9fa']) expect(contrast(border, bg)).toBeGreaterThanOrEqual(3);
    const styles = (component: string, part: string) => (theme.components[component]?.styles as Record<string, Record<string, string>>)[part]!;
    expect(styles('Checkbox', 'input')[UNCHECKED_OUTLINE.checkbox]).toBe('var(--klinik-control-border)');
    expect(styles('Radio', 'radio')[UNCHECKED_OUTLINE.radio]).toBe('var(--klinik-control-border)');
    expect(styles('Switch', 'track')[UNCHECKED_OUTLINE.switch]).toBe('var(--klinik-control-border)');
  });

  it('names the close, clear and show-password buttons in the given language', () => {
    expect(theme.components['CloseButton']?.defaultProps).toEqual({ 'aria-label': 'Tutup' });
    expect(theme.components['InputClearButton']?.defaultProps).toEqual({ 'aria-label': 'Kosongkan' });
    expect(theme.components['PasswordInput']?.defaultProps).toEqual({ visibilityToggleButtonProps: { 'aria-label': 'Tampilkan kata sandi' } });
  });
});
