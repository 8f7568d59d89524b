import { Alert, Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconFolderOpen, IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportResult } from '../../../../../shared/contract';
import { call, toApiError, type ApiError } from '../../../lib/api';
import { formatBytes, formatNumber } from '../../../lib/format';
import { issueLines } from '../issues';
import { describeError, notifyError } from '../../../lib/notify';

/**
 * Files written, records per table, where, and that every file was read back and checked.
 * `officeKey`: the fingerprint of the office key that locked the office's package (its personal
 * data then travels in full, though the answer names the masked mode the files for people had).
 */
export function ExportSuccess({ result, onAgain, officeKey = null }: { result: ExportResult; onAgain: () => void; officeKey?: string | null }) {
  const { t } = useTranslation();
  const [opening, setOpening] = useState(false);
  const folder = result.folder;
  const openFolder = () => {
    if (!folder) return;
    setOpening(true);
    call('transfer:openFolder', { path: folder })
      .catch((err: unknown) => notifyError(toApiError(err)))
      .finally(() => setOpening(false));
  };
  const counts = [
    ['business', result.counts.business],
    ['consultation', result.counts.consultation],
    ['follow_up', result.counts.follow_up],
  ] as const;
  return (
    <Stack gap="md" data-testid="export-success">
      <Alert color="teal" icon={<IconCircleCheck size={20} />} title={t('transfer.run.doneTitle')}>
        {t('transfer.run.doneHint')}
      </Alert>
      <Paper withBorder radius="md" p="md">
        <Text size="sm" c="dimmed">
          {t('transfer.run.where')}
        </Text>
        <Text fw={600} style={{ overflowWrap: 'anywhere' }} data-testid="export-folder">
          {result.folder}
        </Text>
        <Group gap="xs" mt="xs">
          <Badge color="teal" variant="light">
            {t('transfer.run.verified')}
          </Badge>
          {result.encrypted ? <Badge variant="light">{t('transfer.run.encrypted')}</Badge> : null}
          {officeKey ? (
            <Badge color="teal" variant="light" tt="none" data-testid="export-office-key">
              {t('transfer.run.officeKey', { fingerprint: officeKey })}
            </Badge>
          ) : (
            <Badge color={result.personalData === 'full' ? 'red' : 'gray'} variant="light">
              {result.personalData === 'full' ? t('transfer.run.personalFull') : t('transfer.run.personalMasked')}
            </Badge>
          )}
        </Group>
      </Paper>
      <div>
        <Title order={2} size="h5" mb="xs">
          {t('transfer.run.counts')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {counts.map(([table, n]) => (
            <Paper key={table} withBorder radius="md" p="sm">
              <Text size="sm" c="dimmed">
                {t(`transfer.tables.${table}`)}
              </Text>
              <Text fw={700} size="xl" data-testid={`export-count-${table}`}>
                {formatNumber(n)}
              </Text>
            </Paper>
          ))}
        </SimpleGrid>
      </div>
      <div>
        <Title order={2} size="h5" mb="xs">
          {t('transfer.run.files')}
        </Title>
        <Table withTableBorder striped data-testid="export-files">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('transfer.run.fileName')}</Table.Th>
              <Table.Th ta="right" w={120}>
                {t('transfer.run.fileSize')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {result.files.map((f) => (
              <Table.Tr key={f.name}>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  <Group gap={6} wrap="nowrap">
                    <IconCircleCheck size={16} color="var(--mantine-color-teal-6)" aria-hidden />
                    <Text size="sm" title={t('transfer.run.fingerprint', { hash: f.sha256 })}>
                      {f.name}
                    </Text>
                  </Group>
                </Table.Td>
                <Table.Td ta="right">{formatBytes(f.bytes)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
      <Group>
        {folder ? (
          <Button leftSection={<IconFolderOpen size={16} />} onClick={openFolder} loading={opening} data-testid="export-open-folder">
            {t('transfer.run.openFolder')}
          </Button>
        ) : null}
        <Button variant="default" onClick={onAgain}>
          {t('transfer.run.again')}
        </Button>
      </Group>
    </Stack>
  );
}

export function ExportCancelled({ onAgain }: { onAgain: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Alert color="gray" icon={<IconInfoCircle size={20} />} title={t('transfer.run.cancelledTitle')} data-testid="export-cancelled">
        {t('transfer.run.cancelled')}
      </Alert>
      <Group>
        <Button variant="default" onClick={onAgain}>
          {t('transfer.run.backToSummary')}
        </Button>
      </Group>
    </Stack>
  );
}

/** What went wrong (the core's sentence: stick pulled, disk full, ...) and that the database is untouched. */
export function ExportFailed({ error, onBack }: { error: ApiError; onBack: () => void }) {
  const { t, i18n } = useTranslation();
  const described = describeError(error).message;
  // The core words storage failures in Indonesian; the generic STORAGE text speaks of the database.
  const message = error.code === 'STORAGE' && i18n.language !== 'id' ? t('transfer.run.storageFailed') : described;
  const unchanged = t('transfer.run.unchanged');
  const says = message.includes(unchanged) || /tidak berubah/i.test(message);
  // A refused input (a path that is not absolute, say) names its field issues; show them in words.
  const issues = issueLines(error, message, i18n.language);
  return (
    <Stack gap="md">
      <Alert color="red" icon={<IconAlertTriangle size={20} />} title={t('transfer.run.failedTitle')} role="alert" data-testid="export-error">
        <Text size="sm">{message}</Text>
        {issues.map((issue) => (
          <Text key={issue} size="sm" mt={4}>
            {issue}
          </Text>
        ))}
        {says ? null : (
          <Text size="sm" mt={4}>
            {unchanged}
          </Text>
        )}
      </Alert>
      <Group>
        <Button variant="default" onClick={onBack}>
          {t('transfer.run.backToSummary')}
        </Button>
      </Group>
    </Stack>
  );
}
