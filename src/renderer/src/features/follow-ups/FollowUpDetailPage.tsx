import { Anchor, Button, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { InlineError } from '../../components/InlineError';
import { useApiQuery } from '../../lib/query';
import { useOfficeTimeZone } from '../../app/settings';
import { FollowUpActions } from './actions/FollowUpActions';
import { FollowUpDialogsProvider } from './actions/FollowUpDialogs';
import { FollowUpSubject } from './FollowUpSubject';
import { FollowUpStatusBadge } from './list/StatusBadge';
import { formatDue, formatInstant } from '../../lib/office-time';
import { useNow } from './use-now';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <div>{children}</div>
    </Stack>
  );
}

/** One follow-up, opened from the list or from a desktop notification, with its quick actions. */
export function FollowUpDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const timeZone = useOfficeTimeZone();
  const now = useNow();
  const query = useApiQuery('followUps:get', { id });
  const item = query.data;
  const none = t('app.none');
  const d = (key: string) => t(`followUps.detail.${key}`);

  return (
    <FollowUpDialogsProvider>
      <Stack gap="md" maw={900}>
        <Group>
          <Button component={Link} to="/tindak-lanjut" variant="subtle" leftSection={<IconArrowLeft size={16} />} px={4}>
            {t('followUps.back')}
          </Button>
        </Group>
        {query.error ? <InlineError error={query.error} onRetry={query.refetch} /> : null}
        {!item && query.loading ? <Loader aria-label={t('app.loading')} /> : null}
        {item ? (
          <Paper withBorder radius="md" p="lg">
            <Stack gap="lg">
              <Group justify="space-between" align="flex-start">
                <Stack gap={4}>
                  <Text size="sm" c="dimmed">
                    {d('title')}
                  </Text>
                  <Title order={1} size="h2">{item.title}</Title>
                </Stack>
                <FollowUpStatusBadge item={item} now={now} />
              </Group>
              <FollowUpActions item={item} layout="page" />
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="lg">
                <Field label={item.businessId || !item.participantId ? d('business') : t('followUps.participant.label')}>
                  <FollowUpSubject item={item} strong />
                  {item.regencyName ? (
                    <Text size="xs" c="dimmed">
                      {item.regencyName}
                    </Text>
                  ) : null}
                </Field>
                <Field label={d('consultation')}>
                  {item.consultationId ? (
                    <Anchor component={Link} to={`/konsultasi/${item.consultationId}`} size="sm" ff="monospace">
                      {item.consultationNumber ?? none}
                    </Anchor>
                  ) : (
                    <Text size="sm">{t('followUps.byHand')}</Text>
                  )}
                </Field>
                <Field label={d('due')}>
                  <Text size="sm">{formatDue(item.dueDate, item.dueTime)}</Text>
                  {item.status === 'open' && item.snoozedUntil && Date.parse(item.snoozedUntil) > now ? (
                    <Text size="xs" c="dimmed">
                      {t('followUps.snoozedUntil', { when: formatInstant(item.snoozedUntil, timeZone) })}
                    </Text>
                  ) : null}
                </Field>
                <Field label={d('assignee')}>
                  <Text size="sm">{t(`followUps.assignees.${item.assignee}`)}</Text>
                </Field>
                <Field label={d('consultant')}>
                  <Text size="sm">{item.consultantName ?? none}</Text>
                </Field>
                <Field label={d('created')}>
                  <Text size="sm">{formatInstant(item.createdAt, timeZone)}</Text>
                </Field>
                {item.notifiedAt ? (
                  <Field label={d('notified')}>
                    <Text size="sm">{formatInstant(item.notifiedAt, timeZone)}</Text>
                  </Field>
                ) : null}
                {item.completedAt ? (
                  <Field label={d('status')}>
                    <Text size="sm">
                      {t(item.status === 'done' ? 'followUps.completedAt' : 'followUps.cancelledAt', { when: formatInstant(item.completedAt, timeZone) })}
                    </Text>
                  </Field>
                ) : null}
              </SimpleGrid>
              {item.outcome ? (
                <Field label={t('followUps.outcome')}>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="follow-up-outcome">
                    {item.outcome}
                  </Text>
                </Field>
              ) : null}
              {item.cancelReason ? (
                <Field label={t('followUps.cancelReason')}>
                  <Text size="sm">{item.cancelReason}</Text>
                </Field>
              ) : null}
            </Stack>
          </Paper>
        ) : null}
      </Stack>
    </FollowUpDialogsProvider>
  );
}
