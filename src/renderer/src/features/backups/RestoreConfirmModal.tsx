import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BackupItem } from '../../../../shared/contract/backups';
import { countPhrases } from './format';

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
