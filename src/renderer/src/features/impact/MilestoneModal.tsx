import { Button, Group, Input, Modal, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm, type FormErrors, type UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CAPITAL_SOURCES, JOB_KINDS, MAX_JOBS, MILESTONE_KINDS, PERMIT_KINDS, SALES_CHANNELS, milestoneInput, type Milestone } from '../../../../shared/contract';
import { zonedParts } from '../../../../shared/domain/zoned';
import { useUnsavedGuard } from '../../components/unsaved';
import { call, withFormPaths } from '../../lib/api';
import { formOf, handleFormError, schemaValidator } from '../../lib/form-errors';
import { formatDate } from '../../lib/format';
import { notifySuccess } from '../../lib/notify';
import { useApiQuery } from '../../lib/query';
import { DateField } from '../../components/DateField';
import { RUPIAH_INPUT, countInput } from '../../components/number-inputs';
import { useOfficeTimeZone } from '../../app/settings';
import { CHOICE_FIELDS, emptyValues, fromMilestone, toInput, type MilestoneFormValues } from './form-values';
import { keepEnterFromSubmitting } from '../../lib/form-keys';

const JOBS = countInput(MAX_JOBS);

const validateInput = schemaValidator(milestoneInput);

type Form = UseFormReturnType<MilestoneFormValues, MilestoneFormValues, (values: MilestoneFormValues) => FormErrors>;

function ConsultationPicker({ form, businessId, milestone }: { form: Form; businessId: string; milestone?: Milestone }) {
  const { t } = useTranslation();
  const list = useApiQuery('consultations:list', { businessId, status: 'final', pageSize: 200 });
  const data = (list.data?.rows ?? []).map((c) => ({
    value: c.id,
    label: [c.number ?? '', c.date ? formatDate(`${c.date}T00:00:00Z`, 'UTC') : ''].filter(Boolean).join(' · '),
  }));
  if (milestone?.consultationId && !data.some((o) => o.value === milestone.consultationId)) {
    data.unshift({ value: milestone.consultationId, label: milestone.consultationNumber ?? milestone.consultationId });
  }
  return (
    <Select
      label={t('impact.form.consultation')}
      placeholder={t('impact.form.consultationPlaceholder')}
      nothingFoundMessage={t('impact.form.consultationNone')}
      clearable
      data={data}
      key={form.key('consultationId')}
      {...form.getInputProps('consultationId')}
    />
  );
}

/** Trainings found by title through `trainings:list`; the core refuses one the business did not attend. */
function TrainingPicker({ form, milestone }: { form: Form; milestone?: Milestone }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const list = useApiQuery('trainings:list', { search: search.trim() || undefined, pageSize: 50 });
  const data = (list.data?.rows ?? []).map((r) => ({ value: r.id, label: r.title }));
  if (milestone?.trainingId && !data.some((o) => o.value === milestone.trainingId)) {
    data.unshift({ value: milestone.trainingId, label: milestone.trainingTitle ?? milestone.trainingId });
  }
  return (
    <Select
      label={t('impact.form.training')}
      description={t('impact.form.trainingHint')}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      placeholder={t('impact.form.trainingPlaceholder')}
      nothingFoundMessage={list.loading ? t('app.loading') : t('impact.form.trainingNone')}
      searchable
      clearable
      onSearchChange={setSearch}
      data={data}
      key={form.key('trainingId')}
      {...form.getInputProps('trainingId')}
    />
  );
}

