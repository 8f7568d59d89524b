import { Alert, Box, Button, Fieldset, NumberInput, Select, SimpleGrid, Stack, TagsInput, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useHotkeys } from '@mantine/hooks';
import { IconAlertTriangle, IconDeviceFloppy, IconRefresh } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_TRAINERS, TRAINING_MAX_CAPACITY, trainingInput, type Training } from '../../../../../shared/contract';
import { LIMITS } from '../../../../../shared/validation/fields';
import { useUnsavedGuard } from '../../../components/unsaved';
import { call, withFormPaths } from '../../../lib/api';
import { focusFirstInvalid, handleFormError, schemaValidator } from '../../../lib/form-errors';
import { keepEnterFromSubmitting } from '../../../lib/form-keys';
import { DateField } from '../../../components/DateField';
import { useRegions } from '../../../components/use-regions';
import { useSettings } from '../../../app/settings';
import { fundingOptions, topicOptions } from '../labels';
import { toTrainingInput, type TrainingFormValues } from './form-values';
import { FormSaveBar } from '../../../components/FormSaveBar';

const validateTraining = schemaValidator(trainingInput);

interface TrainingFormProps {
  /** The stored training when editing; absent for a new one. */
  training?: Training;
  initialValues: TrainingFormValues;
  onSaved: (saved: Training) => void;
  onCancel: () => void;
  /** Loads the stored training again (after a CONFLICT). */
  onReload?: () => void;
}

