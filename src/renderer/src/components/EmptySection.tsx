import { Badge, EmptyState, Paper } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The tidy placeholder of a section that is not built yet: says what will be there. */
export function EmptySection({ icon, title, description }: { icon: ReactNode; title: string; description: string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="lg" p="xl" maw={720}>
      <EmptyState variant="light" icon={icon} title={title} description={description} size="lg">
        <EmptyState.Actions>
          <Badge variant="light" color="gray">
            {t('empty.soon')}
          </Badge>
        </EmptyState.Actions>
      </EmptyState>
    </Paper>
  );
}
