import { ActionIcon, Anchor, Badge, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BusinessDetail, Milestone } from '../../../../shared/contract';
import { InlineError } from '../../components/InlineError';
import { useDialogOpener } from '../../lib/dialog-opener';
import { formatDate } from '../../lib/format';
import { useApiQuery } from '../../lib/query';
import { DeleteMilestoneModal } from './DeleteMilestoneModal';
import { MilestoneModal } from './MilestoneModal';
import { milestoneSentence } from './milestone-sentence';

type Dialog = { kind: 'create' } | { kind: 'edit'; milestone: Milestone } | { kind: 'delete'; milestone: Milestone } | null;

const day = (iso: string) => formatDate(`${iso}T00:00:00Z`, 'UTC');

function MilestoneRow({ m, live, onEdit, onDelete }: { m: Milestone; live: boolean; onEdit: () => void; onDelete: () => void }) {
  const { t } = useTranslation();
  const sentence = milestoneSentence(m, t);
  return (
    <Group component="li" justify="space-between" align="flex-start" wrap="nowrap" gap="sm" data-testid="milestone" py={6}>
      <Stack gap={2} style={{ minWidth: 0 }}>
        <Group gap="xs">
          <Text size="sm" c="dimmed" ff="monospace">
            {day(m.date)}
          </Text>
          <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }} data-testid="milestone-sentence">
            {sentence}
          </Text>
        </Group>
        {m.consultationId || m.trainingId ? (
          <Group gap="md">
            {m.consultationId ? (
              <Text size="xs">
                {t('impact.creditConsultation')}{' '}
                <Anchor component={Link} to={`/konsultasi/${m.consultationId}`} size="xs">
                  {m.consultationNumber ?? m.consultationId}
                </Anchor>
              </Text>
            ) : null}
            {m.trainingId ? (
              <Text size="xs">
                {t('impact.creditTraining')}{' '}
                <Anchor component={Link} to={`/pelatihan/${m.trainingId}`} size="xs">
                  {m.trainingTitle ?? m.trainingId}
                </Anchor>
              </Text>
            ) : null}
          </Group>
        ) : null}
        {m.evidence ? (
          <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {t('impact.evidence', { text: m.evidence })}
          </Text>
        ) : (
          <Badge size="sm" variant="light" color="orange" w="fit-content">
            {t('impact.noEvidence')}
          </Badge>
        )}
        {m.note ? (
          <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {m.note}
          </Text>
        ) : null}
      </Stack>
      {live ? (
        <Group gap={4} wrap="nowrap">
          <ActionIcon variant="subtle" color="gray" aria-label={t('impact.editFor', { what: sentence })} onClick={onEdit}>
            <IconPencil size={16} />
          </ActionIcon>
          <ActionIcon variant="subtle" color="red" aria-label={t('impact.deleteFor', { what: sentence })} onClick={onDelete}>
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ) : null}
    </Group>
  );
}

/** "Dampak" on a business's page: its milestones, newest first, each credited and with its evidence. */
export function ImpactSection({ business, ...paper }: { business: BusinessDetail; mt?: string }) {
  const { t } = useTranslation();
  const live = !business.deletedAt && !business.mergedIntoId;
  const list = useApiQuery('impact:list', { businessId: business.id });
  const [dialog, setOpenDialog] = useState<Dialog>(null);
  const opener = useDialogOpener();
  const setDialog = (next: Dialog) => {
    opener.remember();
    setOpenDialog(next);
  };
  const close = () => {
    setOpenDialog(null);
    opener.restore();
  };
  const rows = list.data ?? [];
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="impact-title" {...paper}>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h5" id="impact-title">
          {t('impact.title')}
        </Title>
        {live ? (
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setDialog({ kind: 'create' })}>
            {t('impact.add')}
          </Button>
        ) : null}
      </Group>
      {list.error && !list.data ? <InlineError error={list.error} onRetry={list.refetch} /> : null}
      {!list.data && !list.error ? <Loader size="sm" aria-label={t('app.loading')} /> : null}
      {list.data && rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('impact.empty')}
        </Text>
      ) : null}
      {rows.length > 0 ? (
        <Stack component="ul" gap={0} aria-label={t('impact.listLabel')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {rows.map((m) => (
            <MilestoneRow
              key={m.id}
              m={m}
              live={live}
              onEdit={() => setDialog({ kind: 'edit', milestone: m })}
              onDelete={() => setDialog({ kind: 'delete', milestone: m })}
            />
          ))}
        </Stack>
      ) : null}
      {dialog?.kind === 'create' ? <MilestoneModal opened businessId={business.id} onClose={close} /> : null}
      {dialog?.kind === 'edit' ? <MilestoneModal key={dialog.milestone.id} opened businessId={business.id} milestone={dialog.milestone} onClose={close} /> : null}
      {dialog?.kind === 'delete' ? <DeleteMilestoneModal key={dialog.milestone.id} opened milestone={dialog.milestone} onClose={close} /> : null}
    </Paper>
  );
}
