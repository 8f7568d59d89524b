import { Alert, Badge, Button, Card, Group, Loader, Modal, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconEraser, IconFileTypePdf, IconLock, IconLockOpen, IconPencil, IconPrinter } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { PrivacyRequest } from '../../../../shared/contract';
import { LIMITS } from '../../../../shared/validation/fields';
import { useOfficeTimeZone } from '../../app/settings';
import { BackLink } from '../../components/BackLink';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { InlineError } from '../../components/InlineError';
import { call, toApiError } from '../../lib/api';
import { formOf, handleFormError } from '../../lib/form-errors';
import { notifyError, notifySuccess } from '../../lib/notify';
import { formatInstant } from '../../lib/office-time';
import { useApiQuery } from '../../lib/query';
import { Countdown } from './Countdown';
import { SubjectName } from './SubjectName';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </Stack>
  );
}

/** Closes the request as answered or refused, with the words that say how or why (both required). */
function CloseModal({ request, mode, onClose }: { request: PrivacyRequest; mode: 'answer' | 'refuse' | null; onClose: () => void }) {
  const { t } = useTranslation();
  const a = (key: string) => t(`privacyRequests.actions.${key}`);
  const form = useForm<{ text: string }>({ mode: 'controlled', initialValues: { text: '' }, validate: { text: (v) => (v.trim() ? null : t('v.required')) } });
  const submit = form.onSubmit(async ({ text }, event) => {
    try {
      if (mode === 'answer') await call('privacy:answer', { id: request.id, answer: text });
      else await call('privacy:refuse', { id: request.id, reason: text });
      notifySuccess(a(mode === 'answer' ? 'answered' : 'refused'));
      form.reset();
      onClose();
    } catch (err) {
      const e = toApiError(err);
      const issue = e.fields?.['answer'] ?? e.fields?.['reason'];
      handleFormError(form, issue ? e.withFields({ text: issue }) : e, { root: formOf(event) });
    }
  });
  return (
    <Modal opened={mode !== null} onClose={onClose} title={a(mode === 'refuse' ? 'refuseTitle' : 'answerTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Textarea
            label={a(mode === 'refuse' ? 'refuseLabel' : 'answerLabel')}
            placeholder={a(mode === 'refuse' ? 'refusePlaceholder' : 'answerPlaceholder')}
            withAsterisk
            autosize
            minRows={3}
            maxLength={LIMITS.longText}
            data-autofocus
            {...form.getInputProps('text')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('app.cancel')}
            </Button>
            <Button type="submit" color={mode === 'refuse' ? 'red' : undefined} loading={form.submitting}>
              {a(mode === 'refuse' ? 'refuse' : 'answer')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** What the kind of request asks the consultant to do: the copy, the edit form, the erasure, the restriction. */
function KindActions({ request }: { request: PrivacyRequest }) {
  const { t } = useTranslation();
  const zone = useOfficeTimeZone();
  const a = (key: string, o?: Record<string, unknown>) => t(`privacyRequests.actions.${key}`, o ?? {});
  const [erasing, setErasing] = useState(false);
  const [busy, setBusy] = useState(false);
  const s = request.subject;
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (err) {
      notifyError(toApiError(err));
    } finally {
      setBusy(false);
    }
  };
  const copy = (target: 'printer' | 'pdf') =>
    run(async () => {
      const r = await call('privacy:accessCopy', { id: request.id, target });
      if (r.status === 'printed') notifySuccess(a('copyPrinted'));
      if (r.status === 'saved') notifySuccess(a('copySaved', { path: r.path }));
    });
  const restrict = (restricted: boolean) =>
    run(async () => {
      await call('privacy:setRestricted', { subjectKind: s.kind, subjectId: s.id, restricted, requestId: request.id });
      notifySuccess(a(restricted ? 'restrictedDone' : 'unrestrictedDone'));
    });
  const editPath = s.kind === 'business' ? `/umkm/${s.id}/ubah` : s.trainingId ? `/pelatihan/${s.trainingId}` : null;
  const reason = a('eraseReason', { date: formatInstant(request.receivedAt, zone) });
  return (
    <Group gap="sm">
      {request.kind === 'access' ? (
        <>
          <Button leftSection={<IconPrinter size={16} aria-hidden />} loading={busy} onClick={() => void copy('printer')}>
            {a('printCopy')}
          </Button>
          <Button variant="default" leftSection={<IconFileTypePdf size={16} aria-hidden />} disabled={busy} onClick={() => void copy('pdf')}>
            {a('pdfCopy')}
          </Button>
        </>
      ) : null}
      {request.kind === 'correction' && editPath ? (
        <Stack gap={4}>
          <Button component={Link} to={editPath} variant="default" leftSection={<IconPencil size={16} aria-hidden />} w="fit-content">
            {a('correct')}
          </Button>
          <Text size="xs" c="dimmed">
            {a('correctHint')}
          </Text>
        </Stack>
      ) : null}
      {request.kind === 'erasure' ? (
        <Button color="red" variant="light" leftSection={<IconEraser size={16} aria-hidden />} disabled={busy || s.name === null} onClick={() => setErasing(true)}>
          {a('erase')}
        </Button>
      ) : null}
      {request.kind === 'restriction' || request.kind === 'objection' || s.restricted ? (
        <Button
          variant={s.restricted ? 'default' : 'filled'}
          color={s.restricted ? undefined : 'grape'}
          leftSection={s.restricted ? <IconLockOpen size={16} aria-hidden /> : <IconLock size={16} aria-hidden />}
          loading={busy}
          onClick={() => void restrict(!s.restricted)}
        >
          {a(s.restricted ? 'unrestrict' : 'restrict')}
        </Button>
      ) : null}
      <ConfirmDialog
        opened={erasing}
        onClose={() => setErasing(false)}
        title={a('eraseTitle', { name: s.name ?? '' })}
        confirmLabel={a('erase')}
        confirmIcon={<IconEraser size={16} aria-hidden />}
        onRefusal="stay"
        onConfirm={async () => {
          if (s.kind === 'business') await call('businesses:erasePersonalData', { id: s.id, reason });
          else await call('participants:erasePersonalData', { id: s.id, reason });
          notifySuccess(a('erased'));
        }}
      >
        <Text size="sm">{a('eraseBody')}</Text>
      </ConfirmDialog>
    </Group>
  );
}

/** One request: who asked what and when, the countdown, what to do for its kind, and closing it. */
export function PrivacyRequestPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const zone = useOfficeTimeZone();
  const [closing, setClosing] = useState<'answer' | 'refuse' | null>(null);
  const query = useApiQuery('privacy:get', { id });
  const d = (key: string, o?: Record<string, unknown>) => t(`privacyRequests.detail.${key}`, o ?? {});
  const r = query.data;
  return (
    <Stack gap="md">
      <BackLink to="/permintaan-data" label={d('back')} />
      {query.error ? <InlineError error={query.error} onRetry={query.refetch} /> : null}
      {!r && query.loading ? <Loader size="sm" aria-label={t('app.loading')} /> : null}
      {r ? (
        <>
          <Group justify="space-between" align="flex-start">
            <Stack gap={4}>
              <Title order={1} size="h2">
                {t(`privacyRequests.kinds.${r.kind}`)} — <SubjectName subject={r.subject} />
              </Title>
              <Group gap="xs">
                <Badge variant="outline" tt="none" color={r.status === 'open' ? 'blue.8' : r.status === 'answered' ? 'teal.9' : 'gray.8'}>
                  {t(`privacyRequests.statuses.${r.status}`)}
                </Badge>
                <Countdown request={r} />
              </Group>
            </Stack>
            {r.status === 'open' ? (
              <Group gap="sm">
                <Button onClick={() => setClosing('answer')}>{t('privacyRequests.actions.answer')}</Button>
                <Button variant="default" color="red" onClick={() => setClosing('refuse')}>
                  {t('privacyRequests.actions.refuse')}
                </Button>
              </Group>
            ) : null}
          </Group>
          {r.subject.restricted ? (
            <Alert color="grape" variant="light" icon={<IconLock size={18} aria-hidden />}>
              {d('restrictedNote')}
            </Alert>
          ) : null}
          <Card withBorder>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
              <Fact label={d('subject')}>
                <SubjectName subject={r.subject} />
                <Text size="xs" c="dimmed">
                  {t(`privacyRequests.subjectKinds.${r.subject.kind}`)}
                  {r.subject.context ? ` · ${r.subject.context}` : ''}
                </Text>
              </Fact>
              <Fact label={d('kind')}>{t(`privacyRequests.kinds.${r.kind}`)}</Fact>
              <Fact label={d('recordedBy')}>{r.recordedByName ?? t('app.none')}</Fact>
              <Fact label={d('received')}>{formatInstant(r.receivedAt, zone)}</Fact>
              <Fact label={d('deadline')}>{formatInstant(r.deadlineAt, zone)}</Fact>
              {r.answeredAt ? (
                <Fact label={d('answeredAt')}>
                  {formatInstant(r.answeredAt, zone)} {r.answeredByName ? d('by', { name: r.answeredByName }) : ''}
                </Fact>
              ) : null}
            </SimpleGrid>
            {r.notes ? (
              <Stack mt="md">
                <Fact label={d('notes')}>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {r.notes}
                  </Text>
                </Fact>
              </Stack>
            ) : null}
            {r.answer ? (
              <Stack mt="md">
                <Fact label={d(r.status === 'refused' ? 'refusal' : 'answer')}>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {r.answer}
                  </Text>
                </Fact>
              </Stack>
            ) : null}
          </Card>
          <Card withBorder>
            <Title order={2} size="h4" mb="sm">
              {d('actions')}
            </Title>
            <KindActions request={r} />
          </Card>
          <CloseModal request={r} mode={closing} onClose={() => setClosing(null)} />
        </>
      ) : null}
    </Stack>
  );
}
