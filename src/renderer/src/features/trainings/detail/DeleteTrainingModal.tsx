import { useTranslation } from 'react-i18next';
import type { Training } from '../../../../../shared/contract';
import { call } from '../../../lib/api';
import { notifySuccess } from '../../../lib/notify';
import { ConfirmDeleteModal } from '../../businesses';

/** Soft delete: the training and its participants leave the lists and can be restored. */
export function DeleteTrainingModal({ training, opened, onClose }: { training: Training; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <ConfirmDeleteModal
      opened={opened}
      onClose={onClose}
      title={t('trainings.detail.deleteTitle')}
      body={t('trainings.detail.deleteBody', { title: training.title })}
      confirmLabel={t('trainings.detail.deleteConfirm')}
      onConfirm={async () => {
        await call('trainings:delete', { id: training.id });
        notifySuccess(t('trainings.detail.deletedToast'));
      }}
    />
  );
}
