import { Button, Group, Input, Modal, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { TimePicker } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ASSIGNEES, followUpCreateInput } from '../../../../../shared/contract';
import { useUnsavedGuard } from '../../../components/unsaved';
import { call } from '../../../lib/api';
import { formOf, handleFormError, schemaValidator } from '../../../lib/form-errors';
import { notifySuccess } from '../../../lib/notify';
import { useApiQuery } from '../../../lib/query';
import { DateField } from '../../../components/DateField';
import { useSession } from '../../session';
import { useOfficeTimeZone } from '../../../app/settings';
import { BusinessSelect } from '../BusinessSelect';
import { officeToday } from '../../../lib/office-time';
import { keepEnterFromSubmitting } from '../../../lib/form-keys';

interface Values {
  businessId: string | null;
  title: string;
  dueDate: string | null;
  dueTime: string;
  assignee: (typeof ASSIGNEES)[number];
  consultantId: string | null;
}

const toInput = (v: Values) => ({
  businessId: v.businessId ?? '',
  title: v.title,
  dueDate: v.dueDate ?? '',
  dueTime: v.dueTime.trim() === '' ? null : v.dueTime.trim(),
  assignee: v.assignee,
  consultantId: v.consultantId,
});

export interface AddFollowUpPreset {
  businessId?: string;
  title?: string;
}

/** "Tambah tindak lanjut" by hand, to any business; the business may come fixed (from its page). */
export function AddFollowUpModal({ opened, onClose, preset = {} }: { opened: boolean; onClose: () => void; preset?: AddFollowUpPreset }) {
  const { t } = useTranslation();
  const timeZone = useOfficeTimeZone();
  const { session } = useSession();
  const consultants = useApiQuery('consultants:list', { includeInactive: false });
  const validate = schemaValidator(followUpCreateInput);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      businessId: preset.businessId ?? null,
      title: preset.title ?? '',
      dueDate: officeToday(timeZone),
      dueTime: '',
      assignee: 'consultant',
      consultantId: session?.consultant?.id ?? null,
    },
    validate: (values) => {
      const errors = validate(toInput(values));
      // An empty picker is a missing choice, not a malformed id.
      return values.businessId ? errors : { ...errors, businessId: t('followUps.create.businessRequired') };
    },
  });

  const guard = useUnsavedGuard(() => opened && form.isDirty());
  // Closing asks first when something was typed; what is thrown away is not there at the next opening.
  const close = () =>
    guard.confirmDiscard(() => {
      form.reset();
      onClose();
    });

  const submit = form.onSubmit(async (values, event) => {
    try {
      await call('followUps:create', toInput(values));
      notifySuccess(t('followUps.actions.created'));
      onClose();
    } catch (err) {
      handleFormError(form, err, { root: formOf(event) });
    }
  });

  return (
    <Modal opened={opened} onClose={close} title={t('followUps.create.title')} size="lg">
      <form onSubmit={submit} onKeyDown={keepEnterFromSubmitting} noValidate>
        <Stack gap="md">
          <BusinessSelect
            label={t('followUps.create.business')}
            withAsterisk
            disabled={Boolean(preset.businessId)}
            value={form.values.businessId}
            onChange={(id) => form.setFieldValue('businessId', id)}
            error={form.errors.businessId}
          />
          <TextInput
            label={t('followUps.create.titleField')}
            placeholder={t('followUps.create.titlePlaceholder')}
            withAsterisk
            data-autofocus
            {...form.getInputProps('title')}
          />
          <Stack gap={4}>
            <Group grow align="flex-start">
              <DateField label={t('followUps.create.dueDate')} withAsterisk clearable={false} minDate={officeToday(timeZone)} {...form.getInputProps('dueDate')} />
              <TimePicker clearable hoursInputLabel={t('followUps.clock.hours')} minutesInputLabel={t('followUps.clock.minutes')} label={t('followUps.create.dueTime')} {...form.getInputProps('dueTime')} />
            </Group>
            <Text size="xs" c="dimmed">
              {t('followUps.reschedule.dueTimeHint')}
            </Text>
          </Stack>
          <Input.Wrapper label={t('followUps.create.assignee')} error={form.errors.assignee}>
            <SegmentedControl
              fullWidth
              data={ASSIGNEES.map((a) => ({ value: a, label: t(`followUps.assignees.${a}`) }))}
              {...form.getInputProps('assignee')}
            />
          </Input.Wrapper>
          <Select
            label={t('followUps.create.consultant')}
            data={(consultants.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
            {...form.getInputProps('consultantId')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('app.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {t('followUps.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
      {guard.dialog}
    </Modal>
  );
}
