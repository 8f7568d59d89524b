import { Badge, Button, Group, Paper, Table, Text } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { BackupItem } from '../../../../shared/contract/backups';
import { formatBytes } from '../../lib/format';
import { countPhrases } from './format';

interface Props {
  items: BackupItem[];
  /** The date shown for a backup, in the UI language and the office's time zone. */
  dateOf: (item: BackupItem) => string;
  onRestore: (item: BackupItem) => void;
  /** The id of the heading that names the table. */
  labelledBy: string;
}

/** The kept backups, newest first: when, why, how big, what they hold and which tier keeps them. */
export function BackupList({ items, dateOf, onRestore, labelledBy }: Props) {
  const { t } = useTranslation();
  const rows = [...items].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
      <Table.ScrollContainer minWidth={760} type="native">
        <Table verticalSpacing="sm" horizontalSpacing="md" striped data-testid="backup-list" aria-labelledby={labelledBy}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={150}>{t('backups.list.date')}</Table.Th>
              <Table.Th>{t('backups.list.reason')}</Table.Th>
              <Table.Th w={90} style={{ textAlign: 'end' }}>
                {t('backups.list.size')}
              </Table.Th>
              <Table.Th>{t('backups.list.contents')}</Table.Th>
              <Table.Th>{t('backups.list.kept')}</Table.Th>
              <Table.Th w={120}>{t('backups.list.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.length === 0 ? (
              <Table.Tr>
                <Table.Td colSpan={6}>
                  <Text size="sm" c="gray.7">
                    {t('backups.list.empty')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ) : null}
            {rows.map((item) => {
              const date = dateOf(item);
              return (
                <Table.Tr key={item.id} data-testid="backup-row" data-backup-id={item.id}>
                  <Table.Td fz="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                    {date}
                  </Table.Td>
                  <Table.Td fz="sm">{t(`backups.reasons.${item.reason}`)}</Table.Td>
                  <Table.Td fz="sm" style={{ textAlign: 'end', whiteSpace: 'nowrap' }}>
                    {formatBytes(item.sizeBytes)}
                  </Table.Td>
                  <Table.Td fz="sm">{countPhrases(item.counts, t).join(', ')}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {item.tiers.length === 0 ? (
                        <Text size="sm" c="gray.7">
                          {t('backups.list.temporary')}
                        </Text>
                      ) : (
                        item.tiers.map((tier) => (
                          <Badge key={tier} variant="light" color="klinik" radius="sm" tt="none">
                            {t(`backups.tiers.${tier}`)}
                          </Badge>
                        ))
                      )}
                      {item.secondCopy ? (
                        <Badge variant="outline" color="gray" radius="sm" tt="none">
                          {t('backups.list.secondCopy')}
                        </Badge>
                      ) : null}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Button
                      variant="default"
                      size="xs"
                      leftSection={<IconRestore size={14} />}
                      aria-label={t('backups.list.restoreLabel', { date, reason: t(`backups.reasons.${item.reason}`) })}
                      onClick={() => onRestore(item)}
                    >
                      {t('backups.list.restore')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
