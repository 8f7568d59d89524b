import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupItem } from '../../../../shared/contract/backups';
import { countPhrases } from './format';

interface ConfirmProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  confirmLabel: string;
  children: ReactNode;
  /** Runs the restore; the dialog closes when it settles (the section reports the outcome). */
  onConfirm: () => Promise<void>;
}

/**
 * A restore replaces the data, so "Batal" has the first focus, Escape cancels, and Mantine gives
 * the focus back to the button that opened the dialog.
 */
export function ConfirmRestoreModal({ opened, onClose, title, confirmLabel, children, onConfirm }: ConfirmProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      setBusy(false);
      onClose();
    }
  };
  return (
    <Modal
      opened={opened}
      onClose={busy ? () => {} : onClose}
      closeOnEscape={!busy}
      closeOnClickOutside={!busy}
      withCloseButton={!busy}
      closeButtonProps={{ 'aria-label': t('app.close') }}
      title={title}
      centered
      size="lg"
    >
      <Stack gap="sm">{children}</Stack>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onClose} disabled={busy} data-autofocus>
          {t('app.cancel')}
        </Button>
        {/* red 9: white on the theme's red 7 reads at only 3.8:1. */}
        <Button color="red.9" leftSection={<IconRestore size={16} />} loading={busy} onClick={() => void confirm()}>
          {confirmLabel}
        </Button>
      </Group>
    </Modal>
  );
}

/** Names the backup by its date and what it holds, and says plainly what happens to today's data. */
export function RestoreBackupBody({ item, date }: { item: BackupItem; date: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Text size="sm">{t('backups.confirm.body', { date })}</Text>
      <List size="sm" spacing={2} data-testid="restore-counts">
        {countPhrases(item.counts, t).map((phrase) => (
          <List.Item key={phrase}>{phrase}</List.Item>
        ))}
      </List>
      <Text size="sm" fw={600}>
        {t('backups.confirm.safety', { date })}
      </Text>
    </>
  );
}

export function RestoreFileBody() {
  const { t } = useTranslation();
  return (
    <>
      <Text size="sm">{t('backups.confirm.fileBody')}</Text>
      <Text size="sm" fw={600}>
        {t('backups.confirm.fileSafety')}
      </Text>
    </>
  );
}
