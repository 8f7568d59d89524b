import { Alert, Button, Group, Loader, NumberInput, SegmentedControl, Input, Select, SimpleGrid, Stack, Switch, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GENDERS, participantInput, type Participant, type ParticipantInput, type Training } from '../../../../../shared/contract';
import { isChildOn } from '../../../../../shared/domain/children';
import { fullYearsBetween, localIsoDate } from '../../../../../shared/domain/dates';
import { LIMITS, formatPhoneLocal } from '../../../../../shared/validation/fields';
import { GuardedModal, useUnsavedGuard } from '../../../components/unsaved';
import { call, withFormPaths } from '../../../lib/api';
import { formOf, handleFormError, schemaValidator } from '../../../lib/form-errors';
import { keepEnterFromSubmitting } from '../../../lib/form-keys';
import { notifySuccess } from '../../../lib/notify';
import { useBusinessOptions } from '../../businesses';
import { DateField } from '../../../components/DateField';
import { useRegions } from '../../../components/use-regions';
import { useOfficeTimeZone, useSettings } from '../../../app/settings';
import { officeToday } from '../../../lib/office-time';
import { useFullPhone } from './use-full-phone';

export interface ParticipantFormValues {
  name: string;
  gender: (typeof GENDERS)[number] | null;
  birthDate: string | null;
  age: number | '';
  phone: string;
  regencyCode: string | null;
  hasBusiness: boolean;
  businessId: string | null;
  businessName: string;
  notes: string;
  guardianName: string;
  guardianConsentDate: string | null;
}

const validateParticipant = schemaValidator(participantInput);

export function toParticipantInput(v: ParticipantFormValues): ParticipantInput {
  return {
    ...v,
    age: v.birthDate ? null : v.age === '' ? null : v.age,
    // A calon wirausaha has no business: its link and name are not sent.
    businessId: v.hasBusiness ? v.businessId : null,
    businessName: v.hasBusiness ? v.businessName : null,
  };
}

function initialValues(p: Participant | undefined, phone: string | null, regencyCode: string | null): ParticipantFormValues {
  if (!p) {
    return {
      name: '',
      gender: null,
      birthDate: null,
      age: '',
      phone: '',
      regencyCode,
      hasBusiness: false,
      businessId: null,
      businessName: '',
      notes: '',
      guardianName: '',
      guardianConsentDate: null,
    };
  }
  return {
    name: p.name,
    gender: p.gender,
    birthDate: p.birthDate,
    age: p.birthDate ? '' : (p.age ?? ''),
    phone: phone ? formatPhoneLocal(phone) : '',
    regencyCode: p.regencyCode,
    hasBusiness: p.hasBusiness,
    businessId: p.businessId,
    businessName: p.businessId ? '' : (p.businessName ?? ''),
    notes: p.notes ?? '',
    guardianName: p.guardianName ?? '',
    guardianConsentDate: p.guardianConsentDate,
  };
}

function BusinessPicker({ value, onChange, error }: { value: string | null; onChange: (id: string | null) => void; error?: React.ReactNode }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const options = useBusinessOptions(search, { selectedId: value });
  return (
    <Select
      label={t('trainings.participantForm.businessId')}
      placeholder={t('trainings.participantForm.businessPlaceholder')}
      searchable
      clearable
      data={options.data}
      filter={options.filter}
      renderOption={options.renderOption}
      onSearchChange={setSearch}
      nothingFoundMessage={options.loading ? t('app.loading') : t('trainings.participantForm.businessNothing')}
      value={value}
      onChange={onChange}
      error={error}
    />
  );
}

