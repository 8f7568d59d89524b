import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useUnsavedGuard } from '../../components/unsaved';
import { impactContract, type Milestone } from '../../../../shared/contract';
import { call } from '../../lib/api';
import { formOf, handleFormError, schemaValidator } from '../../lib/form-errors';
import { notifySuccess } from '../../lib/notify';
import { milestoneSentence } from './milestone-sentence';

const schema = impactContract['impact:delete'].input;

/** "Hapus dampak": a soft delete, with the reason kept in the audit log. */
export function DeleteMilestoneModal({ milestone, opened, onClose }: { milestone: Milestone; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useForm({ mode: 'controlled', initialValues: { id: milestone.id, reason: '' }, validate: schemaValidator(schema) });
  const guard = useUnsavedGuard(() => opened && form.isDirty());
  // Closing asks first when something was typed; what is thrown away is not there at the next opening.
  const close = () =>
    guard.confirmDiscard(() => {
      form.reset();
      onClose();
    });

  const submit = form.onSubmit(async (values, event) => {
    try {
      await call('impact:delete', values);
      notifySuccess(t('impact.remove.done'));
      onClose();
    } catch (err) {
      handleFormError(form, err, { root: formOf(event) });
    }
  });

  return (
    <Modal opened={opened} onClose={close} title={t('impact.remove.title')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm" fw={600}>
            {milestoneSentence(milestone, t)}
          </Text>
          <TextInput
            label={t('impact.remove.reason')}
            description={t('impact.remove.reasonHint')}
            withAsterisk
            data-autofocus
            {...form.getInputProps('reason')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('impact.remove.keep')}
            </Button>
            <Button type="submit" color="red" loading={form.submitting}>
              {t('impact.remove.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
      {guard.dialog}
    </Modal>
  );
}
