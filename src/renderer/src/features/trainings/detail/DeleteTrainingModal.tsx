import { Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Training } from '../../../../../shared/contract';
import { call } from '../../../lib/api';
import { notifySuccess } from '../../../lib/notify';
import { ConfirmDialog } from '../../../components/ConfirmDialog';

/** Soft delete: the training and its participants leave the lists and can be restored. */
export function DeleteTrainingModal({ training, opened, onClose }: { training: Training; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      opened={opened}
      onClose={onClose}
      title={t('trainings.detail.deleteTitle')}
      confirmLabel={t('trainings.detail.deleteConfirm')}
      onConfirm={async () => {
        await call('trainings:delete', { id: training.id });
        notifySuccess(t('trainings.detail.deletedToast'));
      }}
      confirmIcon={<IconTrash size={16} />}
      onRefusal="stay"
    >
      <Text size="sm">{t('trainings.detail.deleteBody', { title: training.title })}</Text>
    </ConfirmDialog>
  );
}
