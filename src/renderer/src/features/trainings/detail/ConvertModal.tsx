import { Button, Fieldset, Grid, Group, Loader, Modal, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { businessInput, type DuplicateCandidate, type Participant } from '../../../../../shared/contract';
import { localIsoDate } from '../../../../../shared/domain/dates';
import { LIMITS, formatPhoneLocal } from '../../../../../shared/validation/fields';
import { call, toApiError } from '../../../lib/api';
import { applyFieldErrors, focusFirstInvalid, handleFormError, schemaValidator } from '../../../lib/form-errors';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { invalidate } from '../../../lib/query';
import { BusinessFields, DateField, DuplicateAside, emptyValues, onFormFields, toProfile, useRegions, type BusinessFormValues } from '../../businesses';
import { genderOptions } from '../../businesses/labels';
import { useSettings } from '../../settings';
import { refreshParticipants } from './refresh';

const validateProfile = schemaValidator(businessInput);

/** The business form's values, filled from what the training knows about the participant. */
export function valuesFromParticipant(p: Participant, phone: string | null, office: { provinceCode?: string | null; regencyCode?: string | null }): BusinessFormValues {
  const base = emptyValues({ provinceCode: p.regencyCode?.slice(0, 2) ?? office.provinceCode, regencyCode: p.regencyCode ?? office.regencyCode });
  return {
    ...base,
    name: p.businessName ?? '',
    ownerName: p.name,
    ownerGender: p.gender,
    ownerBirthDate: p.birthDate,
    ownerPhone: phone ? formatPhoneLocal(phone) : '',
    notes: p.notes ?? '',
  };
}

function RegencySelect({ form }: { form: Parameters<typeof BusinessFields>[0]['form'] }) {
  const { t } = useTranslation();
  const province = form.useWatchValue('provinceCode');
  const value = form.useWatchValue('regencyCode');
  const regencies = useRegions(province ?? undefined);
  const { defaultValue: _unused, ...props } = form.getInputProps('regencyCode');
  return (
    <Select
      label={t('businesses.fields.regencyCode')}
      data={regencies.options}
      searchable
      clearable
      {...props}
      value={value}
      onChange={(v) => {
        form.setFieldValue('regencyCode', v, { forceUpdate: false });
        form.setFieldValue('districtCode', null, { forceUpdate: false });
        form.setFieldValue('villageCode', null, { forceUpdate: false });
      }}
    />
  );
}

function ConvertBody({ participant, phone, onClose }: { participant: Participant; phone: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { settings } = useSettings();
  const ref = useRef<HTMLFormElement>(null);
  const form = useForm<BusinessFormValues>({
    mode: 'uncontrolled',
    initialValues: valuesFromParticipant(participant, phone, settings?.office ?? {}),
    validate: (values) => validateProfile(toProfile(values)),
  });
  const [dismissed, setDismissed] = useState<string[]>([]);
  const [blocked, setBlocked] = useState(false);
  // The filled-in values are checked for look-alikes at once, not only after typing.
  const [recheck, setRecheck] = useState(1);

  const onValid = async (values: BusinessFormValues) => {
    try {
      await call('participants:convert', { id: participant.id, profile: toProfile(values), notDuplicateOf: dismissed });
      refreshParticipants();
      invalidate('businesses:list', 'businesses:tags');
      notifySuccess(t('trainings.convert.done', { name: participant.name }));
      onClose();
    } catch (err) {
      const error = onFormFields(err);
      if (error.code === 'DUPLICATE') {
        setBlocked(true);
        setRecheck((n) => n + 1);
        applyFieldErrors(form, error.fields);
        return;
      }
      handleFormError(form, error, { root: ref.current });
    }
  };
  const submit = (event: React.FormEvent<HTMLFormElement>) => form.onSubmit(onValid, () => focusFirstInvalid(ref.current))(event);
  const open = (c: DuplicateCandidate) => navigate(`/umkm/${c.id}`);

  return (
    <Grid gap="md" align="flex-start">
      <Grid.Col span={{ base: 12, md: 8 }}>
        <form ref={ref} onSubmit={submit} noValidate aria-label={t('trainings.convert.title', { name: participant.name })}>
          <Stack gap="md">
            <Text size="sm" c="dimmed">
              {t('trainings.convert.intro')}
            </Text>
            <BusinessFields form={form} />
            <Fieldset legend={t('businesses.sections.owner')}>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <TextInput
                  label={t('businesses.fields.ownerName')}
                  withAsterisk
                  maxLength={LIMITS.name}
                  key={form.key('ownerName')}
                  {...form.getInputProps('ownerName')}
                />
                <Select
                  label={t('businesses.fields.ownerGender')}
                  data={genderOptions(t)}
                  clearable
                  key={form.key('ownerGender')}
                  {...form.getInputProps('ownerGender')}
                />
                <DateField
                  label={t('businesses.fields.ownerBirthDate')}
                  maxDate={localIsoDate(new Date())}
                  defaultLevel="decade"
                  key={form.key('ownerBirthDate')}
                  {...form.getInputProps('ownerBirthDate')}
                />
                <TextInput
                  label={t('businesses.fields.ownerPhone')}
                  placeholder={t('businesses.hints.phone')}
                  inputMode="tel"
                  maxLength={LIMITS.short}
                  key={form.key('ownerPhone')}
                  {...form.getInputProps('ownerPhone')}
                />
                <RegencySelect form={form} />
              </SimpleGrid>
            </Fieldset>
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={onClose}>
                {t('app.cancel')}
              </Button>
              <Button type="submit" loading={form.submitting}>
                {t('trainings.convert.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <DuplicateAside
          form={form}
          dismissed={dismissed}
          blocked={blocked}
          recheck={recheck}
          onOpen={open}
          onDismiss={(c, remaining) => {
            setDismissed((ids) => [...ids, c.id]);
            if (remaining === 0) setBlocked(false);
          }}
          onUndo={() => setDismissed([])}
        />
      </Grid.Col>
    </Grid>
  );
}

/** The participant's full phone goes into the new profile, so it is asked for once (main audits it). */
function LoadPhone({ participant, onClose }: { participant: Participant; onClose: () => void }) {
  const { t } = useTranslation();
  const [phone, setPhone] = useState<{ value: string | null } | null>(participant.phone ? null : { value: null });
  useEffect(() => {
    if (!participant.phone) return;
    let alive = true;
    call('participants:revealPhone', { id: participant.id })
      .then(({ phone: full }) => alive && setPhone({ value: full }))
      .catch((err: unknown) => {
        notifyError(toApiError(err));
        if (alive) setPhone({ value: null });
      });
    return () => {
      alive = false;
    };
  }, [participant.id, participant.phone]);
  if (!phone) {
    return (
      <Group gap="sm">
        <Loader size="sm" />
        <Text size="sm">{t('trainings.convert.loading')}</Text>
      </Group>
    );
  }
  return <ConvertBody participant={participant} phone={phone.value} onClose={onClose} />;
}

/** "Jadikan UMKM": a calon wirausaha becomes a business profile, checked for duplicates. */
export function ConvertModal({ participant, onClose }: { participant: Participant | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={participant !== null} onClose={onClose} title={t('trainings.convert.title', { name: participant?.name ?? '' })} size="80rem">
      {participant ? <LoadPhone key={participant.id} participant={participant} onClose={onClose} /> : null}
    </Modal>
  );
}
