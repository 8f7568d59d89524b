import { Button, EmptyState, Text } from '@mantine/core';
import { IconFilterOff, IconPlus, IconSchool, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListPage } from '../../../components/ListPage';
import { formatNumber } from '../../../lib/format';
import { useApiQuery } from '../../../lib/query';
import { TrainingFilters } from './TrainingFilters';
import { TrainingTable } from './TrainingTable';
import { PAGE_SIZE, hasFilters, toQuery, useTrainingParams } from './use-training-params';

/** `/pelatihan`: the office's trainings, searched and filtered, one page at a time. */
export function TrainingListPage() {
  const { t } = useTranslation();
  const { params, update } = useTrainingParams();
  const reversed = params.from !== null && params.to !== null && params.from > params.to;
  const list = useApiQuery('trainings:list', toQuery(params), { enabled: !reversed });
  const clear = () => update({ q: '', topic: null, regency: null, from: null, to: null });
  const filtered = hasFilters(params);

  return (
    <ListPage
      title={t('trainings.title')}
      description={t('trainings.description')}
      actions={
        <Button component={Link} to="/pelatihan/baru" leftSection={<IconPlus size={18} />}>
          {t('trainings.add')}
        </Button>
      }
      filters={
        <>
          <TrainingFilters params={params} update={update} />
          {reversed ? (
            <Text c="red" size="sm" mb="sm" role="alert">
              {t('v.rangeReversed')}
            </Text>
          ) : null}
        </>
      }
      list={list}
      count={(data) => (
        <Text fw={600} size="sm" aria-live="polite" data-testid="training-total">
          {t('trainings.list.total', { count: data.total, formatted: formatNumber(data.total) })}
        </Text>
      )}
      tools={() =>
        filtered ? (
          <Button variant="subtle" size="compact-sm" leftSection={<IconFilterOff size={14} />} onClick={clear}>
            {t('trainings.list.clearFilters')}
          </Button>
        ) : null
      }
      empty={
        filtered ? (
          <EmptyState icon={<IconSearch size={28} />} title={t('trainings.list.noMatchTitle')} description={t('trainings.list.noMatch')}>
            <EmptyState.Actions>
              <Button variant="light" leftSection={<IconFilterOff size={16} />} onClick={clear}>
                {t('trainings.list.clearFilters')}
              </Button>
            </EmptyState.Actions>
          </EmptyState>
        ) : (
          <EmptyState icon={<IconSchool size={28} />} title={t('trainings.list.emptyTitle')} description={t('trainings.list.empty')}>
            <EmptyState.Actions>
              <Button component={Link} to="/pelatihan/baru" leftSection={<IconPlus size={16} />}>
                {t('trainings.add')}
              </Button>
            </EmptyState.Actions>
          </EmptyState>
        )
      }
      page={params.page}
      pageSize={PAGE_SIZE}
      onPage={(page) => update({ page })}
      paginationLabel={t('trainings.list.pagination')}
    >
      {(data) => <TrainingTable rows={data.rows} />}
    </ListPage>
  );
}
