import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Consultant } from '../../../../shared/contract';
import { call } from '../../lib/api';
import { focusFirstInvalid, formOf, handleFormError } from '../../lib/form-errors';
import { notifySuccess } from '../../lib/notify';
import { PinField, pinError } from '../session';

/** An admin gives a consultant who forgot their PIN a new one (typed twice); their wait for wrong PINs ends. */
export function ResetPinModal({ consultant, onClose }: { consultant: Consultant | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={consultant !== null} onClose={onClose} title={consultant ? t('lock.resetPinTitle', { name: consultant.name }) : ''} centered>
      {consultant ? <ResetPinForm key={consultant.id} consultant={consultant} onDone={onClose} /> : null}
    </Modal>
  );
}

function ResetPinForm({ consultant, onDone }: { consultant: Consultant; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { pin: '', confirm: '' },
    validate: {
      pin: (v: string) => pinError(v),
      confirm: (v: string, values) => (v !== values.pin ? t('lock.pinMismatch') : null),
    },
  });
  const submit = form.onSubmit(
    async ({ pin }, event) => {
      const root = formOf(event);
      try {
        await call('consultants:resetPin', { consultantId: consultant.id, pin });
        notifySuccess(t('lock.pinReset', { name: consultant.name }));
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
        <Text size="sm">{t('lock.resetPinHint', { name: consultant.name })}</Text>
        <PinField label={t('lock.newPin')} description={t('lock.pinHelp')} withAsterisk data-autofocus {...form.getInputProps('pin')} />
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
