import { Paper, Text, Timeline, Title } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ConsultationRevision } from '../../../../../shared/contract';
import { formatDateTime } from '../../../lib/format';
import { useOfficeTimeZone } from '../../../app/settings';

/** "Riwayat versi": the finalised version and each amendment with its reason and changed fields. */
export function HistorySection({ revisions }: { revisions: ConsultationRevision[] }) {
  const { t } = useTranslation();
  const timeZone = useOfficeTimeZone();
  const newestFirst = [...revisions].sort((a, b) => b.version - a.version);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={t('consultations.view.history')}>
      <Title order={2} size="h5" mb="md">
        {t('consultations.view.history')}
      </Title>
      <Timeline bulletSize={22} lineWidth={2} active={-1}>
        {newestFirst.map((r) => {
          const name = r.actorName ?? t('consultations.view.someone');
          const at = formatDateTime(r.at, timeZone);
          const fields = r.changedFields.map((f) => t(`consultations.fields.${f}`, { defaultValue: f })).join(', ');
          return (
            <Timeline.Item key={r.version} bullet={<IconHistory size={12} />} title={t('consultations.view.version', { version: r.version })}>
              <Text size="xs" c="dimmed">
                {r.reason === null ? t('consultations.view.finalizedBy', { at, name }) : t('consultations.view.amendedBy', { at, name })}
              </Text>
              {r.reason ? <Text size="sm">{t('consultations.view.reason', { reason: r.reason })}</Text> : null}
              {r.reason !== null && fields ? (
                <Text size="xs" mt={2}>
                  {t('consultations.view.changed', { fields })}
                </Text>
              ) : null}
            </Timeline.Item>
          );
        })}
      </Timeline>
    </Paper>
  );
}
