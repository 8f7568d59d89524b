import { Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { BusinessDetail } from '../../../../../shared/contract';
import { call } from '../../../lib/api';
import { notifySuccess } from '../../../lib/notify';
import { ConfirmDialog } from '../../../components/ConfirmDialog';

/** Soft delete: the profile leaves the list and search, and can be restored from the detail. */
export function DeleteModal({ d, opened, onClose }: { d: BusinessDetail; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      opened={opened}
      onClose={onClose}
      title={t('businesses.detail.deleteTitle')}
      confirmLabel={t('businesses.detail.deleteConfirm')}
      onConfirm={async () => {
        await call('businesses:delete', { id: d.id });
        notifySuccess(t('businesses.detail.deletedToast'));
      }}
      confirmIcon={<IconTrash size={16} />}
      onRefusal="stay"
    >
      <Text size="sm">{t('businesses.detail.deleteBody', { name: d.name })}</Text>
    </ConfirmDialog>
  );
}
