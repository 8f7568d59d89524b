import { Code, Loader, Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { InlineError } from '../../components/InlineError';
import { useApiQuery } from '../../lib/query';
import { UpdatesPanel } from './UpdatesPanel';

/** "Tentang": versions, where the data lives, where updates come from, and attributions. */
export function AboutTab() {
  const { t } = useTranslation();
  const info = useApiQuery('system:info');

  if (info.error) return <InlineError error={info.error} onRetry={info.refetch} />;
  if (!info.data) return <Loader aria-label={t('app.loading')} />;

  const rows = [
    { label: t('settings.about.appVersion'), value: info.data.appVersion },
    { label: t('settings.about.schemaVersion'), value: info.data.schemaVersion },
    { label: t('settings.about.dataDir'), value: info.data.dataDir },
  ];

  return (
    <Stack gap="md" maw={760}>
      <Paper withBorder radius="md">
        <Table variant="vertical" layout="fixed" verticalSpacing="sm" horizontalSpacing="md">
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.label}>
                <Table.Th w={200}>{row.label}</Table.Th>
                <Table.Td>
                  <Code style={{ wordBreak: 'break-all' }}>{row.value}</Code>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      <UpdatesPanel />
      <Text size="sm" c="dimmed">
        {t('settings.about.offline')}
      </Text>
      <Text size="sm" c="dimmed">
        {t('settings.about.attribution')}
      </Text>
    </Stack>
  );
}
