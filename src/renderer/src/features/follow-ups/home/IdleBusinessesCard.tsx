import { Anchor, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { InlineError } from '../../../components/InlineError';
import { formatNumber } from '../../../lib/format';
import { useApiQuery } from '../../../lib/query';
import { AddFollowUpButton } from '../actions/AddFollowUpButton';

const SHOWN = 5;

/**
 * Businesses with no consultation or follow-up for the office's idle days: candidates for a
 * check-in. Nothing is inactivated automatically; the consultant decides.
 */
export function IdleBusinessesCard() {
  const { t } = useTranslation();
  const idle = useApiQuery('followUps:idle', { page: 1, pageSize: SHOWN });
  const data = idle.data;
  // Nothing to say when every business is active: the card stays out of the way.
  if (data && data.total === 0) return null;

  return (
    <Card withBorder radius="lg" padding="lg" component="section" aria-label={t('followUps.idle.title')}>
      <Title order={2} size="h4" mb={4}>
        {t('followUps.idle.title')}
      </Title>
      {idle.error ? <InlineError error={idle.error} onRetry={idle.refetch} /> : null}
      {!data && !idle.error ? <Loader size="sm" aria-label={t('app.loading')} /> : null}
      {data ? (
        <>
          <Text size="sm" c="dimmed" mb="sm">
            {t('followUps.idle.hint', { days: formatNumber(data.days) })}
          </Text>
          <Stack gap={0}>
            {data.rows.map((b) => (
              <Group key={b.id} justify="space-between" wrap="nowrap" py={8} style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }} data-testid="idle-business">
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Anchor component={Link} to={`/umkm/${b.id}`} size="sm" fw={600} truncate="end">
                    {b.name}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {[b.regencyName, t('followUps.idle.idleFor', { days: formatNumber(b.idleDays) })].filter(Boolean).join(' · ')}
                  </Text>
                </Stack>
                <AddFollowUpButton
                  size="compact-sm"
                  variant="light"
                  businessId={b.id}
                  title={t('followUps.create.checkIn')}
                  label={t('followUps.idle.create')}
                />
              </Group>
            ))}
          </Stack>
          {data.total > data.rows.length ? (
            <Text size="xs" c="dimmed" mt="xs">
              {t('followUps.idle.more', {
                count: data.total - data.rows.length,
                // Past 1.000 the core stops counting: "lebih dari".
                formatted: `${formatNumber(data.total - data.rows.length)}${data.capped ? '+' : ''}`,
              })}
            </Text>
          ) : null}
        </>
      ) : null}
    </Card>
  );
}
