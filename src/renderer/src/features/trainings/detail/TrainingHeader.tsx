import { Alert, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPencil, IconRestore, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Training } from '../../../../../shared/contract';
import { call, toApiError } from '../../../lib/api';
import { formatNumber } from '../../../lib/format';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { formatDateRange } from '../dates';
import { placeLabel, topicLabel } from '../labels';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </div>
  );
}

/** Title, topic and the facts of a training, with edit, delete and restore. */
export function TrainingHeader({ training: d, onDelete }: { training: Training; onDelete: () => void }) {
  const { t } = useTranslation();
  const [restoring, setRestoring] = useState(false);
  const none = t('trainings.detail.none');
  const fact = (key: string) => t(`trainings.detail.facts.${key}`);
  const restore = async () => {
    setRestoring(true);
    try {
      await call('trainings:restore', { id: d.id });
      notifySuccess(t('trainings.detail.restoredToast'));
    } catch (err) {
      notifyError(toApiError(err));
    } finally {
      setRestoring(false);
    }
  };
  const funding = d.fundingSource ? [t(`trainings.funding.${d.fundingSource}`), d.fundingNote].filter(Boolean).join(' — ') : (d.fundingNote ?? none);

  return (
    <Stack gap="md" mb="md">
      <Group justify="space-between" align="flex-start" gap="md">
        <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
          <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
            {d.title}
          </Title>
          <Group gap="xs">
            <Badge variant="light" tt="none">
              {topicLabel(t, d)}
            </Badge>
            <Text size="sm" c="dimmed">
              {formatDateRange(d.startDate, d.endDate)} · {t('trainings.detail.days', { count: d.days.length })}
            </Text>
          </Group>
        </Stack>
        {d.deletedAt ? (
          <Button leftSection={<IconRestore size={16} />} onClick={() => void restore()} loading={restoring}>
            {t('trainings.detail.restore')}
          </Button>
        ) : (
          <Group gap="xs">
            <Button component={Link} to={`/pelatihan/${d.id}/ubah`} variant="default" leftSection={<IconPencil size={16} />}>
              {t('trainings.detail.edit')}
            </Button>
            <Button variant="outline" color="red" leftSection={<IconTrash size={16} />} onClick={onDelete}>
              {t('trainings.detail.delete')}
            </Button>
          </Group>
        )}
      </Group>
      {d.deletedAt ? (
        <Alert color="red" variant="light" title={t('trainings.detail.deletedTitle')}>
          {t('trainings.detail.deletedBody')}
        </Alert>
      ) : null}
      <Paper withBorder radius="md" p="md">
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md" verticalSpacing="sm">
          <Fact label={fact('place')}>{placeLabel(d) ?? none}</Fact>
          <Fact label={fact('trainers')}>{d.trainers.length > 0 ? d.trainers.join(', ') : none}</Fact>
          <Fact label={fact('organiser')}>{d.organiser ?? none}</Fact>
          <Fact label={fact('funding')}>{funding}</Fact>
          <Fact label={fact('participants')}>
            {t('trainings.detail.participantsOf', { attended: formatNumber(d.attendedCount), total: formatNumber(d.participantCount) })}
          </Fact>
          <Fact label={fact('capacity')}>{d.capacity !== null ? formatNumber(d.capacity) : none}</Fact>
          <Fact label={fact('prospects')}>{formatNumber(d.prospectCount)}</Fact>
        </SimpleGrid>
        {d.notes ? (
          <Text size="sm" mt="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
            {d.notes}
          </Text>
        ) : null}
      </Paper>
    </Stack>
  );
}
