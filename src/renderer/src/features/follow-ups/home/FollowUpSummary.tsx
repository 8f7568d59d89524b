import { Anchor, Card, Group, Loader, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FollowUpCounts } from '../../../../../shared/contract';
import { InlineError } from '../../../components/InlineError';
import { useApiQuery } from '../../../lib/query';
import { useSession } from '../../session';
import { tabLink } from '../list/use-follow-up-params';

function CountsLine({ label, counts, consultantId, testId }: { label: string; counts: FollowUpCounts; consultantId?: string; testId: string }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="wrap" data-testid={testId}>
      <Text size="sm" fw={600} w={130}>
        {label}
      </Text>
      <Anchor component={Link} to={tabLink('overdue', consultantId)} c={counts.overdue > 0 ? 'red' : 'dimmed'} fw={700} size="sm">
        {t('followUps.summary.overdue', { count: counts.overdue })}
      </Anchor>
      <Text size="sm" c="dimmed">
        ·
      </Text>
      <Anchor component={Link} to={tabLink('today', consultantId)} c={counts.today > 0 ? 'orange.8' : 'dimmed'} fw={700} size="sm">
        {t('followUps.summary.today', { count: counts.today })}
      </Anchor>
    </Group>
  );
}

/** Beranda's start of the day: "3 terlambat, 5 hari ini", the consultant's own first, then the office's. */
export function FollowUpSummary() {
  const { t } = useTranslation();
  const consultantId = useSession().session?.consultant?.id;
  const query = useApiQuery('followUps:counts', { consultantId }, { enabled: Boolean(consultantId) });
  // Until the session is known, `{ consultantId: undefined }` is the office's own key: show none of it as "mine".
  const mine = consultantId ? query : { ...query, data: undefined };
  const office = useApiQuery('followUps:counts', {});
  const error = mine.error ?? office.error;
  const clear = mine.data && office.data && office.data.overdue + office.data.today === 0;

  return (
    <Card withBorder radius="lg" padding="lg" component="section" aria-label={t('followUps.summary.title')}>
      <Group justify="space-between" mb="sm">
        <Group gap="sm">
          <ThemeIcon variant="light" radius="xl" size={32} color={office.data && office.data.overdue > 0 ? 'red' : 'blue'}>
            <IconBell size={18} />
          </ThemeIcon>
          <Title order={2} size="h4">
            {t('followUps.summary.title')}
          </Title>
        </Group>
        <Anchor component={Link} to="/tindak-lanjut" size="sm">
          {t('followUps.summary.open')}
        </Anchor>
      </Group>
      {error ? <InlineError error={error} onRetry={() => (mine.refetch(), office.refetch())} /> : null}
      {!mine.data || !office.data ? (
        error ? null : <Loader size="sm" aria-label={t('app.loading')} />
      ) : (
        <Stack gap={6}>
          <CountsLine label={t('followUps.summary.mine')} counts={mine.data} consultantId={consultantId} testId="summary-mine" />
          <CountsLine label={t('followUps.summary.office')} counts={office.data} testId="summary-office" />
          {clear ? (
            <Text size="sm" c="dimmed">
              {t('followUps.summary.allClear')}
            </Text>
          ) : null}
        </Stack>
      )}
    </Card>
  );
}
