import { Button, EmptyState, Group, Loader, Pagination, Paper, Stack, Text } from '@mantine/core';
import { IconFilterOff, IconPlus, IconSchool, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { InlineError } from '../../../components/InlineError';
import { PageHeader } from '../../../components/PageHeader';
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
  const data = list.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;
  const clear = () => update({ q: '', topic: null, regency: null, from: null, to: null });
  const filtered = hasFilters(params);

  return (
    <>
      <PageHeader
        title={t('trainings.title')}
        description={t('trainings.description')}
        actions={
          <Button component={Link} to="/pelatihan/baru" leftSection={<IconPlus size={18} />}>
            {t('trainings.add')}
          </Button>
        }
      />
      <TrainingFilters params={params} update={update} />
      {reversed ? (
        <Text c="red" size="sm" mb="sm" role="alert">
          {t('v.rangeReversed')}
        </Text>
      ) : null}
      {list.error ? <InlineError error={list.error} onRetry={list.refetch} /> : null}
      {!data && list.loading ? <Loader aria-label={t('app.loading')} /> : null}
      {data ? (
        <Stack gap="sm">
          <Group justify="space-between" mih={28}>
            <Group gap="xs">
              <Text fw={600} size="sm" aria-live="polite" data-testid="training-total">
                {t('trainings.list.total', { count: data.total, formatted: formatNumber(data.total) })}
              </Text>
              {list.loading ? <Loader size="xs" aria-label={t('app.loading')} /> : null}
            </Group>
            {filtered ? (
              <Button variant="subtle" size="compact-sm" leftSection={<IconFilterOff size={14} />} onClick={clear}>
                {t('trainings.list.clearFilters')}
              </Button>
            ) : null}
          </Group>
          {data.rows.length === 0 ? (
            <Paper withBorder radius="md" p="xl">
              {filtered ? (
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
              )}
            </Paper>
          ) : (
            <TrainingTable rows={data.rows} />
          )}
          {pages > 1 ? (
            <Pagination
              total={pages}
              value={Math.min(params.page, pages)}
              onChange={(page) => update({ page })}
              aria-label={t('trainings.list.pagination')}
              style={{ alignSelf: 'center' }}
            />
          ) : null}
        </Stack>
      ) : null}
    </>
  );
}
