import { Alert, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconDatabaseExport, IconFileImport, IconRestore } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupItem, BackupStatus } from '../../../../shared/contract/backups';
import { InlineError } from '../../components/InlineError';
import { describeError } from '../../lib/notify';
import { BackupList } from './BackupList';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { RestoreBackupBody, RestoreFileBody } from './RestoreConfirmModal';
import { SecondFolderForm } from './SecondFolderForm';
import { type Outcome, useBackupActions } from './use-backup-actions';
import { useBackupDate } from './use-backup-date';
import { useBackupsQuery } from './use-backups-live';

type Target = { kind: 'backup'; item: BackupItem } | { kind: 'file' };

function StatusLines({ status }: { status: BackupStatus }) {
  const { t } = useTranslation();
  const dateOf = useBackupDate();
  return (
    <Stack gap={2} data-testid="backup-status">
      <Text size="sm" fw={600}>
        {status.lastGoodAt ? t('backups.lastBackup', { date: dateOf(status.lastGoodAt) }) : t('backups.neverBackedUp')}
      </Text>
      {status.secondFolder ? (
        <Text size="sm">
          {status.lastSecondCopyAt ? t('backups.lastSecondCopy', { date: dateOf(status.lastSecondCopyAt) }) : t('backups.noSecondCopyYet')}
        </Text>
      ) : null}
    </Stack>
  );
}

function OutcomeAlert({ outcome, onClose }: { outcome: Outcome; onClose: () => void }) {
  const { t } = useTranslation();
  const dateOf = useBackupDate();
  if (!outcome) return null;
  if (outcome.kind === 'restored') {
    const { restored, safety } = outcome.result;
    return (
      <Alert
        color="teal"
        variant="light"
        role="status"
        // Mantine's teal title on the light teal reads at 4.3:1; the text colour reads well.
        styles={{ title: { color: 'var(--mantine-color-text)' } }}
        icon={<IconCircleCheck size={20} />}
        title={t('backups.restored.title')}
        withCloseButton
        closeButtonLabel={t('app.close')}
        onClose={onClose}
        data-testid="restore-outcome"
      >
        {t('backups.restored.body', { date: dateOf(restored.createdAt), safety: dateOf(safety.createdAt) })}
      </Alert>
    );
  }
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle size={20} />}
      title={outcome.title}
      withCloseButton
      closeButtonLabel={t('app.close')}
      onClose={onClose}
      data-testid="backup-error"
    >
      {describeError(outcome.error).message}
    </Alert>
  );
}

/** Pengaturan › Cadangan data: back up now, the kept backups with their restore, and the second folder. */
export function BackupsTab() {
  const { t } = useTranslation();
  const dateOf = useBackupDate();
  const status = useBackupsQuery('backups:status');
  const list = useBackupsQuery('backups:list');
  const actions = useBackupActions();
  // The last target stays while the dialog fades out, so its text does not change as it closes.
  const [target, setTarget] = useState<Target>({ kind: 'file' });
  const [opened, setOpened] = useState(false);
  const open = (next: Target) => {
    setTarget(next);
    setOpened(true);
  };
  const targetDate = target.kind === 'backup' ? dateOf(target.item.createdAt) : '';

  return (
    <Stack gap="xl" maw={1100}>
      <Stack gap="sm">
        <Text size="sm" c="gray.7" maw={760}>
          {t('backups.intro')}
        </Text>
        {status.error ? <InlineError error={status.error} onRetry={status.refetch} /> : null}
        {status.data ? <StatusLines status={status.data} /> : null}
        <Group gap="sm">
          <Button leftSection={<IconDatabaseExport size={16} />} loading={actions.creating} onClick={() => void actions.create()}>
            {t('backups.backupNow')}
          </Button>
          <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={() => open({ kind: 'file' })}>
            {t('backups.restoreFromFile')}
          </Button>
        </Group>
        <OutcomeAlert outcome={actions.outcome} onClose={actions.dismiss} />
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="backups-list-title">
        <Title order={2} size="h4" id="backups-list-title">
          {t('backups.list.title')}
        </Title>
        {list.error ? <InlineError error={list.error} onRetry={list.refetch} /> : null}
        {list.data ? (
          <BackupList items={list.data.items} dateOf={(item) => dateOf(item.createdAt)} onRestore={(item) => open({ kind: 'backup', item })} labelledBy="backups-list-title" />
        ) : list.error ? null : (
          <Loader size="sm" aria-label={t('app.loading')} />
        )}
      </Stack>

      <Paper withBorder radius="md" p="lg" maw={760} component="section" aria-labelledby="backups-folder-title">
        <Title order={2} size="h4" id="backups-folder-title" mb={4}>
          {t('backups.folder.title')}
        </Title>
        <Text size="sm" c="gray.7" mb="md">
          {t('backups.folder.hint')}
        </Text>
        {status.data ? (
          <SecondFolderForm key={`${status.data.secondFolder ?? ''}|${String(status.data.passwordSet)}`} status={status.data} />
        ) : status.error ? null : (
          <Loader size="sm" aria-label={t('app.loading')} />
        )}
      </Paper>

      {/* The section reports the outcome of a restore, a refusal too: the dialog closes either way. */}
      <ConfirmDialog
        opened={opened}
        onClose={() => setOpened(false)}
        title={target.kind === 'backup' ? t('backups.confirm.title', { date: targetDate }) : t('backups.confirm.fileTitle')}
        confirmLabel={target.kind === 'file' ? t('backups.confirm.chooseFile') : t('backups.confirm.confirm')}
        confirmIcon={<IconRestore size={16} />}
        size="lg"
        onConfirm={() => (target.kind === 'backup' ? actions.restore(target.item.id) : actions.restoreFile())}
        onRefusal="close"
      >
        {target.kind === 'backup' ? <RestoreBackupBody item={target.item} date={targetDate} /> : <RestoreFileBody />}
      </ConfirmDialog>
    </Stack>
  );
}
