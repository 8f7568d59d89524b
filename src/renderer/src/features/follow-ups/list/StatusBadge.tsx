import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FollowUpItem } from '../../../../../shared/contract';
import { isOverdue } from '../../../../../shared/domain/follow-up-due';

const COLORS = { open: 'blue', snoozed: 'grape', overdue: 'red', done: 'teal', cancelled: 'gray' } as const;

/** Open follow-ups read as overdue, snoozed or open; closed ones as done or cancelled. */
export function statusOf(item: FollowUpItem, now: number): keyof typeof COLORS {
  if (item.status !== 'open') return item.status;
  if (isOverdue(item.effectiveAt, now)) return 'overdue';
  return item.snoozedUntil ? 'snoozed' : 'open';
}

export function FollowUpStatusBadge({ item, now }: { item: FollowUpItem; now: number }) {
  const { t } = useTranslation();
  const status = statusOf(item, now);
  return (
    <Badge size="sm" variant="light" color={COLORS[status]} tt="none" style={{ overflow: "visible" }}>
      {t(`followUps.statuses.${status}`)}
    </Badge>
  );
}
