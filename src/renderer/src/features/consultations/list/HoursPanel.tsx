import { Group, Loader, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocale } from '../../../app/i18n';
import { InlineError } from '../../../components/InlineError';
import { formatHours, formatNumber } from '../../../lib/format';
import { useApiQuery } from '../../../lib/query';

/** The 24 months up to `thisMonth` (`YYYY-MM`), newest first, named in the UI language. */
function monthOptions(thisMonth: string, locale: string) {
  const [y, m] = thisMonth.split('-').map(Number) as [number, number];
  const name = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return Array.from({ length: 24 }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 1 - i, 1));
    return { value: d.toISOString().slice(0, 7), label: name.format(d) };
  });
}

/** "Jam kontak": contact and preparation hours per consultant per month, finalised consultations only. */
export function HoursPanel({ thisMonth }: { thisMonth: string }) {
  const { t, i18n } = useTranslation();
  const [from, setFrom] = useState(`${thisMonth.slice(0, 4)}-01`);
  const [to, setTo] = useState(thisMonth);
  const options = monthOptions(thisMonth, intlLocale(i18n.language));
  const label = new Map(options.map((o) => [o.value, o.label]));
  const hours = useApiQuery('consultations:hours', { from, to: to < from ? from : to });
  const h = (key: string) => t(`consultations.hours.${key}`);
  const value = (minutes: number) => t('consultations.hours.value', { hours: formatHours(minutes) });

  return (
    <Stack gap="md">
      <Group gap="sm" align="flex-end">
        <Select label={h('fromMonth')} w={200} data={options} value={from} onChange={(v) => v && setFrom(v)} allowDeselect={false} />
        <Select label={h('toMonth')} w={200} data={options} value={to} onChange={(v) => v && setTo(v)} allowDeselect={false} />
      </Group>
      {hours.error ? <InlineError error={hours.error} onRetry={hours.refetch} /> : null}
      {!hours.data && hours.loading ? <Loader size="sm" aria-label={t('app.loading')} /> : null}
      {hours.data && hours.data.length === 0 ? <Text c="dimmed">{h('empty')}</Text> : null}
      {hours.data && hours.data.length > 0 ? (
        <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
          <Title order={2} size="h5" p="sm">
            {h('title')}
          </Title>
          <Table aria-label={h('tableLabel')} verticalSpacing="xs" horizontalSpacing="md">
            <Table.Thead bg="var(--mantine-color-gray-0)">
              <Table.Tr>
                <Table.Th>{h('consultant')}</Table.Th>
                <Table.Th>{h('month')}</Table.Th>
                <Table.Th ta="right">{h('consultations')}</Table.Th>
                <Table.Th ta="right">{h('contact')}</Table.Th>
                <Table.Th ta="right">{h('prep')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {hours.data.map((r) => (
                <Table.Tr key={`${r.consultantId}-${r.month}`}>
                  <Table.Td>{r.consultantName}</Table.Td>
                  <Table.Td>{label.get(r.month) ?? r.month}</Table.Td>
                  <Table.Td ta="right">{formatNumber(r.consultations)}</Table.Td>
                  <Table.Td ta="right">{value(r.contactMinutes)}</Table.Td>
                  <Table.Td ta="right">{value(r.prepMinutes)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      ) : null}
    </Stack>
  );
}
