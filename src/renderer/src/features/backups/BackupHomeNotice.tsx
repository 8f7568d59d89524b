import { Alert, Anchor, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconDatabase } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BackupStatus } from '../../../../shared/contract/backups';
import { useBackupDate } from './use-backup-date';
import { useBackupsQuery } from './use-backups-live';

/** The path of the backup section in Pengaturan. */
export const BACKUPS_SETTINGS_PATH = '/pengaturan/cadangan';

function warningTexts(status: BackupStatus): Array<{ key: string; headline: string; hint: string }> {
  const out: Array<{ key: string; headline: string; hint: string }> = [];
  if (status.warnings.includes('stale')) {
    const none = status.lastGoodAt === null;
    out.push({ key: 'stale', headline: none ? 'backups.home.none' : 'backups.home.stale', hint: none ? 'backups.home.noneHint' : 'backups.home.staleHint' });
  }
  if (status.warnings.includes('noSecondCopy')) {
    out.push({ key: 'noSecondCopy', headline: 'backups.home.noSecondCopy', hint: 'backups.home.noSecondCopyHint' });
  }
  return out;
}

/**
 * Beranda: when the data was last backed up, and a warning with the way to Pengaturan when the
 * last backup is old (or there is none) or no copy sits outside this PC. A status that cannot be
 * read leaves Beranda as it is; Pengaturan shows that error.
 */
export function BackupHomeNotice() {
  const { t } = useTranslation();
  const dateOf = useBackupDate();
  const status = useBackupsQuery('backups:status').data;
  if (!status) return null;
  const warnings = warningTexts(status);

  return (
    <Stack gap="xs" data-testid="home-backup">
      <Group gap={6} wrap="nowrap">
        <IconDatabase size={16} aria-hidden color="var(--mantine-color-gray-7)" />
        <Text size="sm" c="gray.7">
          {status.lastGoodAt ? t('backups.lastBackup', { date: dateOf(status.lastGoodAt) }) : t('backups.neverBackedUp')}
        </Text>
      </Group>
      {warnings.length > 0 ? (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={20} />} data-testid="home-backup-warning">
          <Stack gap={6}>
            {warnings.map((w) => (
              <div key={w.key}>
                <Text size="sm" fw={700}>
                  {t(w.headline)}
                </Text>
                <Text size="sm">{t(w.hint)}</Text>
              </div>
            ))}
            <Anchor component={Link} to={BACKUPS_SETTINGS_PATH} size="sm" fw={700} c="var(--mantine-color-text)" td="underline">
              {t('backups.home.open')}
            </Anchor>
          </Stack>
        </Alert>
      ) : null}
    </Stack>
  );
}
