import { Alert, Badge, Button, Group, Loader, Modal, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconCheck, IconFileTypePdf, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BreachLetter, BreachSummary } from '../../../../shared/contract';
import { InlineError } from '../../components/InlineError';
import { call } from '../../lib/api';
import { formatInstant } from '../../lib/office-time';
import { notifySuccess } from '../../lib/notify';
import { useApiQuery } from '../../lib/query';
import { useRun } from '../../lib/use-run';
import { useOfficeTimeZone } from '../../app/settings';
import { BreachForm, exportLabel } from './BreachForm';

/** The 3×24-hour clock: how long is left, or that it has run out. */
function DeadlineBadge({ breach }: { breach: BreachSummary }) {
  const { t } = useTranslation();
  // Read when the badge is first shown: the hours left as the consultant opens the register.
  const [now] = useState(() => Date.now());
  if (breach.notifiedSubjectsAt && breach.notifiedAuthorityAt) {
    return (
      <Badge color="teal" variant="light">
        {t('privacyDuties.breaches.notified')}
      </Badge>
    );
  }
  const hours = Math.floor((Date.parse(breach.deadlineAt) - now) / 3_600_000);
  return hours < 0 ? (
    <Badge color="red">{t('privacyDuties.breaches.overdue')}</Badge>
  ) : (
    <Badge color="orange" variant="light">
      {t('privacyDuties.breaches.remaining', { hours })}
    </Badge>
  );
}

