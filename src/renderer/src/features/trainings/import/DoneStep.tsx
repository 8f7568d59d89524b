import { Alert, Button, Group, Stack } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Step 4: how many participants were added. */
export function DoneStep({ imported, onClose }: { imported: number; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Alert color="teal" icon={<IconCircleCheck size={18} />} title={t('trainings.import.done', { count: imported })} role="status" />
      <Group justify="flex-end">
        <Button onClick={onClose}>{t('trainings.import.close')}</Button>
      </Group>
    </Stack>
  );
}
