import { Badge, Button, Group, Loader, Pagination, Stack, Tabs, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { daysInMonth } from '../../../../../shared/domain/dates';
import { InlineError } from '../../../components/InlineError';
import { PageHeader } from '../../../components/PageHeader';
import { formatHours, formatNumber } from '../../../lib/format';
import { useApiQuery } from '../../../lib/query';
import { useOfficeTimeZone } from '../../../app/settings';
import { officeToday } from '../../../lib/office-time';
import { ConsultationFilters, type Filters } from './ConsultationFilters';
import { ConsultationTable } from './ConsultationTable';
import { DraftRows, DraftsNotice } from './DraftsNotice';
import { HoursPanel } from './HoursPanel';
import { PrintMenu } from '../../printing';

const PAGE_SIZE = 50;

/** This month in the office: from the first to the last day. */
function thisMonthFilters(today: string): Filters {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return { from: `${today.slice(0, 7)}-01`, to: `${today.slice(0, 7)}-${String(daysInMonth(y, m)).padStart(2, '0')}` };
}

function FinalList({ today }: { today: string }) {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<Filters>(() => thisMonthFilters(today));
  const [page, setPage] = useState(1);
  const reversed = filters.from > filters.to;
  const list = useApiQuery('consultations:list', { ...filters, status: 'final', page, pageSize: PAGE_SIZE }, { enabled: !reversed });
  const data = list.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;
  return (
    <Stack gap="md">
      <ConsultationFilters
        filters={filters}
        onChange={(next) => {
          setFilters(next);
          setPage(1);
        }}
      />
      {reversed ? <Text c="red" size="sm">{t('v.rangeReversed')}</Text> : null}
      {list.error ? <InlineError error={list.error} onRetry={list.refetch} /> : null}
      {!data && list.loading ? <Loader size="sm" aria-label={t('app.loading')} /> : null}
      {data ? (
        <>
          <Group justify="space-between">
            <Group gap="lg" role="status">
              <Text size="sm" fw={600}>
                {t('consultations.list.total', { count: data.total, formatted: formatNumber(data.total) })}
              </Text>
              <Text size="sm" data-testid="total-hours">
                {t('consultations.list.totalHours', {
                  hours: t('consultations.hours.value', { hours: formatHours(data.totalContactMinutes) }),
                })}
              </Text>
            </Group>
            {data.total > 0 ? (
              <PrintMenu job={{ channel: 'print:batch', input: { from: filters.from, to: filters.to } }} label={t('printing.batch')} variant="light" />
            ) : null}
          </Group>
          {data.rows.length === 0 ? <Text c="dimmed">{t('consultations.list.empty')}</Text> : <ConsultationTable rows={data.rows} />}
          {pages > 1 ? (
            <Pagination total={pages} value={page} onChange={setPage} aria-label={t('consultations.list.pagination')} />
          ) : null}
        </>
      ) : null}
    </Stack>
  );
}

/** `/konsultasi`: finalised consultations, drafts (with a count), and contact hours. */
export function ConsultationsPage() {
  const { t } = useTranslation();
  const timeZone = useOfficeTimeZone();
  const today = officeToday(timeZone);
  const drafts = useApiQuery('consultations:drafts', {});
  const draftRows = drafts.data ?? [];
  const [tab, setTab] = useState<string | null>('final');
  return (
    <>
      <PageHeader
        title={t('consultations.title')}
        description={t('consultations.description')}
        actions={
          <Button component={Link} to="/konsultasi/baru" leftSection={<IconPlus size={16} />}>
            {t('consultations.add')}
          </Button>
        }
      />
      <Stack mb="md">
        <DraftsNotice />
      </Stack>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="final">{t('consultations.list.tabs.final')}</Tabs.Tab>
          <Tabs.Tab
            value="drafts"
            rightSection={
              draftRows.length > 0 ? (
                <Badge size="sm" color="yellow" variant="filled" circle>
                  {draftRows.length}
                </Badge>
              ) : null
            }
          >
            {t('consultations.list.tabs.drafts')}
          </Tabs.Tab>
          <Tabs.Tab value="hours">{t('consultations.list.tabs.hours')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="final">
          <FinalList today={today} />
        </Tabs.Panel>
        <Tabs.Panel value="drafts">
          {draftRows.length === 0 ? <Text c="dimmed">{t('consultations.drafts.empty')}</Text> : <DraftRows drafts={draftRows} />}
        </Tabs.Panel>
        <Tabs.Panel value="hours">
          <HoursPanel thisMonth={today.slice(0, 7)} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
