import { Button, EmptyState, Group, Select, Text } from '@mantine/core';
import { IconArrowsSort, IconBuildingStore, IconFilterOff, IconPlus, IconSearch, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListPage } from '../../../components/ListPage';
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
  const clear = () => update({ q: '', ...Object.fromEntries(FILTER_KEYS.map((k) => [k, null])) });

  return (
    <ListPage
      title={t('businesses.title')}
      description={t('businesses.description')}
      actions={
        <Button component={Link} to="/umkm/baru" leftSection={<IconPlus size={18} />}>
          {t('businesses.add')}
        </Button>
      }
      filters={<ListFilters params={params} update={update} />}
      list={list}
      count={(data) => (
        <Text fw={600} size="sm" data-testid="business-total" aria-live="polite">
          {describeTotal(t, data.total, COUNT_CAP)}
        </Text>
      )}
      tools={() => (
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
      )}
      note={() =>
        params.deleted ? (
          <Text size="sm" c="dimmed">
            {t('businesses.list.showingDeleted')}
          </Text>
        ) : null
      }
      empty={<Empty params={params} onClear={clear} />}
      page={params.page}
      pageSize={PAGE_SIZE}
      countCap={COUNT_CAP}
      onPage={(page) => update({ page })}
      paginationLabel={t('businesses.list.pagination')}
      paginationNote={(data) =>
        data.total > COUNT_CAP ? (
          <Text size="xs" c="dimmed">
            {t('businesses.list.capHint')}
          </Text>
        ) : null
      }
    >
      {(data) => <BusinessTable rows={data.rows} />}
    </ListPage>
  );
}