function ParticipantForm({
  training,
  participant,
  phone,
  onClose,
}: {
  training: Training;
  participant?: Participant;
  phone: string | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const regencies = useRegions(settings?.office.provinceCode ?? '64');
  const form = useForm<ParticipantFormValues>({
    mode: 'controlled',
    initialValues: initialValues(participant, phone, training.regencyCode ?? settings?.office.regencyCode ?? null),
    validate: (values) => validateParticipant(toParticipantInput(values)),
  });
  const f = (key: string) => t(`trainings.participantForm.${key}`);
  // Under 18 on the office's today: a parent's or guardian's consent before more than name and age is kept.
  const today = officeToday(useOfficeTimeZone());
  const v = form.values;
  const statedAge = v.birthDate ? fullYearsBetween(v.birthDate, training.startDate) : v.age === '' ? null : v.age;
  const child = isChildOn({ birthDate: v.birthDate, age: statedAge, startDate: training.startDate }, today);
  const guard = useUnsavedGuard(() => form.isDirty(), { close: onClose });

  const submit = form.onSubmit(async (values, event) => {
    const input = toParticipantInput(values);
    try {
      if (participant) {
        await call('participants:update', { id: participant.id, participant: input });
        notifySuccess(t('trainings.participants.updated'));
      } else {
        await call('participants:add', { trainingId: training.id, participant: input });
        notifySuccess(t('trainings.participants.added'));
      }
      onClose();
    } catch (err) {
      handleFormError(form, withFormPaths(err, 'participant'), { root: formOf(event) });
    }
  });

  return (
    <form onSubmit={submit} onKeyDown={keepEnterFromSubmitting} noValidate aria-label={participant ? f('editTitle') : f('addTitle')}>
      <Stack gap="sm">
        <TextInput label={f('name')} withAsterisk maxLength={LIMITS.name} data-autofocus {...form.getInputProps('name')} />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Input.Wrapper label={f('gender')} error={form.errors.gender}>
            <SegmentedControl
              fullWidth
              data={GENDERS.map((g) => ({ value: g, label: t(`businesses.genders.${g}`) }))}
              value={form.values.gender ?? ''}
              onChange={(v) => form.setFieldValue('gender', v as ParticipantFormValues['gender'])}
            />
          </Input.Wrapper>
          <DateField label={f('birthDate')} maxDate={localIsoDate(new Date())} defaultLevel="decade" {...form.getInputProps('birthDate')} />
          <NumberInput
            label={f('age')}
            description={f('ageHint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            allowDecimal={false}
            allowNegative={false}
            hideControls
            clampBehavior="none"
            disabled={Boolean(form.values.birthDate)}
            {...form.getInputProps('age')}
          />
        </SimpleGrid>
        {child || v.guardianName || v.guardianConsentDate ? (
          <>
            <Alert color="orange" variant="light" title={f('childTitle')}>
              {f('childHint')}
            </Alert>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput label={f('guardianName')} maxLength={LIMITS.name} {...form.getInputProps('guardianName')} />
              <DateField label={f('guardianConsentDate')} maxDate={today} {...form.getInputProps('guardianConsentDate')} />
            </SimpleGrid>
          </>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label={f('phone')} placeholder={f('phoneHint')} inputMode="tel" maxLength={LIMITS.short} {...form.getInputProps('phone')} />
          <Select label={f('regencyCode')} data={regencies.options} searchable clearable {...form.getInputProps('regencyCode')} />
        </SimpleGrid>
        <Switch
          label={f('hasBusiness')}
          description={f('hasBusinessHint')}
          {...form.getInputProps('hasBusiness', { type: 'checkbox' })}
        />
        {form.values.hasBusiness ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <BusinessPicker
              value={form.values.businessId}
              onChange={(id) => form.setFieldValue('businessId', id)}
              error={form.errors.businessId}
            />
            <TextInput
              label={f('businessName')}
              description={f('businessNameHint')}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              maxLength={LIMITS.name}
              disabled={Boolean(form.values.businessId)}
              {...form.getInputProps('businessName')}
            />
          </SimpleGrid>
        ) : null}
        <Textarea label={f('notes')} autosize minRows={2} maxRows={5} maxLength={LIMITS.line} {...form.getInputProps('notes')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => guard.confirmDiscard(onClose)}>
            {t('app.cancel')}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {f('save')}
          </Button>
        </Group>
      </Stack>
      {guard.dialog}
    </form>
  );
}

/**
 * Tambah/ubah peserta. Editing needs the stored phone to keep it, so the full number is asked for
 * once when the form opens (main audits the reveal); it is never kept after the form closes.
 */
function EditBody({ training, participant, onClose }: { training: Training; participant: Participant; onClose: () => void }) {
  const { t } = useTranslation();
  const phone = useFullPhone(participant, onClose);
  if (!phone) return <Loader size="sm" aria-label={t('app.loading')} />;
  return <ParticipantForm training={training} participant={participant} phone={phone.value} onClose={onClose} />;
}

export function ParticipantModal({
  training,
  participant,
  opened,
  onClose,
}: {
  training: Training;
  /** The participant being edited; absent to add one. */
  participant?: Participant;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <GuardedModal opened={opened} onClose={onClose} title={t(participant ? 'trainings.participantForm.editTitle' : 'trainings.participantForm.addTitle')} size="lg">
      {!opened ? null : participant ? (
        <EditBody key={participant.id} training={training} participant={participant} onClose={onClose} />
      ) : (
        <ParticipantForm training={training} phone={null} onClose={onClose} />
      )}
    </GuardedModal>
  );
}
