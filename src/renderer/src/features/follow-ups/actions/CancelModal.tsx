import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useUnsavedGuard } from '../../../components/unsaved';
import { followUpsContract, type FollowUpItem } from '../../../../../shared/contract';
import { call } from '../../../lib/api';
import { formOf, handleFormError, schemaValidator } from '../../../lib/form-errors';
import { notifySuccess } from '../../../lib/notify';

const schema = followUpsContract['followUps:cancel'].input;

/** "Batalkan": a follow-up is never deleted, only closed with a reason. */
export function CancelModal({ item, opened, onClose }: { item: FollowUpItem; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useForm({ mode: 'controlled', initialValues: { id: item.id, reason: '' }, validate: schemaValidator(schema) });
  const guard = useUnsavedGuard(() => opened && form.isDirty());
  // Closing asks first when something was typed; what is thrown away is not there at the next opening.
  const close = () =>
    guard.confirmDiscard(() => {
      form.reset();
      onClose();
    });

  const submit = form.onSubmit(async (values, event) => {
    try {
      await call('followUps:cancel', values);
      notifySuccess(t('followUps.actions.cancelled'));
      form.reset();
      onClose();
    } catch (err) {
      handleFormError(form, err, { root: formOf(event) });
    }
  });

  return (
    <Modal opened={opened} onClose={close} title={t('followUps.cancel.title')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm" fw={600}>
            {item.title}
          </Text>
          <TextInput
            label={t('followUps.cancel.reason')}
            description={t('followUps.cancel.reasonHint')}
            withAsterisk
            data-autofocus
            {...form.getInputProps('reason')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('followUps.cancel.keep')}
            </Button>
            <Button type="submit" color="red" loading={form.submitting}>
              {t('followUps.cancel.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
      {guard.dialog}
    </Modal>
  );
}
