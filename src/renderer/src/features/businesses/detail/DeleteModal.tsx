import { Button, Group, Modal, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BusinessDetail } from '../../../../../shared/contract';
import { call, toApiError } from '../../../lib/api';
import { notifyError, notifySuccess } from '../../../lib/notify';

export interface ConfirmDeleteModalProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  body: string;
  confirmLabel: string;
  /** Deletes, refreshes what shows it and says so; a refusal is shown and the dialog stays open. */
  onConfirm: () => Promise<void>;
}

/** "Hapus …?" with Batal focused first; the red button runs the soft delete and closes on success. */
export function ConfirmDeleteModal({ opened, onClose, title, body, confirmLabel, onConfirm }: ConfirmDeleteModalProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirm();
      onClose();
    } catch (err) {
      notifyError(toApiError(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered>
      <Text size="sm">{body}</Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onClose} data-autofocus>
          {t('app.cancel')}
        </Button>
        <Button color="red" leftSection={<IconTrash size={16} />} loading={busy} onClick={() => void confirm()}>
          {confirmLabel}
        </Button>
      </Group>
    </Modal>
  );
}

/** Soft delete: the profile leaves the list and search, and can be restored from the detail. */
export function DeleteModal({ d, opened, onClose }: { d: BusinessDetail; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <ConfirmDeleteModal
      opened={opened}
      onClose={onClose}
      title={t('businesses.detail.deleteTitle')}
      body={t('businesses.detail.deleteBody', { name: d.name })}
      confirmLabel={t('businesses.detail.deleteConfirm')}
      onConfirm={async () => {
        await call('businesses:delete', { id: d.id });
        notifySuccess(t('businesses.detail.deletedToast'));
      }}
    />
  );
}
