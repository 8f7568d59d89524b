import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useUnsavedGuard } from '../../../components/unsaved';
import type { FollowUpItem } from '../../../../../shared/contract';
import { call } from '../../../lib/api';
import { formOf, handleFormError } from '../../../lib/form-errors';
import { notifySuccess } from '../../../lib/notify';
import { useOfficeTimeZone } from '../../../app/settings';
import { formatInstant, officeInstant, officeToday } from '../../../lib/office-time';

/**
 * "Pilih tanggal & jam": the picker shows the office's wall clock; the chosen moment is read in the
 * office's zone and sent as `until`. A time already past is refused by the core, on this field.
 */
export function SnoozePickModal({ item, opened, onClose }: { item: FollowUpItem; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const timeZone = useOfficeTimeZone();
  const form = useForm<{ id: string; until: string | null }>({
    mode: 'controlled',
    initialValues: { id: item.id, until: null },
    validate: { until: (value) => (officeInstant(value, timeZone) ? null : t('v.required')) },
  });
  const guard = useUnsavedGuard(() => opened && form.isDirty());
  // Closing asks first when something was typed; what is thrown away is not there at the next opening.
  const close = () =>
    guard.confirmDiscard(() => {
      form.reset();
      onClose();
    });

  const submit = form.onSubmit(async (values, event) => {
    const until = officeInstant(values.until, timeZone);
    if (!until) return;
    try {
      await call('followUps:snooze', { id: values.id, until });
      notifySuccess(t('followUps.actions.snoozed', { when: formatInstant(until, timeZone) }));
      form.reset();
      onClose();
    } catch (err) {
      handleFormError(form, err, { root: formOf(event) });
    }
  });

  return (
    <Modal opened={opened} onClose={close} title={t('followUps.snoozePick.title')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm" fw={600}>
            {item.title}
          </Text>
          <DateTimePicker
            label={t('followUps.snoozePick.until')}
            placeholder={t('followUps.snoozePick.placeholder')}
            withAsterisk
            valueFormat="DD/MM/YYYY HH:mm"
            minDate={officeToday(timeZone)}
            defaultTimeValue="08:00"
            submitButtonProps={{ 'aria-label': t('followUps.snoozePick.apply') }}
            timePickerProps={{ hoursInputLabel: t('followUps.clock.hours'), minutesInputLabel: t('followUps.clock.minutes') }}
            data-autofocus
            {...form.getInputProps('until')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('app.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {t('followUps.snoozePick.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
      {guard.dialog}
    </Modal>
  );
}
