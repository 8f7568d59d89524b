import { Alert, Badge, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../../shared/contract';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { useOfficeTimeZone } from '../../../app/settings';

const COLUMNS = ['new', 'updated', 'unchanged', 'conflicts', 'deletions'] as const;

/** Where the package comes from, and new / updated / unchanged / conflicting records per table. */
export function PreviewSummary({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const timeZone = useOfficeTimeZone();
  const s = preview.source;
  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="md">
        <Text size="sm" c="dimmed">
          {t('transfer.import.source')}
        </Text>
        <Text fw={600}>
          {[s.deskCode ? t('transfer.import.desk', { desk: s.deskCode }) : t('transfer.import.unknownDesk'), s.officeName].filter(Boolean).join(' — ')}
        </Text>
        <Text size="sm">
          {t('transfer.import.createdAt', { when: formatDateTime(s.createdAt, timeZone) })} · {t('transfer.import.version', { app: s.appVersion, schema: s.schemaVersion })}
        </Text>
        <Group gap="xs" mt="xs">
          <Badge variant="light" color={s.personalData === 'full' ? 'red' : 'gray'} tt="none">
            {s.personalData === 'full' ? t('transfer.import.personalFull') : t('transfer.import.personalMasked')}
          </Badge>
          {s.officeKey ? (
            <Badge variant="light" color="teal" tt="none" leftSection={<IconKey size={12} />} data-testid="preview-office-key">
              {t('transfer.import.officeKey')}
            </Badge>
          ) : s.encrypted ? (
            <Badge variant="light" tt="none">
              {t('transfer.import.encrypted')}
            </Badge>
          ) : null}
          <Badge variant="light" color={s.incremental ? 'blue' : 'gray'} tt="none" data-testid="preview-incremental">
            {s.incremental ? t('transfer.import.incremental') : t('transfer.import.fullPackage')}
          </Badge>
        </Group>
      </Paper>

      {preview.problems.length > 0 ? (
        <Alert color="red" icon={<IconAlertTriangle size={18} />} title={t('transfer.import.problemsTitle')} role="alert">
          <List size="sm">
            {preview.problems.map((p) => (
              <List.Item key={p}>{p}</List.Item>
            ))}
          </List>
        </Alert>
      ) : null}

      <div>
        <Title order={3} size="h4" mb="xs">
          {t('transfer.import.counts')}
        </Title>
        <Table withTableBorder striped data-testid="import-counts">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('transfer.import.table')}</Table.Th>
              {COLUMNS.map((c) => (
                <Table.Th key={c} ta="right">
                  {t(`transfer.import.${c}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.tables.map((row) => (
              <Table.Tr key={row.table} data-testid={`import-row-${row.table}`}>
                <Table.Td>{t(`transfer.tables.${row.table}`)}</Table.Td>
                {COLUMNS.map((c) => (
                  <Table.Td key={c} ta="right" c={c === 'conflicts' && row[c] > 0 ? 'red' : row[c] === 0 ? 'dimmed' : undefined} fw={c === 'conflicts' && row[c] > 0 ? 700 : undefined}>
                    {formatNumber(row[c])}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
    </Stack>
  );
}
