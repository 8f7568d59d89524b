import { Badge, Group, Loader, Pagination, Paper, SegmentedControl, Stack, Tabs, Text } from '@mantine/core';
import { IconCalendarWeek, IconList } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { FOLLOW_UP_BUCKETS, type FollowUpBucket, type FollowUpCounts } from '../../../../../shared/contract';
import { InlineError } from '../../../components/InlineError';
import { PageHeader } from '../../../components/PageHeader';
import { formatNumber } from '../../../lib/format';
import { useApiQuery } from '../../../lib/query';
import { AddFollowUpButton } from '../actions/AddFollowUpButton';
import { FollowUpDialogsProvider } from '../actions/FollowUpDialogs';
import { useNow } from '../use-now';
import { AgendaView } from './AgendaView';
import { FollowUpFilters } from './FollowUpFilters';
import { FollowUpTable } from './FollowUpTable';
import { PAGE_SIZE, hasFilters, listFilters, useFollowUpParams, type FollowUpParams } from './use-follow-up-params';

const COUNT_COLORS: Record<Exclude<FollowUpBucket, 'closed'>, string> = { overdue: 'red', today: 'orange', week: 'blue', later: 'gray' };

function TabCount({ bucket, counts }: { bucket: FollowUpBucket; counts: FollowUpCounts | undefined }) {
  if (bucket === 'closed' || !counts) return null;
  const n = counts[bucket];
  return (
    <Badge size="sm" circle={n < 10} variant={n > 0 && bucket === 'overdue' ? 'filled' : 'light'} color={n > 0 ? COUNT_COLORS[bucket] : 'gray'} data-testid={`count-${bucket}`}>
      {formatNumber(n)}
    </Badge>
  );
}

function ListView({ params, update, now }: { params: FollowUpParams; update: (patch: Partial<FollowUpParams>) => void; now: number }) {
  const { t } = useTranslation();
  const list = useApiQuery('followUps:list', {
    bucket: params.tab,
    ...listFilters(params),
    page: params.page,
    pageSize: PAGE_SIZE,
  });
  const data = list.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;

  if (list.error) return <InlineError error={list.error} onRetry={list.refetch} />;
  if (!data) return <Loader aria-label={t('app.loading')} />;
  return (
    <Stack gap="sm">
      <Group gap="xs" mih={24}>
        <Text fw={600} size="sm" aria-live="polite" data-testid="follow-up-total">
          {t('followUps.total', { count: data.total, formatted: formatNumber(data.total) })}
        </Text>
        {list.loading ? <Loader size="xs" aria-label={t('app.loading')} /> : null}
      </Group>
      {data.rows.length === 0 ? (
        <Paper withBorder radius="md" p="xl">
          <Text c="dimmed" ta="center">
            {hasFilters(params) ? t('followUps.empty.filtered') : t(`followUps.empty.${params.tab}`)}
          </Text>
        </Paper>
      ) : (
        <FollowUpTable rows={data.rows} now={now} />
      )}
      {pages > 1 ? (
        <Group justify="center" mt="xs">
          <Pagination total={pages} value={Math.min(params.page, pages)} onChange={(page) => update({ page })} aria-label={t('followUps.pagination')} />
        </Group>
      ) : null}
    </Stack>
  );
}

/** "Tindak Lanjut": the tabs with their counts, the filters, and the list or the agenda. */
export function FollowUpsPage() {
  const { t } = useTranslation();
  const { params, update } = useFollowUpParams();
  const now = useNow();
  const counts = useApiQuery('followUps:counts', listFilters(params));

  return (
    <FollowUpDialogsProvider>
      <PageHeader
        title={t('followUps.title')}
        description={t('followUps.description')}
        actions={
          <Group gap="sm" wrap="nowrap">
            <SegmentedControl
              aria-label={t('followUps.views.label')}
              value={params.view}
              onChange={(v) => update({ view: v === 'agenda' ? 'agenda' : 'list' })}
              data={[
                { value: 'list', label: <Group gap={6} wrap="nowrap"><IconList size={16} />{t('followUps.views.list')}</Group> },
                { value: 'agenda', label: <Group gap={6} wrap="nowrap"><IconCalendarWeek size={16} />{t('followUps.views.agenda')}</Group> },
              ]}
            />
            <AddFollowUpButton />
          </Group>
        }
      />
      <FollowUpFilters params={params} update={update} />
      {params.view === 'agenda' ? (
        <AgendaView params={params} now={now} />
      ) : (
        <Tabs value={params.tab} onChange={(v) => v && update({ tab: v as FollowUpBucket })} keepMounted={false}>
          <Tabs.List mb="md" aria-label={t('followUps.tabsLabel')}>
            {FOLLOW_UP_BUCKETS.map((bucket) => (
              <Tabs.Tab key={bucket} value={bucket} rightSection={<TabCount bucket={bucket} counts={counts.data} />}>
                {t(`followUps.tabs.${bucket}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value={params.tab}>
            <ListView params={params} update={update} now={now} />
          </Tabs.Panel>
        </Tabs>
      )}
    </FollowUpDialogsProvider>
  );
}
