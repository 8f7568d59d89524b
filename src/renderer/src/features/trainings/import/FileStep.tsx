import { Button, Stack, Text } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Step 1: choose the Excel or CSV file. */
export function FileStep({ busy, onChoose }: { busy: boolean; onChoose: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" align="flex-start">
      <Text size="sm">{t('trainings.import.fileIntro')}</Text>
      <Button leftSection={<IconFileSpreadsheet size={16} />} onClick={onChoose} loading={busy}>
        {t('trainings.import.choose')}
      </Button>
    </Stack>
  );
}
