import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Service areas as small badges, in the order given. */
export function AreaBadges({ areas, size = 'sm' }: { areas: readonly string[]; size?: 'xs' | 'sm' }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      {areas.map((a) => (
        // Whole words in a narrow table column: the badge wraps to the next line rather than being cut.
        <Badge key={a} size={size} variant="light" color="indigo" tt="none" miw="max-content">
          {t(`consultations.areas.${a}`, { defaultValue: a })}
        </Badge>
      ))}
    </Group>
  );
}

const FOLLOW_UP_COLORS: Record<string, string> = { open: 'orange', done: 'teal', cancelled: 'gray' };

export function FollowUpStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Badge size="sm" variant="light" color={FOLLOW_UP_COLORS[status] ?? 'gray'} tt="none">
      {t(`consultations.followUpStatuses.${status}`, { defaultValue: status })}
    </Badge>
  );
}
