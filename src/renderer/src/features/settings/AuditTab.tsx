import { Loader, Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { InlineError } from '../../components/InlineError';
import { formatDateTime } from '../../lib/format';
import { useApiQuery } from '../../lib/query';
import { actionLabel, describeChanges, entityLabel } from './audit-format';
import { useOfficeTimeZone } from '../../app/settings';

/** "Riwayat Perubahan": who changed what, newest first. */
export function AuditTab() {
  const { t } = useTranslation();
  const timeZone = useOfficeTimeZone();
  const audit = useApiQuery('audit:list', { limit: 100 });

  if (audit.error) return <InlineError error={audit.error} onRetry={audit.refetch} />;
  if (!audit.data) return <Loader aria-label={t('app.loading')} />;

  return (
    <>
      <Text size="sm" c="dimmed" mb="md">
        {t('settings.audit.hint')}
      </Text>
      <Paper withBorder radius="md">
        <Table verticalSpacing="sm" horizontalSpacing="md" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={150}>{t('settings.audit.at')}</Table.Th>
              <Table.Th>{t('settings.audit.who')}</Table.Th>
              <Table.Th>{t('settings.audit.action')}</Table.Th>
              <Table.Th>{t('settings.audit.entity')}</Table.Th>
              <Table.Th>{t('settings.audit.changes')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {audit.data.length === 0 ? (
              <Table.Tr>
                <Table.Td colSpan={5}>
                  <Text c="dimmed">{t('settings.audit.empty')}</Text>
                </Table.Td>
              </Table.Tr>
            ) : null}
            {audit.data.map((entry) => (
              <Table.Tr key={entry.id}>
                <Table.Td fz="sm" style={{ whiteSpace: 'nowrap' }}>
                  {formatDateTime(entry.at, timeZone)}
                </Table.Td>
                <Table.Td fz="sm">{entry.actorName ?? t('settings.audit.system')}</Table.Td>
                <Table.Td fz="sm">
                  {actionLabel(t, entry.action)}
                </Table.Td>
                <Table.Td fz="sm">{entityLabel(t, entry.entity)}</Table.Td>
                <Table.Td fz="sm">
                  {describeChanges(t, entry.changes, new Map(Object.entries(entry.names)), timeZone).map((line) => (
                    <Text key={line} size="sm" lh={1.5}>
                      {line}
                    </Text>
                  ))}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </>
  );
}
