import { Loader, Paper, Text, Timeline, Title } from '@mantine/core';
import { IconChecklist, IconHistory, IconMessages } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { TimelineEntry } from '../../../../../shared/contract';
import { InlineError } from '../../../components/InlineError';
import { formatDateTime } from '../../../lib/format';
import { useApiQuery } from '../../../lib/query';
import { useOfficeTimeZone } from '../../../app/settings';
import { ConsultationEntry, FollowUpEntry } from './ConsultationEntries';

const KINDS = new Set([
  'consultation', 'follow_up', 'create', 'update', 'delete', 'restore', 'merge', 'merged_into', 'reveal_nik', 'export_personal', 'erase_personal', 'not_duplicate',
  'privacy_request', 'restrict', 'unrestrict', 'access_copy',
]);

const BULLETS: Record<string, React.ReactNode> = {
  consultation: <IconMessages size={12} />,
  follow_up: <IconChecklist size={12} />,
};

/** "Diubah: Produk, Modal usaha" for edits and merges; other entries speak for themselves. */
function changedFields(t: TFunction, entry: TimelineEntry): string | null {
  if (entry.kind !== 'update' && entry.kind !== 'merge') return null;
  const fields = entry.detail?.['fields'];
  if (!Array.isArray(fields)) return null;
  const names = fields
    .filter((f): f is string => typeof f === 'string')
    .map((f) => t(`businesses.fields.${f}`, { defaultValue: '' }))
    .filter(Boolean);
  return names.length ? t('businesses.timeline.changed', { fields: names.join(', ') }) : null;
}

/** "Riwayat": what happened to this profile, newest first, and by whom. */
export function BusinessTimeline({ id }: { id: string }) {
  const { t } = useTranslation();
  const timeZone = useOfficeTimeZone();
  const timeline = useApiQuery('businesses:timeline', { id });

  return (
    <Paper withBorder radius="md" p="md">
      <Title order={2} size="h5" mb="md">
        {t('businesses.timeline.title')}
      </Title>
      {timeline.error ? <InlineError error={timeline.error} onRetry={timeline.refetch} /> : null}
      {!timeline.data && timeline.loading ? <Loader size="sm" aria-label={t('app.loading')} /> : null}
      {timeline.data && timeline.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('businesses.timeline.empty')}
        </Text>
      ) : null}
      {timeline.data && timeline.data.length > 0 ? (
        <Timeline bulletSize={22} lineWidth={2} active={-1}>
          {timeline.data.map((entry, i) => {
            const changed = changedFields(t, entry);
            const kind = KINDS.has(entry.kind) ? entry.kind : 'other';
            return (
              <Timeline.Item
                key={`${entry.at}-${i}`}
                bullet={BULLETS[entry.kind] ?? <IconHistory size={12} />}
                title={t(`businesses.timeline.kinds.${kind}`)}
                data-testid={`timeline-${entry.kind}`}
              >
                {entry.kind === 'consultation' ? <ConsultationEntry detail={entry.detail} /> : null}
                {entry.kind === 'follow_up' ? <FollowUpEntry detail={entry.detail} /> : null}
                <Text size="xs" c="dimmed">
                  {formatDateTime(entry.at, timeZone)} ·{' '}
                  {t('businesses.timeline.by', { name: entry.actorName ?? t('businesses.timeline.system') })}
                </Text>
                {changed ? (
                  <Text size="xs" mt={2}>
                    {changed}
                  </Text>
                ) : null}
              </Timeline.Item>
            );
          })}
        </Timeline>
      ) : null}
    </Paper>
  );
}
