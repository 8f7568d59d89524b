import { Alert, Button, Group, Stack, Table } from '@mantine/core';
import { IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../../../../shared/contract';
import { formatNumber } from '../../../lib/format';

/** What the import added, updated and kept, per table. */
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
      <Table withTableBorder striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('transfer.import.table')}</Table.Th>
            <Table.Th ta="right">{t('transfer.import.inserted')}</Table.Th>
            <Table.Th ta="right">{t('transfer.import.updatedCol')}</Table.Th>
            <Table.Th ta="right">{t('transfer.import.keptLocal')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {result.tables.map((row) => (
            <Table.Tr key={row.table}>
              <Table.Td>{t(`transfer.tables.${row.table}`)}</Table.Td>
              <Table.Td ta="right">{formatNumber(row.inserted)}</Table.Td>
              <Table.Td ta="right">{formatNumber(row.updated)}</Table.Td>
              <Table.Td ta="right">{formatNumber(row.keptLocal)}</Table.Td>
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
