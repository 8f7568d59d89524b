import { Button, Group, Loader, Stack, Tabs, Text } from '@mantine/core';
import { IconCalendarCheck, IconFileImport, IconTrash, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Participant, Training } from '../../../../../shared/contract';
import { InlineError } from '../../../components/InlineError';
import { call } from '../../../lib/api';
import { notifySuccess } from '../../../lib/notify';
import { useApiQuery } from '../../../lib/query';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { BackLink } from '../../../components/BackLink';
import { ImportWizard } from '../import/ImportWizard';
import { AttendanceGrid } from './AttendanceGrid';
import { CheckInModal } from './CheckInModal';
import { ConvertModal } from './ConvertModal';
import { DeleteTrainingModal } from './DeleteTrainingModal';
import { ParticipantModal } from './ParticipantModal';
import { ParticipantsTable } from './ParticipantsTable';
import { TrainingHeader } from './TrainingHeader';

type Dialog =
  | { kind: 'delete' }
  | { kind: 'add' }
  | { kind: 'edit'; participant: Participant }
  | { kind: 'remove'; participant: Participant }
  | { kind: 'import' }
  | { kind: 'checkIns' }
  | null;

function RemoveModal({ participant, onClose }: { participant: Participant | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      opened={participant !== null}
      onClose={onClose}
      title={t('trainings.participants.removeTitle')}
      confirmLabel={t('trainings.participants.removeConfirm')}
      onConfirm={async () => {
        if (!participant) return;
        await call('participants:remove', { id: participant.id });
        notifySuccess(t('trainings.participants.removed'));
      }}
      confirmIcon={<IconTrash size={16} />}
      onRefusal="stay"
    >
      <Text size="sm">{t('trainings.participants.removeBody', { name: participant?.name ?? '' })}</Text>
    </ConfirmDialog>
  );
}

function Detail({ training }: { training: Training }) {
  const { t } = useTranslation();
  const participants = useApiQuery('participants:list', { trainingId: training.id });
  const [dialog, setDialog] = useState<Dialog>(null);
  const [converting, setConverting] = useState<Participant | null>(null);
  const [tab, setTab] = useState<string | null>('participants');
  const close = () => setDialog(null);
  const readOnly = training.deletedAt !== null;
  const rows = participants.data ?? [];

  return (
    <>
      <BackLink to="/pelatihan" label={t('trainings.back')} />
      <TrainingHeader training={training} onDelete={() => setDialog({ kind: 'delete' })} />
      <Tabs value={tab} onChange={setTab}>
        <Tabs.List mb="md">
          <Tabs.Tab value="participants">
            {t('trainings.detail.tabs.participants')} ({rows.length})
          </Tabs.Tab>
          <Tabs.Tab value="attendance">{t('trainings.detail.tabs.attendance')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="participants">
          <Stack gap="sm">
            {readOnly ? null : (
              <Group gap="xs">
                <Button leftSection={<IconUserPlus size={16} />} onClick={() => setDialog({ kind: 'add' })}>
                  {t('trainings.participants.add')}
                </Button>
                <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={() => setDialog({ kind: 'import' })}>
                  {t('trainings.participants.import')}
                </Button>
                <Button
                  variant="default"
                  leftSection={<IconCalendarCheck size={16} />}
                  onClick={() => setDialog({ kind: 'checkIns' })}
                  disabled={rows.length === 0}
                >
                  {t('trainings.participants.checkIns')}
                </Button>
              </Group>
            )}
            {participants.error ? <InlineError error={participants.error} onRetry={participants.refetch} /> : null}
            {!participants.data && participants.loading ? <Loader size="sm" aria-label={t('app.loading')} /> : null}
            {participants.data && rows.length === 0 ? (
              <Text c="dimmed" size="sm">
                {t('trainings.participants.empty')}
              </Text>
            ) : null}
            {rows.length > 0 ? (
              <ParticipantsTable
                training={training}
                participants={rows}
                readOnly={readOnly}
                onEdit={(participant) => setDialog({ kind: 'edit', participant })}
                onRemove={(participant) => setDialog({ kind: 'remove', participant })}
                onConvert={setConverting}
              />
            ) : null}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="attendance">
          {participants.data ? (
            <AttendanceGrid training={training} participants={rows} readOnly={readOnly} />
          ) : null}
        </Tabs.Panel>
      </Tabs>
      <DeleteTrainingModal training={training} opened={dialog?.kind === 'delete'} onClose={close} />
      <ParticipantModal
        training={training}
        participant={dialog?.kind === 'edit' ? dialog.participant : undefined}
        opened={dialog?.kind === 'add' || dialog?.kind === 'edit'}
        onClose={close}
      />
      <RemoveModal participant={dialog?.kind === 'remove' ? dialog.participant : null} onClose={close} />
      <ImportWizard training={training} opened={dialog?.kind === 'import'} onClose={close} />
      <CheckInModal training={training} opened={dialog?.kind === 'checkIns'} onClose={close} />
      <ConvertModal participant={converting} onClose={() => setConverting(null)} />
    </>
  );
}

/** `/pelatihan/:id`: the training's facts, its participants and their attendance. */
export function TrainingDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const training = useApiQuery('trainings:get', { id });
  if (training.error && !training.data) {
    return (
      <>
        <BackLink to="/pelatihan" label={t('trainings.back')} />
        <InlineError error={training.error} onRetry={training.refetch} />
      </>
    );
  }
  if (!training.data || training.data.id !== id) return <Loader aria-label={t('app.loading')} />;
  return <Detail key={training.data.id} training={training.data} />;
}
