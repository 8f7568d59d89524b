import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, setFreshPinPrompt } from '../../lib/api';
import { handleFormError } from '../../lib/form-errors';
import { PinField, pinError } from './PinField';
import { useSession } from './SessionProvider';

/**
 * The PIN asked for again before a guarded step (revealing a NIK, personal data in full, erasing,
 * restoring): any call the core answers PIN_REQUIRED opens this dialog, and once the PIN is
 * confirmed the call is sent again by the client (`lib/api.ts`), so no screen handles it itself.
 */
export function FreshPinDialog() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  // Calls waiting for the PIN (two guarded calls at once share one dialog).
  const waiting = useRef<Array<(ok: boolean) => void>>([]);
  const settle = (ok: boolean) => {
    for (const resolve of waiting.current.splice(0)) resolve(ok);
    setOpen(false);
  };

  useEffect(() => {
    setFreshPinPrompt(
      () =>
        new Promise<boolean>((resolve) => {
          waiting.current.push(resolve);
          setOpen(true);
        }),
    );
    const calls = waiting.current;
    return () => {
      setFreshPinPrompt(null);
      for (const resolve of calls.splice(0)) resolve(false);
    };
  }, []);

  return (
    <Modal opened={open} onClose={() => settle(false)} title={t('lock.freshTitle')} centered zIndex={5_000}>
      {open ? <FreshPinForm onDone={settle} /> : null}
    </Modal>
  );
}

function FreshPinForm({ onDone }: { onDone: (ok: boolean) => void }) {
  const { t } = useTranslation();
  const { setSession } = useSession();
  const form = useForm({
    initialValues: { pin: '' },
    validate: {
      pin: (value: string) => pinError(value),
    },
  });
  const submit = form.onSubmit(async ({ pin }) => {
    try {
      setSession(await call('session:confirmPin', { pin }));
      onDone(true);
    } catch (err) {
      form.setFieldValue('pin', '');
      handleFormError(form, err);
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('lock.freshHint')}</Text>
        <PinField label={t('lock.pin')} withAsterisk data-autofocus {...form.getInputProps('pin')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onDone(false)}>
            {t('app.cancel')}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {t('lock.freshContinue')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
