import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { TimePicker } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useUnsavedGuard } from '../../../components/unsaved';
import { followUpsContract, type FollowUpItem } from '../../../../../shared/contract';
import { call } from '../../../lib/api';
import { formOf, handleFormError, schemaValidator } from '../../../lib/form-errors';
import { notifySuccess } from '../../../lib/notify';
import { DateField } from '../../../components/DateField';
import { useOfficeTimeZone } from '../../../app/settings';
import { formatDue, officeToday } from '../../../lib/office-time';
import { keepEnterFromSubmitting } from '../../../lib/form-keys';

const schema = followUpsContract['followUps:reschedule'].input;

interface Values {
  id: string;
  dueDate: string | null;
  dueTime: string;
}

const toInput = (v: Values) => ({ id: v.id, dueDate: v.dueDate ?? '', dueTime: v.dueTime.trim() === '' ? null : v.dueTime.trim() });

/** "Jadwal ulang": a new due date and, if wanted, a time; the reminder is armed again. */
export function RescheduleModal({ item, opened, onClose }: { item: FollowUpItem; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const timeZone = useOfficeTimeZone();
  const validate = schemaValidator(schema);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { id: item.id, dueDate: item.dueDate, dueTime: item.dueTime ?? '' },
    validate: (values) => validate(toInput(values)),
  });
  const guard = useUnsavedGuard(() => opened && form.isDirty());
  // Closing asks first when something was typed; what is thrown away is not there at the next opening.
  const close = () =>
    guard.confirmDiscard(() => {
      form.reset();
      onClose();
    });

  const submit = form.onSubmit(async (values, event) => {
    const input = toInput(values);
    try {
      await call('followUps:reschedule', input);
      notifySuccess(t('followUps.actions.rescheduled', { when: formatDue(input.dueDate, input.dueTime) }));
      onClose();
    } catch (err) {
      handleFormError(form, err, { root: formOf(event) });
    }
  });

  return (
    <Modal opened={opened} onClose={close} title={t('followUps.reschedule.title')}>
      <form onSubmit={submit} onKeyDown={keepEnterFromSubmitting} noValidate>
        <Stack gap="md">
          <Text size="sm" fw={600}>
            {item.title}
          </Text>
          <DateField
            label={t('followUps.reschedule.dueDate')}
            withAsterisk
            clearable={false}
            minDate={officeToday(timeZone)}
            data-autofocus
            {...form.getInputProps('dueDate')}
          />
          <TimePicker clearable hoursInputLabel={t('followUps.clock.hours')} minutesInputLabel={t('followUps.clock.minutes')}
            label={t('followUps.reschedule.dueTime')}
            description={t('followUps.reschedule.dueTimeHint')}
            {...form.getInputProps('dueTime')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('app.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {t('followUps.reschedule.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
      {guard.dialog}
    </Modal>
  );
}
