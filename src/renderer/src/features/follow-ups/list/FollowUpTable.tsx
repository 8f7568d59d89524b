import { Anchor, Box, Paper, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FollowUpItem } from '../../../../../shared/contract';
import { useOfficeTimeZone } from '../../../app/settings';
import { FollowUpActions } from '../actions/FollowUpActions';
import { FollowUpSubject } from '../FollowUpSubject';
import { formatDue, formatInstant } from '../../../lib/office-time';
import { FollowUpStatusBadge } from './StatusBadge';

function Dimmed({ children, clamp }: { children: React.ReactNode; clamp?: number }) {
  return (
    <Text size="xs" c="dimmed" lh={1.35} lineClamp={clamp}>
      {children}
    </Text>
  );
}

/**
 * One page of a tab: what (and where it came from: a consultation's number or "by hand"), for
 * which business or training participant, when in office time, who, the status, and the quick actions.
 */
export function FollowUpTable({ rows, now }: { rows: FollowUpItem[]; now: number }) {
  const { t } = useTranslation();
  const timeZone = useOfficeTimeZone();
  const none = t('app.none');
  const c = (key: string) => t(`followUps.columns.${key}`);

  return (
    <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
      <Table.ScrollContainer minWidth={1000}>
        <Table verticalSpacing="xs" horizontalSpacing="sm" aria-label={t('followUps.tableLabel')} highlightOnHover layout="fixed">
          <Table.Thead bg="var(--mantine-color-gray-0)">
            <Table.Tr>
              <Table.Th>{c('title')}</Table.Th>
              <Table.Th w="18%">{c('business')}</Table.Th>
              <Table.Th w={140}>{c('due')}</Table.Th>
              <Table.Th w={140}>{c('consultant')}</Table.Th>
              <Table.Th w={108}>{c('status')}</Table.Th>
              <Table.Th w={252}>
                <VisuallyHidden>{c('actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.id} data-testid="follow-up-row">
                <Table.Td>
                  <Anchor component={Link} to={`/tindak-lanjut/${r.id}`} size="sm" fw={600} c="var(--mantine-color-text)" lineClamp={2}>
                    {r.title}
                  </Anchor>
                  {r.consultationId ? (
                    <Text size="xs" c="dimmed">
                      {c('consultation')}{' '}
                      <Anchor component={Link} to={`/konsultasi/${r.consultationId}`} size="xs" ff="monospace">
                        {r.consultationNumber ?? none}
                      </Anchor>
                    </Text>
                  ) : (
                    <Dimmed>{t('followUps.byHand')}</Dimmed>
                  )}
                  {r.status === 'done' && r.outcome ? (
                    <Dimmed clamp={2}>
                      {t('followUps.outcome')}: {r.outcome}
                    </Dimmed>
                  ) : null}
                  {r.status === 'cancelled' && r.cancelReason ? (
                    <Dimmed clamp={2}>
                      {t('followUps.cancelReason')}: {r.cancelReason}
                    </Dimmed>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <FollowUpSubject item={r} />
                  {r.regencyName ? <Dimmed>{r.regencyName}</Dimmed> : null}
                </Table.Td>
                <Table.Td>
                  <Stack gap={0}>
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {formatDue(r.dueDate, r.dueTime)}
                    </Text>
                    {r.status === 'open' && r.snoozedUntil && Date.parse(r.snoozedUntil) > now ? (
                      <Dimmed>{t('followUps.snoozedUntil', { when: formatInstant(r.snoozedUntil, timeZone) })}</Dimmed>
                    ) : null}
                    {r.status !== 'open' && r.completedAt ? (
                      <Dimmed>
                        {t(r.status === 'done' ? 'followUps.completedAt' : 'followUps.cancelledAt', {
                          when: formatInstant(r.completedAt, timeZone),
                        })}
                      </Dimmed>
                    ) : null}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" truncate="end">
                    {r.consultantName ?? none}
                  </Text>
                  <Dimmed>
                    {c('assignee')}: {t(`followUps.assignees.${r.assignee}`)}
                  </Dimmed>
                </Table.Td>
                <Table.Td>
                  <FollowUpStatusBadge item={r} now={now} />
                </Table.Td>
                {/* The buttons keep their words; the title and business columns give way instead. */}
                <Table.Td>
                  <Box w="max-content" ml="auto">
                    <FollowUpActions item={r} />
                  </Box>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
