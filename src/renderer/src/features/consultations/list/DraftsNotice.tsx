import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconFileDescription } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DraftSummary } from '../../../../../shared/contract';
import { formatDateTime } from '../../../lib/format';
import { useApiQuery } from '../../../lib/query';
import { useOfficeTimeZone } from '../../../app/settings';

export function DraftRows({ drafts }: { drafts: DraftSummary[] }) {
  const { t } = useTranslation();
  const timeZone = useOfficeTimeZone();
  return (
    <Stack gap="xs" role="list">
      {drafts.map((d) => {
        const name = d.businessName ?? t('consultations.drafts.noBusiness');
        return (
          <Paper key={d.id} withBorder radius="md" p="xs" role="listitem" data-testid="draft-row">
            <Group justify="space-between" wrap="nowrap" gap="sm">
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Text fw={600} size="sm" c={d.businessName ? undefined : 'dimmed'} truncate="end">
                  {name}
                </Text>
                <Text size="xs" c="dimmed" truncate="end">
                  {d.excerpt || t('consultations.drafts.noExcerpt')} ·{' '}
                  {t('consultations.drafts.saved', { at: formatDateTime(d.updatedAt, timeZone) })}
                </Text>
              </Stack>
              <Button
                component={Link}
                to={`/konsultasi/${d.id}`}
                size="compact-sm"
                aria-label={t('consultations.drafts.continueNamed', { name })}
              >
                {t('consultations.drafts.continue')}
              </Button>
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}

/** "Lanjutkan draf": unfinished intakes, so interrupted work is picked up, not lost. Nothing when none. */
export function DraftsNotice() {
  const { t } = useTranslation();
  const drafts = useApiQuery('consultations:drafts', {});
  const rows = drafts.data ?? [];
  if (rows.length === 0) return null;
  return (
    <Alert
      variant="light"
      color="yellow"
      icon={<IconFileDescription size={20} />}
      title={t('consultations.drafts.noticeTitle', { count: rows.length })}
      role="region"
      aria-label={t('consultations.drafts.noticeTitle', { count: rows.length })}
    >
      <DraftRows drafts={rows} />
    </Alert>
  );
}
