import { Group, Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** The bar that stays at the bottom of a long form: what * means and the shortcut, then the form's buttons. */
export function FormSaveBar({ note, children }: { note: ReactNode; children: ReactNode }) {
  return (
    <Paper withBorder p="sm" radius="md" shadow="xs" style={{ position: 'sticky', bottom: 'var(--mantine-spacing-md)', zIndex: 5 }}>
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
