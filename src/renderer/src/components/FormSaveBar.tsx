import { Group, Paper, Text } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The bar that stays at the bottom of a long form: what * means and the shortcut, then the form's
 * buttons. Its height goes to `--save-bar-height`, which the page's `scroll-padding-bottom` uses
 * (global.css), so a field that takes the focus scrolls into view above the bar, not under it.
 */
export function FormSaveBar({ note, children }: { note: ReactNode; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const bar = ref.current;
    if (!bar || typeof ResizeObserver === 'undefined') return undefined;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => root.style.setProperty('--save-bar-height', `${bar.offsetHeight}px`));
    observer.observe(bar);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--save-bar-height');
    };
  }, []);
  return (
    <Paper
      ref={ref}
      data-save-bar
      withBorder
      p="sm"
      radius="md"
      shadow="xs"
      style={{ position: 'sticky', bottom: 'var(--mantine-spacing-md)', zIndex: 5 }}
    >
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="xs" c="dimmed">
          {note}
        </Text>
        <Group gap="sm" wrap="nowrap">
          {children}
        </Group>
      </Group>
    </Paper>
  );
}
