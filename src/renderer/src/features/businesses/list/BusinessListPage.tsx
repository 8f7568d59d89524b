import { Button, EmptyState, Group, Loader, Pagination, Paper, Select, Stack, Text } from '@mantine/core';
import { IconArrowsSort, IconBuildingStore, IconFilterOff, IconPlus, IconSearch, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { InlineError } from '../../../components/InlineError';
import { PageHeader } from '../../../components/PageHeader';
import { useApiQuery } from '../../../lib/query';
import { describeTotal } from '../business-format';
import { sortOptions } from '../labels';
import { BusinessTable } from './BusinessTable';
import { ListFilters } from './ListFilters';
import { FILTER_KEYS, PAGE_SIZE, hasFilters, toQuery, useListParams, type ListParams } from './use-list-params';

/** The server stops counting here and answers CAP + 1 for "more". */
const COUNT_CAP = 10_000;

function Empty({ params, onClear }: { params: ListParams; onClear: () => void }) {
  const { t } = useTranslation();
  if (hasFilters(params)) {
    return (
      <EmptyState
        icon={<IconSearch size={28} />}
        title={t('businesses.list.noMatchTitle')}
        description={t('businesses.list.noMatch')}
      >
        <EmptyState.Actions>
          <Button variant="light" leftSection={<IconFilterOff size={16} />} onClick={onClear}>
            {t('businesses.list.clearFilters')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  }
  if (params.deleted) {
    return (
      <EmptyState icon={<IconTrash size={28} />} title={t('businesses.list.noDeletedTitle')} description={t('businesses.list.noDeleted')} />
    );
  }
  return (
    <EmptyState icon={<IconBuildingStore size={28} />} title={t('businesses.list.emptyTitle')} description={t('businesses.list.empty')}>
      <EmptyState.Actions>
        <Button component={Link} to="/umkm/baru" leftSection={<IconPlus size={16} />}>
          {t('businesses.add')}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}

/** "Profil UMKM": search and filter the office's businesses, one page at a time. */
export function BusinessListPage() {
  const { t } = useTranslation();
  const { params, update } = useListParams();
  const list = useApiQuery('businesses:list', toQuery(params));
  const data = list.data;
  const pages = data ? Math.max(1, Math.ceil(Math.min(data.total, COUNT_CAP) / PAGE_SIZE)) : 1;
  const clear = () => update({ q: '', ...Object.fromEntries(FILTER_KEYS.map((k) => [k, null])) });

  return (
    <>
      <PageHeader
        title={t('businesses.title')}
        description={t('businesses.description')}
        actions={
          <Button component={Link} to="/umkm/baru" leftSection={<IconPlus size={18} />}>
            {t('businesses.add')}
          </Button>
        }
      />
      <ListFilters params={params} update={update} />
      {list.error ? <InlineError error={list.error} onRetry={list.refetch} /> : null}
      {!data && list.loading ? <Loader aria-label={t('app.loading')} /> : null}
      {data ? (
        <Stack gap="sm">
          <Group justify="space-between" mih={28}>
            <Group gap="xs">
              <Text fw={600} size="sm" data-testid="business-total" aria-live="polite">
                {describeTotal(t, data.total, COUNT_CAP)}
              </Text>
              {list.loading ? <Loader size="xs" aria-label={t('app.loading')} /> : null}
            </Group>
            <Group gap="sm">
              {hasFilters(params) ? (
                <Button variant="subtle" size="compact-sm" leftSection={<IconFilterOff size={14} />} onClick={clear}>
                  {t('businesses.list.clearFilters')}
                </Button>
              ) : null}
              <Select
                aria-label={t('businesses.list.sort')}
                leftSection={<IconArrowsSort size={16} />}
                data={sortOptions(t)}
                value={params.sort}
                onChange={(v) => v && update({ sort: v as ListParams['sort'] })}
                w={210}
                size="xs"
              />
            </Group>
          </Group>
          {params.deleted ? (
            <Text size="sm" c="dimmed">
              {t('businesses.list.showingDeleted')}
            </Text>
          ) : null}
          {data.rows.length === 0 ? (
            <Paper withBorder radius="md" p="xl">
              <Empty params={params} onClear={clear} />
            </Paper>
          ) : (
            <BusinessTable rows={data.rows} />
          )}
          {pages > 1 ? (
            <Stack align="center" gap={4} mt="xs">
              <Pagination
                total={pages}
                value={Math.min(params.page, pages)}
                onChange={(page) => update({ page })}
                aria-label={t('businesses.list.pagination')}
              />
              {data.total > COUNT_CAP ? (
                <Text size="xs" c="dimmed">
                  {t('businesses.list.capHint')}
                </Text>
              ) : null}
            </Stack>
          ) : null}
        </Stack>
      ) : null}
    </>
  );
}
