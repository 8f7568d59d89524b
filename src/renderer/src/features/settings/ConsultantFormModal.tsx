import { Button, Group, SegmentedControl, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { consultantInput, consultantUpdateInput, type Consultant, type Role } from '../../../../shared/contract';
import { LIMITS, formatPhoneLocal } from '../../../../shared/validation/fields';
import { GuardedModal, useUnsavedGuard } from '../../components/unsaved';
import { call } from '../../lib/api';
import { focusFirstInvalid, formOf, handleFormError, schemaValidator } from '../../lib/form-errors';
import { keepEnterFromSubmitting } from '../../lib/form-keys';
import { notifySuccess } from '../../lib/notify';
import { useSession } from '../session';

interface ConsultantValues {
  name: string;
  nip: string;
  phone: string;
  active: boolean;
  role: Role;
}

function valuesOf(consultant: Consultant | null): ConsultantValues {
  return {
    name: consultant?.name ?? '',
    nip: consultant?.nip ?? '',
    phone: consultant?.phone ? formatPhoneLocal(consultant.phone) : '',
    active: consultant?.active ?? true,
    role: consultant?.role ?? 'konsultan',
  };
}

interface ConsultantFormModalProps {
  /** null: add a new consultant; a consultant: edit it. */
  consultant: Consultant | null;
  opened: boolean;
  onClose: () => void;
}

/** Add or edit a consultant; mounted fresh for each opening so the form starts from the record. */
export function ConsultantFormModal({ consultant, opened, onClose }: ConsultantFormModalProps) {
  const { t } = useTranslation();
  return (
    <GuardedModal
      opened={opened}
      onClose={onClose}
      title={consultant ? t('settings.consultants.editTitle') : t('settings.consultants.addTitle')}
      centered
    >
      {opened ? <ConsultantForm consultant={consultant} onDone={onClose} /> : null}
    </GuardedModal>
  );
}

function ConsultantForm({ consultant, onDone }: { consultant: Consultant | null; onDone: () => void }) {
  const { t } = useTranslation();
  const editing = consultant !== null;
  const { session, reload: reloadSession } = useSession();
  const form = useForm<ConsultantValues>({
    initialValues: valuesOf(consultant),
    // The create schema is strict and has no `active`; validate exactly what will be sent.
    validate: (values) =>
      editing
        ? schemaValidator(consultantUpdateInput)({ id: consultant.id, ...values })
        : schemaValidator(consultantInput)({ name: values.name, nip: values.nip, phone: values.phone, role: values.role }),
  });

  const guard = useUnsavedGuard(() => form.isDirty(), { close: onDone });

  const submit = form.onSubmit(async (values, event) => {
    // Captured now: React clears currentTarget once the handler has returned.
    const root = formOf(event);
    try {
      if (editing) {
        await call('consultants:update', { id: consultant.id, ...values });
        notifySuccess(t('settings.consultants.updated'));
        // The header shows the consultant on duty: keep its name in step after an edit of oneself.
        if (session?.consultant?.id === consultant.id) reloadSession();
      } else {
        await call('consultants:create', { name: values.name, nip: values.nip, phone: values.phone, role: values.role });
        notifySuccess(t('settings.consultants.created'));
      }
      onDone();
    } catch (err) {
      handleFormError(form, err, { root });
    }
  }, (_errors, _values, event) => focusFirstInvalid(formOf(event)));

  return (
    <form onSubmit={submit} onKeyDown={keepEnterFromSubmitting} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t('fields.name')}
          withAsterisk
          maxLength={LIMITS.name}
          data-autofocus
          {...form.getInputProps('name')}
        />
        <TextInput label={t('fields.nip')} placeholder={t('placeholders.nip')} inputMode="numeric" {...form.getInputProps('nip')} />
        <TextInput
          label={t('fields.phone')}
          placeholder={t('placeholders.phone')}
          inputMode="tel"
          {...form.getInputProps('phone')}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="consultant-role-label">
            {t('lock.role')}
          </Text>
          <SegmentedControl
            aria-labelledby="consultant-role-label"
            data={[
              { value: 'konsultan', label: t('lock.konsultan') },
              { value: 'admin', label: t('lock.admin') },
            ]}
            {...form.getInputProps('role')}
          />
          <Text size="xs" c="dimmed">
            {t('lock.roleHelp')}
          </Text>
          {form.errors['role'] ? (
            <Text size="xs" c="red" role="alert">
              {form.errors['role']}
            </Text>
          ) : null}
        </Stack>
        {editing ? (
          <Switch
            label={t('fields.active')}
            description={t('settings.consultants.activeHint')}
            {...form.getInputProps('active', { type: 'checkbox' })}
          />
        ) : null}
        <Text size="xs" c="dimmed">
          {t('app.requiredNote')}
        </Text>
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={() => guard.confirmDiscard(onDone)}>
            {t('app.cancel')}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {t('app.save')}
          </Button>
        </Group>
      </Stack>
      {guard.dialog}
    </form>
  );
}
