import { Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { IconPlayerStop } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format';
import type { TransferProgress } from './use-progress';

interface Props {
  title: string;
  hint?: string;
  progress: TransferProgress | null;
  onCancel?: () => void;
  cancelling?: boolean;
}

/** The running phase with its bar (striped while the total is unknown) and a Cancel button. */
export function ProgressPanel({ title, hint, progress, onCancel, cancelling = false }: Props) {
  const { t } = useTranslation();
  const phase = progress?.phase ?? 'prepare';
  // `verify` counts the files finished so far (done = total = files written), not a share of the work.
  const filesDone = progress?.phase === 'verify' ? progress.done : null;
  const known = progress !== null && progress.total > 0 && filesDone === null;
  const value = known ? Math.min(100, Math.round((progress.done / progress.total) * 100)) : 100;
  const label = t(`transfer.phases.${phase}`);
  return (
    <Paper withBorder radius="md" p="lg" data-testid="transfer-progress">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <div>
            <Text fw={600}>{title}</Text>
            {hint ? (
              <Text size="sm" c="dimmed">
                {hint}
              </Text>
            ) : null}
          </div>
          {onCancel ? (
            <Button variant="default" color="red" leftSection={<IconPlayerStop size={16} />} onClick={onCancel} loading={cancelling} disabled={cancelling}>
              {cancelling ? t('transfer.progress.cancelling') : t('transfer.progress.cancel')}
            </Button>
          ) : null}
        </Group>
        <Group justify="space-between">
          <Text size="sm" data-testid="transfer-phase">
            {label}
          </Text>
          {known ? (
            <Text size="sm" c="dimmed">
              {t('transfer.progress.count', { done: formatNumber(progress.done), total: formatNumber(progress.total) })}
            </Text>
          ) : filesDone !== null ? (
            <Text size="sm" c="dimmed">
              {t('transfer.progress.files', { count: filesDone, formatted: formatNumber(filesDone) })}
            </Text>
          ) : null}
        </Group>
        <Progress
          value={value}
          size="lg"
          radius="sm"
          animated={!known}
          aria-label={t('transfer.progress.label', { phase: label })}
          transitionDuration={200}
        />
      </Stack>
    </Paper>
  );
}
