import { Button, Group, Modal, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BusinessDetail } from '../../../../../shared/contract';
import { call, toApiError } from '../../../lib/api';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { invalidate } from '../../../lib/query';

/** Soft delete: the profile leaves the list and search, and can be restored from the detail. */
export function DeleteModal({ d, opened, onClose }: { d: BusinessDetail; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    try {
      await call('businesses:delete', { id: d.id });
      invalidate('businesses:get', 'businesses:list', 'businesses:timeline', 'businesses:tags');
      notifySuccess(t('businesses.detail.deletedToast'));
      onClose();
    } catch (err) {
      notifyError(toApiError(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('businesses.detail.deleteTitle')} centered>
      <Text size="sm">{t('businesses.detail.deleteBody', { name: d.name })}</Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onClose} data-autofocus>
          {t('app.cancel')}
        </Button>
        <Button color="red" leftSection={<IconTrash size={16} />} loading={busy} onClick={() => void confirm()}>
          {t('businesses.detail.deleteConfirm')}
        </Button>
      </Group>
    </Modal>
  );
}
