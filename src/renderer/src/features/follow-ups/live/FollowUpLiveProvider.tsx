import { Anchor, Badge, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { EventPayload } from '../../../../../shared/events';
import { isOverdue } from '../../../../../shared/domain/follow-up-due';
import { subscribe } from '../../../lib/api';
import { formatNumber } from '../../../lib/format';
import { refreshAfterChange, useApiQuery } from '../../../lib/query';
import { useOfficeTimeZone } from '../../../app/settings';
import { officeDayOf, officeToday } from '../../../lib/office-time';

type Live = EventPayload<'followUps:changed'>;

const LiveContext = createContext<Live | null>(null);

/** The office's overdue and due-today counts, as the core last reported them. */
export function useFollowUpLive(): Live | null {
  return useContext(LiveContext);
}

/** "Klinik Bisnis — 3 terlambat" while anything is overdue. */
export function windowTitle(appName: string, overdue: number, t: TFunction): string {
  return overdue > 0 ? t('followUps.windowTitle', { app: appName, count: overdue, formatted: formatNumber(overdue) }) : appName;
}

function showReminder(payload: EventPayload<'reminder:due'>, t: TFunction, open: (route: string) => void, timeZone: string) {
  const first = payload.items[0];
  if (!first) return;
  const one = payload.items.length === 1;
  // Reminded of before it is overdue (the morning of its day, or on the spot for one made later that day): "hari ini".
  const now = new Date();
  const today = payload.items.every((i) => !isOverdue(i.effectiveAt, now) && officeDayOf(i.effectiveAt, timeZone) === officeToday(timeZone, now));
  const route = one ? `/tindak-lanjut/${first.id}` : `/tindak-lanjut?tab=${today ? 'today' : 'overdue'}`;
  const id = `reminder-${payload.items.map((i) => i.id).join('-')}`;
  notifications.show({
    id,
    color: 'orange',
    autoClose: 15_000,
    title: one
      ? t(today ? 'followUps.reminder.oneToday' : 'followUps.reminder.one')
      : t(today ? 'followUps.reminder.manyToday' : 'followUps.reminder.many', { formatted: formatNumber(payload.items.length) }),
    message: (
      <Stack gap={2}>
        {payload.items.slice(0, 3).map((item) => (
          <Text key={item.id} size="sm">
            {item.businessName ? `${item.title} — ${item.businessName}` : item.title}
          </Text>
        ))}
        {payload.overdue > 0 ? (
          <Text size="xs" c="dimmed">
            {t('followUps.reminder.overdueNow', { formatted: formatNumber(payload.overdue) })}
          </Text>
        ) : null}
        <Anchor
          component="button"
          type="button"
          size="sm"
          fw={600}
          ta="left"
          onClick={() => {
            notifications.hide(id);
            open(route);
          }}
        >
          {t('followUps.reminder.open')}
        </Anchor>
      </Stack>
    ),
  });
}

/**
 * Follows the core's follow-up events for the whole app: `followUps:changed` (window title and
 * the navbar badge), `reminder:due` (an in-app notification; the lists reload) and `app:navigate`
 * (a click on a desktop notification opens its follow-up). Mounted once, inside the router.
 */
export function FollowUpLiveProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const timeZone = useOfficeTimeZone();
  const [reported, setReported] = useState<Live | null>(null);
  // Until the core reports (it does after every change and every check), the counts come from a query.
  const initial = useApiQuery('followUps:counts', {});
  const live = reported ?? (initial.data ? { overdue: initial.data.overdue, today: initial.data.today } : null);

  useEffect(() => {
    const offChanged = subscribe('followUps:changed', (payload) => {
      setReported((previous) => {
        // A tick that changes nothing must not reload every list.
        if (previous && previous.overdue === payload.overdue && previous.today === payload.today) return previous;
        return payload;
      });
    });
    // The core marks the reported items as reminded, so the lists hear of them through data:changed.
    const offDue = subscribe('reminder:due', (payload) => {
      showReminder(payload, t, (route) => void navigate(route), timeZone);
    });
    const offNavigate = subscribe('app:navigate', ({ route }) => void navigate(route));
    return () => {
      offChanged();
      offDue();
      offNavigate();
    };
  }, [navigate, t, timeZone]);

  // A change in the counts means items moved between tabs. When only time passed nothing was written,
  // so no data:changed came: what reads the follow-ups is as good as changed.
  const overdue = live?.overdue;
  useEffect(() => {
    if (reported) void refreshAfterChange(['follow_up']);
    // Only a reported change reloads; the first query answer needs no reload.
  }, [reported]);

  const appName = t('app.name');
  useEffect(() => {
    document.title = windowTitle(appName, overdue ?? 0, t);
  }, [appName, overdue, t]);

  return <LiveContext.Provider value={live}>{children}</LiveContext.Provider>;
}

/** The red count on the Tindak Lanjut nav item; nothing when nothing is overdue. */
export function OverdueNavBadge() {
  const { t } = useTranslation();
  const live = useFollowUpLive();
  if (!live || live.overdue === 0) return null;
  return (
    <Badge color="red" variant="filled" size="sm" circle={live.overdue < 10} aria-label={t('followUps.navBadge', { count: live.overdue })} data-testid="nav-overdue-badge">
      {formatNumber(live.overdue)}
    </Badge>
  );
}
