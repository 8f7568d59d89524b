import { Anchor, Badge, Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Training } from '../../../../../shared/contract';
import { formatNumber } from '../../../lib/format';
import { formatDateRange } from '../dates';
import { placeLabel, topicLabel } from '../labels';

/** One page of trainings. The title is a link (keyboard); the whole row is clickable (mouse). */
export function TrainingTable({ rows }: { rows: Training[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const c = (key: string) => t(`trainings.list.columns.${key}`);
  const none = t('trainings.detail.none');
  return (
    <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
      <Table.ScrollContainer minWidth={860}>
        <Table highlightOnHover verticalSpacing="xs" horizontalSpacing="md" aria-label={t('trainings.list.tableLabel')}>
          <Table.Thead bg="var(--mantine-color-gray-0)">
            <Table.Tr>
              <Table.Th>{c('title')}</Table.Th>
              <Table.Th>{c('topic')}</Table.Th>
              <Table.Th>{c('dates')}</Table.Th>
              <Table.Th>{c('place')}</Table.Th>
              <Table.Th>{c('participants')}</Table.Th>
              <Table.Th ta="right">{c('prospects')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr
                key={r.id}
                onClick={(e) => !(e.target as HTMLElement).closest('a') && navigate(`/pelatihan/${r.id}`)}
                style={{ cursor: 'pointer' }}
              >
                <Table.Td>
                  <Anchor component={Link} to={`/pelatihan/${r.id}`} fw={600} size="sm" c="var(--mantine-color-text)">
                    {r.title}
                  </Anchor>
                  {r.deletedAt ? (
                    <Badge size="xs" color="red" variant="outline" tt="none" ml="xs">
                      {t('trainings.list.deletedBadge')}
                    </Badge>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{topicLabel(t, r)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {formatDateRange(r.startDate, r.endDate)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{placeLabel(r) ?? none}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {t('trainings.list.attended', { attended: formatNumber(r.attendedCount), total: formatNumber(r.participantCount) })}
                  </Text>
                  {r.capacity !== null ? (
                    <Text size="xs" c="dimmed">
                      {t('trainings.list.capacity', { capacity: formatNumber(r.capacity) })}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td ta="right">
                  <Text size="sm">{formatNumber(r.prospectCount)}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
