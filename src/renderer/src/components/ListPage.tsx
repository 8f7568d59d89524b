import { Group, Loader, Pagination, Paper, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueryState } from '../lib/query';
import { InlineError } from './InlineError';
import { PageHeader } from './PageHeader';

/** One page of a list, as every list channel answers it. */
interface ListAnswer<Row> {
  rows: Row[];
  total: number;
}

interface ListResultsProps<Row, A extends ListAnswer<Row>> {
  /** The list's query: its error, first load and refreshes are shown the same way on every list. */
  list: QueryState<A>;
  /** The count line (`12 UMKM`), read by screen readers as it changes. */
  count: (data: A) => ReactNode;
  /** What sits at the right of the count: clear filters, sort, print. */
  tools?: (data: A) => ReactNode;
  /** A line between the count and the rows (e.g. "showing deleted profiles"). */
  note?: (data: A) => ReactNode;
  /** What an empty page says (no data yet, or nothing matches the filters). */
  empty: ReactNode;
  /** Whether the empty state sits in a bordered panel (a full page) or alone (inside a tab). */
  emptyInPanel?: boolean;
  /** The table of rows. */
  children: (data: A) => ReactNode;
  page: number;
  pageSize: number;
  /** Where the server stops counting: no pages past it. */
  countCap?: number;
  onPage: (page: number) => void;
  paginationLabel: string;
  /** A hint under the pagination. */
  paginationNote?: (data: A) => ReactNode;
}

/**
 * The results part of a list page: error with retry, first load, the count with its tools, the
 * rows or the empty state, and the pagination.
 */
export function ListResults<Row, A extends ListAnswer<Row>>(props: ListResultsProps<Row, A>) {
  const { t } = useTranslation();
  const { list, count, tools, note, empty, emptyInPanel = true, children, page, pageSize, countCap = Infinity, onPage, paginationLabel, paginationNote } = props;
  const data = list.data;
  const pages = data ? Math.max(1, Math.ceil(Math.min(data.total, countCap) / pageSize)) : 1;
  return (
    <>
      {list.error ? <InlineError error={list.error} onRetry={list.refetch} /> : null}
      {!data && list.loading ? <Loader aria-label={t('app.loading')} /> : null}
      {data ? (
        <Stack gap="sm">
          <Group justify="space-between" mih={28}>
            <Group gap="xs">
              {count(data)}
              {list.loading ? <Loader size="xs" aria-label={t('app.loading')} /> : null}
            </Group>
            {tools ? tools(data) : null}
          </Group>
          {note ? note(data) : null}
          {data.rows.length === 0 ? (
            emptyInPanel ? (
              <Paper withBorder radius="md" p="xl">
                {empty}
              </Paper>
            ) : (
              empty
            )
          ) : (
            children(data)
          )}
          {pages > 1 ? (
            <Stack align="center" gap={4} mt="xs">
              <Pagination total={pages} value={Math.min(page, pages)} onChange={onPage} aria-label={paginationLabel} />
              {paginationNote ? paginationNote(data) : null}
            </Stack>
          ) : null}
        </Stack>
      ) : null}
    </>
  );
}

/** A list page: its header (title, description, the add button), its filters, then the results. */
export function ListPage<Row, A extends ListAnswer<Row>>({
  title,
  description,
  actions,
  filters,
  ...results
}: ListResultsProps<Row, A> & { title: string; description?: string; actions?: ReactNode; filters: ReactNode }) {
  return (
    <>
      <PageHeader title={title} description={description} actions={actions} />
      {filters}
      <ListResults {...results} />
    </>
  );
}
