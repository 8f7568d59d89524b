import { Anchor, Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ConsultationSummary } from '../../../../../shared/contract';
import { formatDay, formatNumber } from '../../../lib/format';
import { AreaBadges } from '../view/AreaBadges';

/** One page of finalised consultations; the number is the link. */
export function ConsultationTable({ rows }: { rows: ConsultationSummary[] }) {
  const { t } = useTranslation();
  const c = (key: string) => t(`consultations.list.columns.${key}`);
  const none = t('app.none');
  return (
    <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
      <Table highlightOnHover verticalSpacing="xs" horizontalSpacing="md" aria-label={t('consultations.list.tableLabel')}>
        <Table.Thead bg="var(--mantine-color-gray-0)">
          <Table.Tr>
            <Table.Th>{c('number')}</Table.Th>
            <Table.Th>{c('date')}</Table.Th>
            <Table.Th>{c('business')}</Table.Th>
            <Table.Th>{c('consultants')}</Table.Th>
            <Table.Th>{c('areas')}</Table.Th>
            <Table.Th ta="right">{c('minutes')}</Table.Th>
            <Table.Th ta="right">{c('openFollowUps')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>
                <Anchor component={Link} to={`/konsultasi/${r.id}`} ff="monospace" size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                  {r.number ?? none}
                </Anchor>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm">{formatDay(r.date) || none}</Text>
                {r.startTime ? (
                  <Text size="xs" c="dimmed">
                    {r.startTime.replace(':', '.')}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{r.businessName ?? none}</Text>
                {r.regencyName ? (
                  <Text size="xs" c="dimmed">
                    {r.regencyName}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{r.consultantNames.join(', ') || none}</Text>
              </Table.Td>
              <Table.Td>
                <AreaBadges areas={r.serviceAreas} size="xs" />
              </Table.Td>
              <Table.Td ta="right">
                <Text size="sm">{r.contactMinutes === null ? none : formatNumber(r.contactMinutes)}</Text>
              </Table.Td>
              <Table.Td ta="right">
                <Text size="sm" fw={r.openFollowUps > 0 ? 600 : undefined}>
                  {r.openFollowUps}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
