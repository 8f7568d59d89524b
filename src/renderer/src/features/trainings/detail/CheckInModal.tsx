import { Alert, Button, Group, NumberInput, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCalendarCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GuardedModal, useUnsavedGuard } from '../../../components/unsaved';
import { trainingsContract, type Training } from '../../../../../shared/contract';
import { LIMITS } from '../../../../../shared/validation/fields';
import { call } from '../../../lib/api';
import { formOf, handleFormError, schemaValidator } from '../../../lib/form-errors';
import { formatDay } from '../../../lib/format';
import { keepEnterFromSubmitting } from '../../../lib/form-keys';

interface Values {
  weeks: number | '';
  title: string;
  onlyProspects: boolean;
}

const validate = schemaValidator(trainingsContract['participants:scheduleCheckIns'].input);
type Result = { created: number; skipped: number; dueDate: string };

function CheckInForm({ training, onClose }: { training: Training; onClose: () => void }) {
  const { t } = useTranslation();
  const [result, setResult] = useState<Result | null>(null);
  const toInput = (v: Values) => ({ trainingId: training.id, weeks: v.weeks === '' ? (null as unknown as number) : v.weeks, title: v.title, onlyProspects: v.onlyProspects });
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { weeks: 8, title: t('trainings.checkIns.defaultTitle'), onlyProspects: true },
    validate: (v) => validate(toInput(v)),
  });
  const f = (key: string) => t(`trainings.checkIns.${key}`);
  // The dialog's ×, Escape and a click beside it ask first when something was changed.
  const guard = useUnsavedGuard(() => result === null && form.isDirty(), { close: onClose });

  const submit = form.onSubmit(async (values, event) => {
    try {
      setResult(await call('participants:scheduleCheckIns', toInput(values)));
    } catch (err) {
      handleFormError(form, err, { root: formOf(event) });
    }
  });

  if (result) {
    return (
      <Stack gap="md">
        <Alert color="teal" icon={<IconCalendarCheck size={18} />} title={t('trainings.checkIns.done', { count: result.created })} role="status">
          {t('trainings.checkIns.doneDetail', { date: formatDay(result.dueDate), skipped: result.skipped })}
        </Alert>
        <Group justify="flex-end">
          <Button onClick={onClose}>{t('app.close')}</Button>
        </Group>
      </Stack>
    );
  }

  return (
    <form onSubmit={submit} onKeyDown={keepEnterFromSubmitting} noValidate>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {f('intro')}
        </Text>
        <NumberInput label={f('weeks')} allowDecimal={false} allowNegative={false} min={1} max={104} clampBehavior="none" w={220} {...form.getInputProps('weeks')} />
        <TextInput label={f('titleField')} withAsterisk maxLength={LIMITS.line} {...form.getInputProps('title')} />
        <Switch label={f('onlyProspects')} {...form.getInputProps('onlyProspects', { type: 'checkbox' })} />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => guard.confirmDiscard(onClose)}>
            {t('app.cancel')}
          </Button>
          <Button type="submit" loading={form.submitting} leftSection={<IconCalendarCheck size={16} />}>
            {f('submit')}
          </Button>
        </Group>
      </Stack>
      {guard.dialog}
    </form>
  );
}

/** "Jadwalkan check-in": a follow-up some weeks after the training for each participant without one. */
export function CheckInModal({ training, opened, onClose }: { training: Training; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <GuardedModal opened={opened} onClose={onClose} title={t('trainings.checkIns.title')}>
      {opened ? <CheckInForm training={training} onClose={onClose} /> : null}
    </GuardedModal>
  );
}
