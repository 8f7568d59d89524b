import { Paper, Select, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegions } from '../../components/use-regions';
import { useSettings } from '../../app/settings';

/** The kabupaten/kota of the office's province to narrow a report to; cleared means all of them. */
export function RegencyFilter({ value, onChange, w }: { value: string | null; onChange: (code: string | null) => void; w: number }) {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const regencies = useRegions(settings?.office.provinceCode ?? '64');
  return (
    <Select
      aria-label={t('reports.regency')}
      placeholder={t('reports.allRegencies')}
      data={regencies.options}
      value={value}
      onChange={onChange}
      searchable
      clearable
      w={w}
    />
  );
}

/** One figure with its label, and an optional line under it. */
export function Figure({ label, value, detail, testId }: { label: string; value: ReactNode; detail?: ReactNode; testId?: string }) {
  return (
    <Paper withBorder radius="md" p="md" data-testid={testId}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <Text fw={700} fz={20} mt={4}>
        {value}
      </Text>
      {detail ? (
        <Text size="sm" c="dimmed" mt={2}>
          {detail}
        </Text>
      ) : null}
    </Paper>
  );
}

export interface Column<T> {
  label: string;
  value: (row: T) => ReactNode;
  numeric?: boolean;
}

/** A titled table of a report's breakdown; a sentence instead when it has no rows. */
export function ReportTable<T>({
  title,
  hint,
  columns,
  rows,
  rowKey,
  empty,
}: {
  title: string;
  hint?: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  empty: string;
}) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={title}>
      <Title order={2} size="h5" mb={hint ? 2 : 'xs'}>
        {title}
      </Title>
      {hint ? (
        <Text size="xs" c="dimmed" mb="xs">
          {hint}
        </Text>
      ) : null}
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Table striped highlightOnHover aria-label={title}>
          <Table.Thead>
            <Table.Tr>
              {columns.map((c) => (
                <Table.Th key={c.label} ta={c.numeric ? 'right' : undefined}>
                  {c.label}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={rowKey(row)}>
                {columns.map((c) => (
                  <Table.Td key={c.label} ta={c.numeric ? 'right' : undefined}>
                    {c.value(row)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
