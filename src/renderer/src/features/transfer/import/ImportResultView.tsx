import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconArrowRight, IconCircleCheck, IconGitMerge, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ImportResult } from '../../../../../shared/contract';
import { formatNumber } from '../../../lib/format';
import { CONFLICTS_PATH } from '../paths';

/** What the import added, updated, kept and parked in Konflik, per table. */
export function ImportResultView({ result, onAnother }: { result: ImportResult; onAnother: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" data-testid="import-result">
      {result.changed ? (
        <Alert color="teal" icon={<IconCircleCheck size={20} />} title={t('transfer.import.resultTitle')}>
          {t('transfer.import.resultDone')}
          {result.linked > 0 ? ` ${t('transfer.import.linked', { count: result.linked })}.` : null}
        </Alert>
      ) : (
        <Alert color="gray" icon={<IconInfoCircle size={20} />} title={t('transfer.import.resultTitle')}>
          {t('transfer.import.resultNone')}
        </Alert>
      )}
      {result.parked > 0 ? (
        <Alert color="orange" variant="light" icon={<IconGitMerge size={20} />} data-testid="import-parked">
          <Text size="sm">{t('transfer.import.parked', { count: result.parked, formatted: formatNumber(result.parked) })}</Text>
          <Button component={Link} to={CONFLICTS_PATH} size="compact-sm" mt="xs" rightSection={<IconArrowRight size={14} />}>
            {t('transfer.import.openConflicts')}
          </Button>
        </Alert>
      ) : null}
      <Table withTableBorder striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('transfer.import.table')}</Table.Th>
            <Table.Th ta="right">{t('transfer.import.inserted')}</Table.Th>
            <Table.Th ta="right">{t('transfer.import.updatedCol')}</Table.Th>
            <Table.Th ta="right">{t('transfer.import.keptLocal')}</Table.Th>
            <Table.Th ta="right">{t('transfer.import.parkedCol')}</Table.Th>
            <Table.Th ta="right">{t('transfer.import.deletions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {result.tables.map((row) => (
            <Table.Tr key={row.table}>
              <Table.Td>{t(`transfer.tables.${row.table}`)}</Table.Td>
              <Table.Td ta="right">{formatNumber(row.inserted)}</Table.Td>
              <Table.Td ta="right">{formatNumber(row.updated)}</Table.Td>
              <Table.Td ta="right">{formatNumber(row.keptLocal)}</Table.Td>
              <Table.Td ta="right">{formatNumber(row.parked)}</Table.Td>
              <Table.Td ta="right">{formatNumber(row.deleted)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group>
        <Button variant="default" onClick={onAnother}>
          {t('transfer.import.another')}
        </Button>
      </Group>
    </Stack>
  );
}