function BreachDetailModal({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const zone = useOfficeTimeZone();
  const detail = useApiQuery('privacy:breach', { id });
  const action = useRun();
  const letter = (which: BreachLetter) =>
    action.run(async () => {
      const res = await call('privacy:printBreachLetter', { id, letter: which, target: 'pdf' });
      if (res.path) notifySuccess(t('privacyDuties.breaches.savedPdf', { path: res.path }));
    });
  const mark = (which: BreachLetter) =>
    action.run(async () => {
      await call('privacy:breachNotified', { id, letter: which, at: new Date().toISOString() });
    });
  const b = detail.data;
  return (
    <Modal opened onClose={onClose} size="xl" title={b ? t('privacyDuties.breaches.detailTitle', { title: b.title }) : t('app.loading')}>
      {detail.error ? <InlineError error={detail.error} onRetry={detail.refetch} /> : null}
      {!b ? (
        detail.error ? null : <Loader aria-label={t('app.loading')} />
      ) : (
        <Stack gap="sm" data-testid="breach-detail">
          <Group gap="xs">
            <Badge color={b.encrypted ? 'teal' : 'red'} variant="light">
              {b.encrypted ? t('privacyDuties.breaches.encrypted') : t('privacyDuties.breaches.notEncrypted')}
            </Badge>
            <Badge color="gray" variant="light">
              {b.personalData === 'full' ? t('privacyDuties.breaches.personalFull') : t('privacyDuties.breaches.personalMasked')}
            </Badge>
            <DeadlineBadge breach={b} />
          </Group>
          {b.exportRecord ? <Text size="sm">{exportLabel(b.exportRecord, zone, t)}</Text> : null}
          <Text size="sm">
            {t('privacyDuties.breaches.discovered')}: {formatInstant(b.discoveredAt, zone)} · {t('privacyDuties.breaches.deadline')}:{' '}
            <strong>{formatInstant(b.deadlineAt, zone)}</strong>
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {b.description}
          </Text>
          <Title order={3} size="h5" id="breach-subjects">
            {t('privacyDuties.breaches.whose')} ({t('privacyDuties.breaches.subjectCounts', { businesses: b.businesses, participants: b.participants })})
          </Title>
          <Table.ScrollContainer minWidth={480} mah={240} type="native">
            <Table striped verticalSpacing={4} aria-labelledby="breach-subjects">
              <Table.Tbody>
                {b.subjects.map((s) => (
                  <Table.Tr key={`${s.kind}-${s.id}`}>
                    <Table.Td w={170}>{s.kind === 'business' ? t('privacyDuties.breaches.kindBusiness') : t('privacyDuties.breaches.kindParticipant')}</Table.Td>
                    <Table.Td>{s.name}</Table.Td>
                    <Table.Td>{s.context ?? '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {action.error ? <InlineError error={action.error} /> : null}
          <Group>
            <Button leftSection={<IconFileTypePdf size={16} />} onClick={() => void letter('subjects')} loading={action.busy} disabled={b.subjects.length === 0}>
              {t('privacyDuties.breaches.letterSubjects')}
            </Button>
            <Button leftSection={<IconFileTypePdf size={16} />} onClick={() => void letter('authority')} loading={action.busy}>
              {t('privacyDuties.breaches.letterAuthority')}
            </Button>
          </Group>
          <Group>
            <Button variant="default" leftSection={<IconCheck size={16} />} onClick={() => void mark('subjects')} disabled={Boolean(b.notifiedSubjectsAt)}>
              {b.notifiedSubjectsAt ? `${t('privacyDuties.breaches.notified')}: ${formatInstant(b.notifiedSubjectsAt, zone)}` : t('privacyDuties.breaches.markSubjects')}
            </Button>
            <Button variant="default" leftSection={<IconCheck size={16} />} onClick={() => void mark('authority')} disabled={Boolean(b.notifiedAuthorityAt)}>
              {b.notifiedAuthorityAt ? `${t('privacyDuties.breaches.notified')}: ${formatInstant(b.notifiedAuthorityAt, zone)}` : t('privacyDuties.breaches.markAuthority')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

/** Kewajiban PDP › Insiden: the breach register, each breach with its 3×24-hour clock and its letters. */
export function BreachRegister() {
  const { t } = useTranslation();
  const zone = useOfficeTimeZone();
  const breaches = useApiQuery('privacy:breaches');
  const [adding, setAdding] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  return (
    <Stack gap="md">
      <Alert variant="light" color="blue">
        <Text size="sm">{t('privacyDuties.breaches.intro')}</Text>
      </Alert>
      <Group>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
          {t('privacyDuties.breaches.add')}
        </Button>
      </Group>
      {breaches.error ? <InlineError error={breaches.error} onRetry={breaches.refetch} /> : null}
      {!breaches.data ? (
        breaches.error ? null : <Loader aria-label={t('app.loading')} />
      ) : (
        <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
          <Table.ScrollContainer minWidth={760} type="native">
            <Table striped verticalSpacing="sm" horizontalSpacing="md" aria-label={t('privacyDuties.tabs.breaches')} data-testid="breach-list">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('privacyDuties.breaches.titleLabel')}</Table.Th>
                  <Table.Th w={150}>{t('privacyDuties.breaches.discovered')}</Table.Th>
                  <Table.Th w={150}>{t('privacyDuties.breaches.deadline')}</Table.Th>
                  <Table.Th>{t('privacyDuties.breaches.subjects')}</Table.Th>
                  <Table.Th w={110} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {breaches.data.length === 0 ? (
                  <Table.Tr>
                    <Table.Td colSpan={5}>
                      <Text size="sm">{t('privacyDuties.breaches.none')}</Text>
                    </Table.Td>
                  </Table.Tr>
                ) : (
                  breaches.data.map((b) => (
                    <Table.Tr key={b.id}>
                      <Table.Td>
                        <Text size="sm" fw={600}>
                          {b.title}
                        </Text>
                        <Badge size="xs" color={b.encrypted ? 'teal' : 'red'} variant="light">
                          {b.encrypted ? t('privacyDuties.breaches.encrypted') : t('privacyDuties.breaches.notEncrypted')}
                        </Badge>
                      </Table.Td>
                      <Table.Td>{formatInstant(b.discoveredAt, zone)}</Table.Td>
                      <Table.Td>
                        <Stack gap={2}>
                          <span>{formatInstant(b.deadlineAt, zone)}</span>
                          <DeadlineBadge breach={b} />
                        </Stack>
                      </Table.Td>
                      <Table.Td>{t('privacyDuties.breaches.subjectCounts', { businesses: b.businesses, participants: b.participants })}</Table.Td>
                      <Table.Td>
                        <Button size="xs" variant="light" onClick={() => setOpen(b.id)} aria-label={`${t('privacyDuties.breaches.open')}: ${b.title}`}>
                          {t('privacyDuties.breaches.open')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))
                )}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      {adding ? (
        <BreachForm
          opened
          onClose={() => setAdding(false)}
          onSaved={(b) => {
            setAdding(false);
            setOpen(b.id);
          }}
        />
      ) : null}
      {open ? <BreachDetailModal id={open} onClose={() => setOpen(null)} /> : null}
    </Stack>
  );
}
