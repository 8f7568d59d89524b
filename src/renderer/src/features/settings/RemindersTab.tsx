import { Button, Group, Loader, NumberInput, Paper, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { reminderSettingsInput } from '../../../../shared/contract';
import { InlineError } from '../../components/InlineError';
import { useUnsavedGuard } from '../../components/unsaved';
import { call } from '../../lib/api';
import { formOf, handleFormError, schemaValidator } from '../../lib/form-errors';
import { keepEnterFromSubmitting } from '../../lib/form-keys';
import { notifySuccess } from '../../lib/notify';
import { useApiQuery } from '../../lib/query';

interface Values {
  leadMinutes: number | string;
  idleDays: number | string;
}

// NumberInput gives '' when emptied; the schema then says "wajib diisi" rather than "0".
const toInput = (v: Values) => ({
  leadMinutes: v.leadMinutes === '' ? Number.NaN : Number(v.leadMinutes),
  idleDays: v.idleDays === '' ? Number.NaN : Number(v.idleDays),
});

function RemindersForm({ initial }: { initial: { leadMinutes: number; idleDays: number } }) {
  const { t } = useTranslation();
  const validate = schemaValidator(reminderSettingsInput);
  const form = useForm<Values>({ mode: 'controlled', initialValues: initial, validate: (values) => validate(toInput(values)) });
  const guard = useUnsavedGuard(() => form.isDirty());

  const submit = form.onSubmit(async (values, event) => {
    try {
      const saved = await call('settings:updateReminders', toInput(values));
      form.setInitialValues(saved);
      form.setValues(saved);
      notifySuccess(t('followUps.settings.saved'));
    } catch (err) {
      handleFormError(form, err, { root: formOf(event) });
    }
  });

  return (
    <form onSubmit={submit} onKeyDown={keepEnterFromSubmitting} noValidate>
      <Stack gap="md">
        <NumberInput
          label={t('followUps.settings.leadMinutes')}
          description={t('followUps.settings.leadMinutesHint')}
          min={0}
          max={10_080}
          step={5}
          allowDecimal={false}
          thousandSeparator="."
          decimalSeparator=","
          {...form.getInputProps('leadMinutes')}
        />
        <NumberInput
          label={t('followUps.settings.idleDays')}
          description={t('followUps.settings.idleDaysHint')}
          min={7}
          max={3650}
          allowDecimal={false}
          thousandSeparator="."
          decimalSeparator=","
          {...form.getInputProps('idleDays')}
        />
        <Group>
          <Button type="submit" loading={form.submitting}>
            {t('app.save')}
          </Button>
        </Group>
      </Stack>
      {guard.dialog}
    </form>
  );
}

/** "Pengingat": the reminder lead time and the idle days, for the whole office. */
export function RemindersTab() {
  const { t } = useTranslation();
  const reminders = useApiQuery('settings:reminders');
  return (
    <Paper withBorder radius="md" p="lg" maw={640}>
      <Text size="sm" c="dimmed" mb="md">
        {t('followUps.settings.intro')}
      </Text>
      {reminders.error ? <InlineError error={reminders.error} onRetry={reminders.refetch} /> : null}
      {reminders.data ? <RemindersForm initial={reminders.data} /> : reminders.error ? null : <Loader aria-label={t('app.loading')} />}
    </Paper>
  );
}