/** The training form, new and edit, checked with the router's own schema before sending. */
export function TrainingForm({ training, initialValues, onSaved, onCancel, onReload }: TrainingFormProps) {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const formRef = useRef<HTMLFormElement>(null);
  const [conflict, setConflict] = useState(false);
  const form = useForm<TrainingFormValues>({
    mode: 'controlled',
    initialValues,
    validate: (values) => {
      const errors = validateTraining(toTrainingInput(values));
      // An empty select is a missing choice, not a wrong one.
      if (values.topic === null) errors.topic = t('v.required');
      return errors;
    },
  });
  const guard = useUnsavedGuard(() => form.isDirty());
  const regencies = useRegions(settings?.office.provinceCode ?? '64');
  const districts = useRegions(form.values.regencyCode ?? undefined);
  const f = (key: string) => t(`trainings.fields.${key}`);
  const h = (key: string) => t(`trainings.hints.${key}`);

  const onValid = async (values: TrainingFormValues) => {
    const input = toTrainingInput(values);
    try {
      const saved = training
        ? await call('trainings:update', { id: training.id, expectedUpdatedAt: training.updatedAt, training: input })
        : await call('trainings:create', input);
      guard.allowLeave();
      onSaved(saved);
    } catch (err) {
      const error = withFormPaths(err, 'training');
      if (error.code === 'CONFLICT' && training) {
        setConflict(true);
        return;
      }
      handleFormError(form, error, { root: formRef.current });
    }
  };
  const submit = (event: React.FormEvent<HTMLFormElement>) => form.onSubmit(onValid, () => focusFirstInvalid(formRef.current))(event);

  // Ctrl+S saves from anywhere in the form, inputs included.
  useHotkeys([['mod+S', () => formRef.current?.requestSubmit()]], []);

  const other = form.values.topic === 'lainnya';

  return (
    <Box maw={900}>
      <form ref={formRef} onSubmit={submit} onKeyDown={keepEnterFromSubmitting} noValidate aria-label={t('trainings.form.formLabel')}>
        <Stack gap="lg">
          {conflict ? (
            <Alert color="red" icon={<IconAlertTriangle size={18} />} title={t('trainings.form.conflictTitle')} role="alert">
              <Text size="sm">{t('trainings.form.conflict')}</Text>
              <Button mt="sm" size="compact-sm" variant="light" color="red" leftSection={<IconRefresh size={14} />} onClick={onReload}>
                {t('trainings.form.reload')}
              </Button>
            </Alert>
          ) : null}
          <Fieldset legend={t('trainings.sections.training')}>
            <Stack gap="sm">
              <TextInput label={f('title')} placeholder={h('title')} withAsterisk maxLength={LIMITS.line} data-autofocus {...form.getInputProps('title')} />
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <Select
                  label={f('topic')}
                  placeholder={h('chooseTopic')}
                  withAsterisk
                  data={topicOptions(t)}
                  searchable
                  {...form.getInputProps('topic')}
                />
                <TextInput
                  label={other ? f('topicTextOther') : f('topicText')}
                  placeholder={h('topicText')}
                  withAsterisk={other}
                  maxLength={LIMITS.short}
                  {...form.getInputProps('topicText')}
                />
              </SimpleGrid>
            </Stack>
          </Fieldset>
          <Fieldset legend={t('trainings.sections.place')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <DateField label={f('startDate')} withAsterisk {...form.getInputProps('startDate')} />
              <DateField
                label={f('endDate')}
                withAsterisk
                minDate={form.values.startDate ?? undefined}
                defaultDate={form.values.startDate ?? undefined}
                {...form.getInputProps('endDate')}
              />
              <Select
                label={f('regencyCode')}
                placeholder={h('chooseRegency')}
                data={regencies.options}
                searchable
                clearable
                nothingFoundMessage={h('noOptions')}
                {...form.getInputProps('regencyCode')}
                onChange={(v) => {
                  form.setFieldValue('regencyCode', v);
                  form.setFieldValue('districtCode', null);
                }}
              />
              <Select
                label={f('districtCode')}
                placeholder={form.values.regencyCode ? h('chooseDistrict') : h('chooseRegencyFirst')}
                data={districts.options}
                searchable
                clearable
                disabled={!form.values.regencyCode}
                nothingFoundMessage={h('noOptions')}
                {...form.getInputProps('districtCode')}
              />
            </SimpleGrid>
            <TextInput mt="sm" label={f('venue')} maxLength={LIMITS.line} {...form.getInputProps('venue')} />
          </Fieldset>
          <Fieldset legend={t('trainings.sections.people')}>
            <Stack gap="sm">
              <TagsInput
                label={f('trainers')}
                description={h('trainers')}
                maxTags={MAX_TRAINERS}
                splitChars={[',', ';']}
                clearable
                {...form.getInputProps('trainers')}
              />
              <TextInput label={f('organiser')} maxLength={LIMITS.line} {...form.getInputProps('organiser')} />
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <Select label={f('fundingSource')} data={fundingOptions(t)} clearable {...form.getInputProps('fundingSource')} />
                <TextInput label={f('fundingNote')} placeholder={h('fundingNote')} maxLength={LIMITS.line} {...form.getInputProps('fundingNote')} />
              </SimpleGrid>
              <NumberInput
                label={f('capacity')}
                allowDecimal={false}
                allowNegative={false}
                thousandSeparator="."
                decimalSeparator=","
                hideControls
                min={1}
                max={TRAINING_MAX_CAPACITY}
                clampBehavior="none"
                w={200}
                {...form.getInputProps('capacity')}
              />
            </Stack>
          </Fieldset>
          <Fieldset legend={t('trainings.sections.notes')}>
            <Textarea aria-label={f('notes')} autosize minRows={3} maxRows={10} maxLength={LIMITS.longText} {...form.getInputProps('notes')} />
          </Fieldset>
          <FormSaveBar note={<>{t('app.requiredNote')} {t('trainings.form.shortcut')}</>}>
            <Button variant="default" onClick={() => guard.confirmDiscard(onCancel)}>
              {t('app.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting} leftSection={<IconDeviceFloppy size={18} />}>
              {t('trainings.form.save')}
            </Button>
          </FormSaveBar>
        </Stack>
      </form>
      {guard.dialog}
    </Box>
  );
}
