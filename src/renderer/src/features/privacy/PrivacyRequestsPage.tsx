import { Anchor, Badge, Button, Group, Loader, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { PrivacyRequest } from '../../../../shared/contract';
import { useOfficeTimeZone } from '../../app/settings';
import { InlineError } from '../../components/InlineError';
import { PageHeader } from '../../components/PageHeader';
import { formatInstant } from '../../lib/office-time';
import { useApiQuery } from '../../lib/query';
import { Countdown } from './Countdown';
import { NewRequestModal } from './NewRequestModal';
import { SubjectName } from './SubjectName';

type StatusFilter = 'open' | 'closed' | 'all';

/** The register: open requests by deadline with their countdown; closed ones with how they ended. */
export function PrivacyRequestsPage() {
  const { t } = useTranslation();
  const zone = useOfficeTimeZone();
  const navigate = useNavigate();
  const [status, setStatus] = useState<StatusFilter>('open');
  const [adding, setAdding] = useState(false);
  const list = useApiQuery('privacy:list', { status });
  const p = (key: string, o?: Record<string, unknown>) => t(`privacyRequests.${key}`, o ?? {});

  return (
    <Stack gap="md">
      <PageHeader
        title={p('title')}
        description={p('intro')}
        actions={
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)} style={{ flexShrink: 0 }}>
            {p('add')}
          </Button>
        }
      />
      <Group justify="space-between">
        <SegmentedControl
          aria-label={p('filter')}
          value={status}
          onChange={(v) => setStatus(v as StatusFilter)}
          data={(['open', 'closed', 'all'] as const).map((s) => ({ value: s, label: p(`statusFilter.${s}`) }))}
        />
        {list.data ? (
          <Text size="sm" c="dimmed">
            {p('count', { count: list.data.total })}
          </Text>
        ) : null}
      </Group>
      {list.error ? <InlineError error={list.error} onRetry={list.refetch} /> : null}
      {!list.data && list.loading ? <Loader size="sm" aria-label={t('app.loading')} /> : null}
      {list.data && list.data.rows.length === 0 ? <Text c="dimmed">{p('empty')}</Text> : null}
      {list.data && list.data.rows.length > 0 ? (
        <Table highlightOnHover verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{p('columns.subject')}</Table.Th>
              <Table.Th>{p('columns.kind')}</Table.Th>
              <Table.Th>{p('columns.received')}</Table.Th>
              <Table.Th>{p('columns.deadline')}</Table.Th>
              <Table.Th>{p('columns.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.rows.map((r: PrivacyRequest) => (
              <Table.Tr key={r.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/permintaan-data/${r.id}`} fw={600}>
                    <SubjectName subject={r.subject} />
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {p(`subjectKinds.${r.subject.kind}`)}
                    {r.subject.context ? ` · ${r.subject.context}` : ''}
                  </Text>
                </Table.Td>
                <Table.Td>{p(`kinds.${r.kind}`)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatInstant(r.receivedAt, zone)}</Table.Td>
                <Table.Td>
                  <Stack gap={2} align="flex-start">
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {formatInstant(r.deadlineAt, zone)}
                    </Text>
                    <Countdown request={r} />
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    <Badge variant="outline" color={r.status === 'open' ? 'blue.8' : r.status === 'answered' ? 'teal.9' : 'gray.8'} tt="none">
                      {p(`statuses.${r.status}`)}
                    </Badge>
                    {r.subject.restricted ? (
                      <Badge variant="filled" color="grape.9" tt="none">
                        {p('restricted')}
                      </Badge>
                    ) : null}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      <NewRequestModal opened={adding} onClose={() => setAdding(false)} onSaved={(r) => navigate(`/permintaan-data/${r.id}`)} />
    </Stack>
  );
}
