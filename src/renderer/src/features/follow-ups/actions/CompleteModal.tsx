import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useUnsavedGuard } from '../../../components/unsaved';
import { OUTCOME_MAX, followUpsContract, type FollowUpItem } from '../../../../../shared/contract';
import { call } from '../../../lib/api';
import { formOf, handleFormError, schemaValidator } from '../../../lib/form-errors';
import { notifySuccess } from '../../../lib/notify';
import { formatNumber } from '../../../lib/format';
import { subjectText } from '../FollowUpSubject';
import { keepEnterFromSubmitting } from '../../../lib/form-keys';

const schema = followUpsContract['followUps:complete'].input;

/** "Tandai selesai": the outcome note is required, at most 1.000 characters, counted as one types. */
export function CompleteModal({ item, opened, onClose }: { item: FollowUpItem; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useForm({ mode: 'controlled', initialValues: { id: item.id, outcome: '' }, validate: schemaValidator(schema) });
  const guard = useUnsavedGuard(() => opened && form.isDirty());
  // Closing asks first when something was typed; what is thrown away is not there at the next opening.
  const close = () =>
    guard.confirmDiscard(() => {
      form.reset();
      onClose();
    });
  const length = form.values.outcome.length;

  const submit = form.onSubmit(async (values, event) => {
    try {
      await call('followUps:complete', values);
      notifySuccess(t('followUps.actions.completed'));
      form.reset();
      onClose();
    } catch (err) {
      handleFormError(form, err, { root: formOf(event) });
    }
  });

  return (
    <Modal opened={opened} onClose={close} title={t('followUps.complete.title')} size="lg">
      <form onSubmit={submit} onKeyDown={keepEnterFromSubmitting} noValidate>
        <Stack gap="md">
          <Text size="sm" fw={600}>
            {item.title}
            {subjectText(item) ? (
              <Text span c="dimmed" size="sm" fw={400}>
                {' '}
                — {subjectText(item)}
              </Text>
            ) : null}
          </Text>
          <Textarea
            label={t('followUps.complete.outcome')}
            description={t('followUps.complete.outcomeHint')}
            withAsterisk
            autosize
            minRows={4}
            maxRows={10}
            data-autofocus
            {...form.getInputProps('outcome')}
          />
          <Text size="xs" c={length > OUTCOME_MAX ? 'red' : 'dimmed'} ta="right" mt={-8} aria-live="polite" data-testid="outcome-counter">
            {t('followUps.complete.counter', { length: formatNumber(length), max: formatNumber(OUTCOME_MAX) })}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('app.cancel')}
            </Button>
            <Button type="submit" color="teal" loading={form.submitting}>
              {t('followUps.complete.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
      {guard.dialog}
    </Modal>
  );
}
