import { Badge, Button, Group, Stack, Tabs, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListResults } from '../../../components/ListPage';
import { PageHeader } from '../../../components/PageHeader';
import { formatHours, formatNumber } from '../../../lib/format';
import { useApiQuery } from '../../../lib/query';
import { useOfficeTimeZone } from '../../../app/settings';
import { officeToday } from '../../../lib/office-time';
import { ConsultationFilters } from './ConsultationFilters';
import { ConsultationTable } from './ConsultationTable';
import { DraftRows, DraftsNotice } from './DraftsNotice';
import { HoursPanel } from './HoursPanel';
import { PAGE_SIZE, useConsultationParams } from './use-consultation-params';
import { PrintMenu } from '../../printing';

/** The finalised consultations of the filters in the URL (this month by default), with their contact hours. */
function FinalList({ today }: { today: string }) {
  const { t } = useTranslation();
  const { params, update } = useConsultationParams(today);
  const { page, ...filters } = params;
  const reversed = filters.from > filters.to;
  const list = useApiQuery('consultations:list', { ...filters, status: 'final', page, pageSize: PAGE_SIZE }, { enabled: !reversed });
  return (
    <Stack gap="md">
      <ConsultationFilters filters={filters} onChange={(next) => update(next)} />
      {reversed ? <Text c="red" size="sm">{t('v.rangeReversed')}</Text> : null}
      <ListResults
        list={list}
        count={(data) => (
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
        )}
        tools={(data) =>
          data.total > 0 ? (
            <PrintMenu job={{ channel: 'print:batch', input: { from: filters.from, to: filters.to } }} label={t('printing.batch')} variant="light" />
          ) : null
        }
        empty={<Text c="dimmed">{t('consultations.list.empty')}</Text>}
        emptyInPanel={false}
        page={page}
        pageSize={PAGE_SIZE}
        onPage={(next) => update({ page: next })}
        paginationLabel={t('consultations.list.pagination')}
      >
        {(data) => <ConsultationTable rows={data.rows} />}
      </ListResults>
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
