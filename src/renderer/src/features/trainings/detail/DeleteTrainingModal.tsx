import { Button, Group, Modal, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Training } from '../../../../../shared/contract';
import { call, toApiError } from '../../../lib/api';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { invalidate } from '../../../lib/query';

/** Soft delete: the training and its participants leave the lists and can be restored. */
export function DeleteTrainingModal({ training, opened, onClose }: { training: Training; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    try {
      await call('trainings:delete', { id: training.id });
      invalidate('trainings:get', 'trainings:list', 'participants:list');
      notifySuccess(t('trainings.detail.deletedToast'));
      onClose();
    } catch (err) {
      notifyError(toApiError(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('trainings.detail.deleteTitle')} centered>
      <Text size="sm">{t('trainings.detail.deleteBody', { title: training.title })}</Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onClose} data-autofocus>
          {t('app.cancel')}
        </Button>
        <Button color="red" leftSection={<IconTrash size={16} />} loading={busy} onClick={() => void confirm()}>
          {t('trainings.detail.deleteConfirm')}
        </Button>
      </Group>
    </Modal>
  );
}
