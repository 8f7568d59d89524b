import { Alert, Anchor, Badge, Button, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconEraser } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RetentionDue } from '../../../../shared/contract';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { InlineError } from '../../components/InlineError';
import { call } from '../../lib/api';
import { formatCount, formatDay } from '../../lib/format';
import { notifySuccess } from '../../lib/notify';
import { useApiQuery } from '../../lib/query';

type KindDue = RetentionDue['kinds'][number];

function periodText(t: TFunction, months: number): string {
  return months % 12 === 0 ? t('privacyDuties.retention.years', { count: months / 12 }) : t('privacyDuties.retention.monthsValue', { count: months });
}

/**
 * One kind's records past their period, and the button that anonymises them. The core asks for the
 * PIN again before (a fresh PIN: ending personal data cannot be taken back); the app's PIN dialog
 * answers that and the call goes through.
 */
function KindSection({ due }: { due: KindDue }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const headingId = `retention-${due.kind}`;
  const count = due.items.length;
  const anonymise = async () => {
    const res = await call('privacy:anonymise', { kind: due.kind, ids: due.items.map((i) => i.id) });
    notifySuccess(t('privacyDuties.retention.done', { count: res.anonymised }));
  };
  return (
    <Paper withBorder radius="md" p="lg" data-testid={`retention-kind-${due.kind}`}>
      <Group justify="space-between" align="flex-start" mb="sm" wrap="nowrap">
        <div>
          <Title order={2} size="h4" id={headingId}>
            {t(`privacyDuties.kinds.${due.kind}`)}{' '}
            <Badge variant="light" color={due.total > 0 ? 'orange' : 'gray'} ml={4}>
              {t('privacyDuties.retention.total', { count: due.total, formatted: formatCount(due.total) })}
            </Badge>
          </Title>
          <Text size="sm" c="dimmed">
            {t('privacyDuties.retention.periodOf', { period: periodText(t, due.months), cutoff: formatDay(due.cutoff) })}
          </Text>
        </div>
        {count > 0 ? (
          <Button color="red" variant="light" leftSection={<IconEraser size={16} />} onClick={() => setAsking(true)}>
            {t('privacyDuties.retention.anonymise', { count })}
          </Button>
        ) : null}
      </Group>
      {count === 0 ? (
        <Text size="sm">{t('privacyDuties.retention.none')}</Text>
      ) : (
        <>
          {due.total > count ? (
            <Text size="sm" mb="xs">
              {t('privacyDuties.retention.shownOf', { shown: formatCount(count), total: formatCount(due.total) })}
            </Text>
          ) : null}
          <Table.ScrollContainer minWidth={560} mah={320} type="native">
            <Table striped verticalSpacing="xs" aria-labelledby={headingId}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('privacyDuties.retention.name')}</Table.Th>
                  <Table.Th>{t('privacyDuties.retention.context')}</Table.Th>
                  <Table.Th w={130}>{t('privacyDuties.retention.since')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {due.items.map((item) => (
                  <Table.Tr key={item.id}>
                    <Table.Td>{item.label}</Table.Td>
                    <Table.Td>{item.context ?? '—'}</Table.Td>
                    <Table.Td>{formatDay(item.since)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
      <ConfirmDialog
        opened={asking}
        onClose={() => setAsking(false)}
        title={t('privacyDuties.retention.confirmTitle', { count })}
        confirmLabel={t('privacyDuties.retention.confirm')}
        confirmIcon={<IconEraser size={16} />}
        onConfirm={anonymise}
        onRefusal="stay"
      >
        <Stack gap="sm">
          <Text size="sm">{t('privacyDuties.retention.confirmBody')}</Text>
          <Text size="sm" c="dimmed">
            {t('privacyDuties.retention.pinHint')}
          </Text>
        </Stack>
      </ConfirmDialog>
    </Paper>
  );
}

/** Kewajiban PDP › Retensi: the records past their retention period, per kind, raised monthly by the reminder engine. */
export function RetentionReview() {
  const { t } = useTranslation();
  const due = useApiQuery('privacy:retentionDue');
  return (
    <Stack gap="md">
      <Alert variant="light" color="blue">
        <Text size="sm">{t('privacyDuties.retention.intro')}</Text>
        <Anchor component={Link} to="/pengaturan/data-pribadi" size="sm">
          {t('privacyDuties.retention.settingsLink')}
        </Anchor>
      </Alert>
      {due.error ? <InlineError error={due.error} onRetry={due.refetch} /> : null}
      {due.data ? due.data.kinds.map((k) => <KindSection key={k.kind} due={k} />) : due.error ? null : <Loader aria-label={t('app.loading')} />}
    </Stack>
  );
}
