import { Alert, Badge, Button, Group, Loader, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconArrowRight, IconCircleCheck, IconInbox } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useOfficeTimeZone } from '../../../app/settings';
import { InlineError } from '../../../components/InlineError';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { useApiQuery } from '../../../lib/query';
import { conflictPath } from '../paths';
import { columnLabel, deskLabel, shownFields } from './labels';

/** What the detail hands back to the list after a decision, for the notice. */
export interface DecidedState {
  decided?: string;
}

/** The Konflik inbox: every record changed at two desks that waits for a decision, newest first as the core lists them. */
export function ConflictInbox() {
  const { t } = useTranslation();
  const timeZone = useOfficeTimeZone();
  const location = useLocation();
  const decided = (location.state as DecidedState | null)?.decided;
  const conflicts = useApiQuery('transfer:conflicts');
  // Back from a decision: the focus goes to the notice that says it was saved.
  const saved = useRef<HTMLDivElement>(null);
  const shown = conflicts.data !== undefined;
  useEffect(() => {
    if (decided && shown) saved.current?.focus();
  }, [decided, shown]);

  const notice = decided ? (
    <Alert ref={saved} tabIndex={-1} color="teal" variant="light" icon={<IconCircleCheck size={18} />} role="status" data-testid="conflict-decided">
      {t('transfer.conflicts.saved', { label: decided })}
    </Alert>
  ) : null;

  if (conflicts.error) return <InlineError error={conflicts.error} onRetry={conflicts.refetch} />;
  if (!conflicts.data) return <Loader size="sm" aria-label={t('app.loading')} />;
  const { items, total } = conflicts.data;

  return (
    <Stack gap="md" data-testid="conflict-inbox">
      {notice}
      <Text size="sm" c="dimmed" maw={820}>
        {t('transfer.conflicts.intro')}
      </Text>
      {items.length === 0 ? (
        <Group gap="xs" c="dimmed" data-testid="conflicts-empty">
          <IconInbox size={20} aria-hidden />
          <Text size="sm">{t('transfer.conflicts.empty')}</Text>
        </Group>
      ) : (
        <Table withTableBorder striped verticalSpacing="sm" data-testid="conflict-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('transfer.conflicts.record')}</Table.Th>
              <Table.Th>{t('transfer.conflicts.from')}</Table.Th>
              <Table.Th>{t('transfer.conflicts.when')}</Table.Th>
              <Table.Th>{t('transfer.conflicts.fields')}</Table.Th>
              <Table.Th w={140}>
                <VisuallyHidden>{t('transfer.conflicts.open')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((c) => (
              <Table.Tr key={c.id} data-testid="conflict-row">
                <Table.Td>
                  <Text fw={600}>{c.label}</Text>
                  <Text size="xs" c="dimmed">
                    {t(`transfer.tables.${c.table}`)}
                  </Text>
                </Table.Td>
                <Table.Td>{deskLabel(t, c.fromDeskCode)}</Table.Td>
                <Table.Td>{formatDateTime(c.detectedAt, timeZone)}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {shownFields(c.fields).map((f) => (
                      <Badge key={f} size="sm" variant="outline" color="gray" tt="none">
                        {columnLabel(t, f)}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Button component={Link} to={conflictPath(c.id)} size="compact-sm" variant="light" rightSection={<IconArrowRight size={14} />} aria-label={t('transfer.conflicts.openLabel', { label: c.label })}>
                    {t('transfer.conflicts.open')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {total > items.length ? (
        <Text size="sm" c="dimmed">
          {t('transfer.conflicts.more', { shown: formatNumber(items.length), total: formatNumber(total) })}
        </Text>
      ) : null}
    </Stack>
  );
}
