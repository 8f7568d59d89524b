import { Anchor, Badge, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FollowUpItem } from '../../../../../shared/contract';
import { intlLocale } from '../../../app/i18n';
import { InlineError } from '../../../components/InlineError';
import { useApiQuery } from '../../../lib/query';
import { useOfficeTimeZone } from '../../../app/settings';
import { FollowUpActions } from '../actions/FollowUpActions';
import { subjectText } from '../FollowUpSubject';
import { formatDay, formatWeekdayDay } from '../../../lib/format';
import { formatClock, officeDayOf, officeToday } from '../../../lib/office-time';
import { addDays } from '../../../../../shared/domain/dates';
import { zonedParts } from '../../../../../shared/domain/zoned';
import { isOverdue } from '../../../../../shared/domain/follow-up-due';
import { listFilters, type FollowUpParams } from './use-follow-up-params';

export const AGENDA_DAYS = 14;

/** Groups items by the office day their effective moment falls on, in order. */
export function groupByDay(items: FollowUpItem[], timeZone: string): Array<{ day: string; items: FollowUpItem[] }> {
  const groups = new Map<string, FollowUpItem[]>();
  for (const item of items) {
    const day = officeDayOf(item.effectiveAt, timeZone);
    groups.set(day, [...(groups.get(day) ?? []), item]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([day, list]) => ({ day, items: list }));
}

/** "Agenda": open follow-ups of the next two weeks, day by day, in office time. */
export function AgendaView({ params, now }: { params: FollowUpParams; now: number }) {
  const { t, i18n } = useTranslation();
  const timeZone = useOfficeTimeZone();
  const today = officeToday(timeZone, new Date(now));
  const agenda = useApiQuery('followUps:agenda', {
    from: today,
    to: addDays(today, AGENDA_DAYS - 1),
    ...listFilters(params),
  });
  const groups = groupByDay(agenda.data ?? [], timeZone);
  const tomorrow = addDays(today, 1);

  return (
    <Stack gap="md" aria-label={t('followUps.views.agenda')} data-testid="agenda">
      <Group gap="xs">
        <Title order={2} size="h5">
          {t('followUps.agenda.title', { days: AGENDA_DAYS })}
        </Title>
        {agenda.loading ? <Loader size="xs" aria-label={t('app.loading')} /> : null}
      </Group>
      {agenda.error ? <InlineError error={agenda.error} onRetry={agenda.refetch} /> : null}
      {agenda.data && groups.length === 0 ? (
        <Paper withBorder radius="md" p="xl">
          <Text c="dimmed" ta="center">
            {t('followUps.agenda.empty', { days: AGENDA_DAYS })}
          </Text>
        </Paper>
      ) : null}
      {groups.map(({ day, items }) => (
        <Paper key={day} withBorder radius="md" p="md" component="section" aria-label={formatDay(day)} data-testid="agenda-day">
          <Group justify="space-between" mb="xs">
            <Group gap="xs">
              <Text fw={700} tt="capitalize">
                {formatWeekdayDay(day, intlLocale(i18n.language))}
              </Text>
              <Text c="dimmed" size="sm">
                {formatDay(day)}
              </Text>
              {day === today ? (
                <Badge size="sm" variant="light">
                  {t('followUps.agenda.todayLabel')}
                </Badge>
              ) : null}
              {day === tomorrow ? (
                <Badge size="sm" variant="light" color="gray">
                  {t('followUps.agenda.tomorrowLabel')}
                </Badge>
              ) : null}
            </Group>
            <Text size="sm" c="dimmed">
              {t('followUps.agenda.count', { count: items.length })}
            </Text>
          </Group>
          <Stack gap={6}>
            {items.map((item) => (
              <Group key={item.id} justify="space-between" wrap="nowrap" gap="sm" py={4} style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
                <Group gap="md" wrap="nowrap" style={{ minWidth: 0 }}>
                  <Text ff="monospace" size="sm" w={48} c={isOverdue(item.effectiveAt, now) ? 'red' : undefined}>
                    {/* Due by the end of its day, with no time of its own: no clock to show. */}
                    {item.dueTime ? formatClock(zonedParts(new Date(item.effectiveAt), timeZone).time) : '—'}
                  </Text>
                  <Stack gap={0} style={{ minWidth: 0 }}>
                    <Anchor component={Link} to={`/tindak-lanjut/${item.id}`} size="sm" fw={600} c="var(--mantine-color-text)" truncate="end">
                      {item.title}
                    </Anchor>
                    <Text size="xs" c="dimmed" truncate="end">
                      {[subjectText(item), item.consultantName, t(`followUps.assignees.${item.assignee}`)].filter(Boolean).join(' · ')}
                    </Text>
                  </Stack>
                </Group>
                <FollowUpActions item={item} />
              </Group>
            ))}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
