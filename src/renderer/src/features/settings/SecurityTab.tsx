import { Button, Group, NumberInput, Paper, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { LOCK_MINUTES_MAX, LOCK_MINUTES_MIN, lockSettingsInput } from '../../../../shared/contract';
import { useSettings } from '../../app/settings';
import { useUnsavedGuard } from '../../components/unsaved';
import { call } from '../../lib/api';
import { formOf, handleFormError, schemaValidator } from '../../lib/form-errors';
import { keepEnterFromSubmitting } from '../../lib/form-keys';
import { notifySuccess } from '../../lib/notify';

// NumberInput gives '' when emptied; the schema then says "wajib diisi" rather than "0".
const toInput = (v: { lockAfterMinutes: number | string }) => ({ lockAfterMinutes: v.lockAfterMinutes === '' ? Number.NaN : Number(v.lockAfterMinutes) });

function SecurityForm({ initial }: { initial: number }) {
  const { t } = useTranslation();
  const { setSettings } = useSettings();
  const validate = schemaValidator(lockSettingsInput);
  const form = useForm<{ lockAfterMinutes: number | string }>({ initialValues: { lockAfterMinutes: initial }, validate: (v) => validate(toInput(v)) });
  const guard = useUnsavedGuard(() => form.isDirty());
  const submit = form.onSubmit(async (values, event) => {
    try {
      const saved = await call('settings:updateLock', toInput(values));
      form.setInitialValues({ lockAfterMinutes: saved.lockAfterMinutes });
      form.setValues({ lockAfterMinutes: saved.lockAfterMinutes });
      setSettings(saved);
      notifySuccess(t('lock.lockSaved'));
    } catch (err) {
      handleFormError(form, err, { root: formOf(event) });
    }
  });
  return (
    <form onSubmit={submit} onKeyDown={keepEnterFromSubmitting} noValidate>
      <Stack gap="md">
        <NumberInput
          label={t('lock.lockAfter')}
          description={t('lock.lockAfterHelp')}
          suffix={` ${t('lock.minutes')}`}
          min={LOCK_MINUTES_MIN}
          max={LOCK_MINUTES_MAX}
          allowDecimal={false}
          allowNegative={false}
          // Out of range is said on the field, never quietly changed to the nearest allowed value.
          clampBehavior="none"
          maw={320}
          {...form.getInputProps('lockAfterMinutes')}
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

/** "Keamanan": after how many idle minutes the desk locks (an office setting, for admins). */
export function SecurityTab() {
  const { settings } = useSettings();
  if (!settings) return null;
  return (
    <Paper withBorder radius="md" p="lg" maw={640}>
      <SecurityForm key={settings.lockAfterMinutes} initial={settings.lockAfterMinutes} />
    </Paper>
  );
}
