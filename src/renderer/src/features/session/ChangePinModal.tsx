import { Button, Group, Modal, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/api';
import { focusFirstInvalid, formOf, handleFormError } from '../../lib/form-errors';
import { notifySuccess } from '../../lib/notify';
import { PinField, pinError } from './PinField';
import { useSession } from './SessionProvider';

/** The consultant on duty changes their own PIN: the current one, then the new one twice. */
export function ChangePinModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('lock.changePinTitle')} centered>
      {opened ? <ChangePinForm onDone={onClose} /> : null}
    </Modal>
  );
}

function ChangePinForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const { setSession } = useSession();
  const form = useForm({
    initialValues: { currentPin: '', newPin: '', confirm: '' },
    validate: {
      currentPin: (v: string) => pinError(v),
      newPin: (v: string) => pinError(v),
      confirm: (v: string, values) => (v !== values.newPin ? t('lock.pinMismatch') : null),
    },
  });
  const submit = form.onSubmit(
    async ({ currentPin, newPin }, event) => {
      const root = formOf(event);
      try {
        setSession(await call('session:changePin', { currentPin, newPin }));
        notifySuccess(t('lock.pinChanged'));
        onDone();
      } catch (err) {
        handleFormError(form, err, { root });
      }
    },
    (_e, _v, event) => focusFirstInvalid(formOf(event)),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <PinField label={t('lock.currentPin')} withAsterisk data-autofocus {...form.getInputProps('currentPin')} />
        <PinField label={t('lock.newPin')} description={t('lock.pinHelp')} withAsterisk {...form.getInputProps('newPin')} />
        <PinField label={t('lock.confirmPin')} withAsterisk {...form.getInputProps('confirm')} />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onDone}>
            {t('app.cancel')}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {t('app.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