/** The fields of the chosen kind. */
function KindFields({ form }: { form: Form }) {
  const { t } = useTranslation();
  const kind = form.values.kind;
  switch (kind) {
    case 'business_started':
      return null;
    case 'jobs':
      return (
        <Stack gap="sm">
          <Input.Wrapper label={t('impact.form.jobKind')} error={form.errors.jobKind}>
            <SegmentedControl
              fullWidth
              data={JOB_KINDS.map((k) => ({ value: k, label: t(`impact.jobKinds.${k}`) }))}
              {...form.getInputProps('jobKind')}
            />
          </Input.Wrapper>
          <SimpleGrid cols={2} spacing="sm">
            <NumberInput label={t('impact.form.men')} {...JOBS} key={form.key('men')} {...form.getInputProps('men')} />
            <NumberInput label={t('impact.form.women')} {...JOBS} key={form.key('women')} {...form.getInputProps('women')} />
          </SimpleGrid>
        </Stack>
      );
    case 'sales':
      return (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NumberInput label={t('impact.form.salesBefore')} withAsterisk {...RUPIAH_INPUT} key={form.key('salesBefore')} {...form.getInputProps('salesBefore')} />
          <NumberInput label={t('impact.form.salesAfter')} withAsterisk {...RUPIAH_INPUT} key={form.key('salesAfter')} {...form.getInputProps('salesAfter')} />
        </SimpleGrid>
      );
    case 'capital':
      return (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('impact.form.capitalSource')}
            withAsterisk
            placeholder={t('impact.form.choose')}
            data={CAPITAL_SOURCES.map((s) => ({ value: s, label: t(`impact.capitalSources.${s}`) }))}
            key={form.key('capitalSource')}
            {...form.getInputProps('capitalSource')}
          />
          <NumberInput label={t('impact.form.amount')} withAsterisk {...RUPIAH_INPUT} key={form.key('amount')} {...form.getInputProps('amount')} />
        </SimpleGrid>
      );
    case 'permit':
      return (
        <Select
          label={t('impact.form.permitKind')}
          withAsterisk
          placeholder={t('impact.form.choose')}
          data={PERMIT_KINDS.map((p) => ({ value: p, label: t(`impact.permits.${p}`) }))}
          key={form.key('permitKind')}
          {...form.getInputProps('permitKind')}
        />
      );
    case 'market':
      return (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('impact.form.channel')}
            withAsterisk
            placeholder={t('impact.form.choose')}
            data={SALES_CHANNELS.map((c) => ({ value: c, label: t(`businesses.channels.${c}`) }))}
            key={form.key('channel')}
            {...form.getInputProps('channel')}
          />
          <TextInput
            label={t('impact.form.channelName')}
            placeholder={t('impact.form.channelNamePlaceholder')}
            key={form.key('channelName')}
            {...form.getInputProps('channelName')}
          />
        </SimpleGrid>
      );
  }
}

/** "Catat dampak" (or, given a milestone, "Ubah dampak"): the kind picker changes the fields shown. */
export function MilestoneModal({ businessId, milestone, opened, onClose }: { businessId: string; milestone?: Milestone; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const timeZone = useOfficeTimeZone();
  const today = zonedParts(new Date(), timeZone).date;
  const form = useForm<MilestoneFormValues>({
    mode: 'controlled',
    initialValues: milestone ? fromMilestone(milestone) : emptyValues(today),
    validate: (values) => {
      const errors = validateInput(toInput(values, businessId));
      // An empty picker is a missing choice, not an invalid one.
      for (const field of CHOICE_FIELDS) if (errors[field] && values[field] === null) errors[field] = t('v.required');
      return errors;
    },
  });

  const guard = useUnsavedGuard(() => opened && form.isDirty());
  // Closing asks first when something was typed; what is thrown away is not there at the next opening.
  const close = () =>
    guard.confirmDiscard(() => {
      form.reset();
      onClose();
    });

  const submit = form.onSubmit(async (values, event) => {
    try {
      const input = toInput(values, businessId);
      if (milestone) await call('impact:update', { id: milestone.id, milestone: input });
      else await call('impact:create', input);
      notifySuccess(t(milestone ? 'impact.form.updated' : 'impact.form.created'));
      onClose();
    } catch (err) {
      handleFormError(form, withFormPaths(err, 'milestone'), { root: formOf(event) });
    }
  });

  return (
    <Modal opened={opened} onClose={close} title={t(milestone ? 'impact.form.editTitle' : 'impact.form.createTitle')} size="lg">
      <form onSubmit={submit} onKeyDown={keepEnterFromSubmitting} noValidate>
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label={t('impact.form.kind')}
              withAsterisk
              allowDeselect={false}
              data={MILESTONE_KINDS.map((k) => ({ value: k, label: t(`impact.kinds.${k}`) }))}
              value={form.values.kind}
              onChange={(kind) => {
                if (!kind) return;
                form.setFieldValue('kind', kind as MilestoneFormValues['kind']);
                form.clearErrors();
              }}
              error={form.errors.kind}
            />
            <DateField
              label={t('impact.form.date')}
              withAsterisk
              clearable={false}
              maxDate={today}
              key={form.key('date')}
              {...form.getInputProps('date')}
            />
          </SimpleGrid>
          <KindFields form={form} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <ConsultationPicker form={form} businessId={businessId} milestone={milestone} />
            <TrainingPicker form={form} milestone={milestone} />
          </SimpleGrid>
          <Textarea
            label={t('impact.form.evidence')}
            description={t('impact.form.evidenceHint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            placeholder={t('impact.form.evidencePlaceholder')}
            autosize
            minRows={2}
            key={form.key('evidence')}
            {...form.getInputProps('evidence')}
          />
          <TextInput label={t('impact.form.note')} key={form.key('note')} {...form.getInputProps('note')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('impact.form.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {t('impact.form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
      {guard.dialog}
    </Modal>
  );
}
