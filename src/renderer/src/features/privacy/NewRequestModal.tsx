import { Button, Group, Modal, Select, Stack, Textarea } from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PRIVACY_REQUEST_KINDS, type PrivacyRequest, type PrivacyRequestKind, type PrivacySubjectKind } from '../../../../shared/contract';
import { LIMITS } from '../../../../shared/validation/fields';
import { useOfficeTimeZone } from '../../app/settings';
import { useUnsavedGuard } from '../../components/unsaved';
import { call, toApiError } from '../../lib/api';
import { formOf, handleFormError } from '../../lib/form-errors';
import { keepEnterFromSubmitting } from '../../lib/form-keys';
import { notifySuccess } from '../../lib/notify';
import { formatInstant, officeClock, officeInstant, officeToday } from '../../lib/office-time';
import { useApiQuery } from '../../lib/query';

interface Values {
  /** `business:<id>` or `participant:<id>`. */
  subject: string | null;
  kind: PrivacyRequestKind | null;
  receivedAt: string | null;
  notes: string;
}

/** Business owners and participants matching what is typed (two letters at least). */
function SubjectPicker({ value, onChange, error }: { value: string | null; onChange: (v: string | null) => void; error?: React.ReactNode }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  const term = search.trim();
  const found = useApiQuery('privacy:subjects', { search: term }, { enabled: term.length >= 2 });
  const options = (found.data ?? []).map((s) => ({
    value: `${s.kind}:${s.id}`,
    label: `${s.name ?? s.context ?? '—'} — ${t(`privacyRequests.subjectKinds.${s.kind}`)}${s.context && s.name ? ` · ${s.context}` : ''}`,
  }));
  const data = chosen && !options.some((o) => o.value === chosen.value) ? [chosen, ...options] : options;
  return (
    <Select
      label={t('privacyRequests.form.subject')}
      placeholder={t('privacyRequests.form.subjectPlaceholder')}
      withAsterisk
      searchable
      clearable
      data={data}
      filter={({ options: o }) => o}
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={term.length < 2 ? t('v.searchShort') : found.loading ? t('app.loading') : t('privacyRequests.form.subjectNothing')}
      value={value}
      onChange={(v, option) => {
        setChosen(option ? { value: option.value, label: option.label } : null);
        onChange(v);
      }}
      error={error}
      data-autofocus
    />
  );
}

/** "Catat permintaan": who, what kind, when it was received (the deadline counts from then), notes. */
export function NewRequestModal({ opened, onClose, onSaved }: { opened: boolean; onClose: () => void; onSaved: (r: PrivacyRequest) => void }) {
  const { t } = useTranslation();
  const zone = useOfficeTimeZone();
  const f = (key: string) => t(`privacyRequests.form.${key}`);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { subject: null, kind: null, receivedAt: `${officeToday(zone)} ${officeClock(zone)}`, notes: '' },
    validate: {
      subject: (v) => (v ? null : t('v.required')),
      kind: (v) => (v ? null : t('v.required')),
      receivedAt: (v) => (officeInstant(v, zone) ? null : t('v.dateTime')),
    },
  });
  const guard = useUnsavedGuard(() => opened && form.isDirty());
  const close = () =>
    guard.confirmDiscard(() => {
      form.reset();
      onClose();
    });
  const submit = form.onSubmit(async (values, event) => {
    const [subjectKind, subjectId] = (values.subject ?? ':').split(':') as [PrivacySubjectKind, string];
    try {
      const saved = await call('privacy:create', {
        subjectKind,
        subjectId,
        kind: values.kind!,
        receivedAt: officeInstant(values.receivedAt, zone)!,
        notes: values.notes,
      });
      notifySuccess(t('privacyRequests.form.saved', { deadline: formatInstant(saved.deadlineAt, zone) }));
      form.reset();
      onClose();
      onSaved(saved);
    } catch (err) {
      // The core names `subjectId`; the form's field is `subject`.
      const e = toApiError(err);
      const subjectIssue = e.fields?.['subjectId'];
      handleFormError(form, subjectIssue ? e.withFields({ ...e.fields, subject: subjectIssue }) : e, { root: formOf(event) });
    }
  });
  return (
    <Modal opened={opened} onClose={close} title={f('title')} size="lg">
      <form onSubmit={submit} onKeyDown={keepEnterFromSubmitting} noValidate aria-label={f('title')}>
        <Stack gap="sm">
          <SubjectPicker value={form.values.subject} onChange={(v) => form.setFieldValue('subject', v)} error={form.errors.subject} />
          <Select
            label={f('kind')}
            withAsterisk
            data={PRIVACY_REQUEST_KINDS.map((k) => ({ value: k, label: `${t(`privacyRequests.kinds.${k}`)} — ${t(`privacyRequests.kindHints.${k}`)}` }))}
            {...form.getInputProps('kind')}
          />
          <DateTimePicker
            label={f('receivedAt')}
            description={f('receivedHint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            withAsterisk
            valueFormat="DD/MM/YYYY HH:mm"
            maxDate={officeToday(zone)}
            submitButtonProps={{ 'aria-label': t('app.save') }}
            {...form.getInputProps('receivedAt')}
          />
          <Textarea label={f('notes')} description={f('notesHint')} autosize minRows={2} maxRows={5} maxLength={LIMITS.longText} {...form.getInputProps('notes')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('app.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {f('save')}
            </Button>
          </Group>
        </Stack>
      </form>
      {guard.dialog}
    </Modal>
  );
}
