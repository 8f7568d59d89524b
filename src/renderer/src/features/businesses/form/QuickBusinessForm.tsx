import { Button, Fieldset, Grid, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { businessInput, type DuplicateCandidate } from '../../../../../shared/contract';
import { localIsoDate } from '../../../../../shared/domain/dates';
import { LIMITS } from '../../../../../shared/validation/fields';
import { useUnsavedGuard } from '../../../components/unsaved';
import { withFormPaths } from '../../../lib/api';
import { applyFieldErrors, focusFirstInvalid, handleFormError, schemaValidator } from '../../../lib/form-errors';
import { keepEnterFromSubmitting } from '../../../lib/form-keys';
import { genderOptions } from '../labels';
import { useRegions } from '../../../components/use-regions';
import { BusinessFields } from './BusinessFields';
import { DateField } from '../../../components/DateField';
import { DuplicateAside } from './DuplicateAside';
import { toProfile, type BusinessFormValues } from './form-values';
import type { BusinessForm } from './types';
import { watchedInputProps } from './types';

const validateProfile = schemaValidator(businessInput);

function RegencySelect({ form }: { form: BusinessForm }) {
  const { t } = useTranslation();
  const province = form.useWatchValue('provinceCode');
  const value = form.useWatchValue('regencyCode');
  const regencies = useRegions(province ?? undefined);
  return (
    <Select
      label={t('businesses.fields.regencyCode')}
      data={regencies.options}
      searchable
      clearable
      {...watchedInputProps(form, 'regencyCode', value)}
      onChange={(v) => {
        form.setFieldValue('regencyCode', v, { forceUpdate: false });
        form.setFieldValue('districtCode', null, { forceUpdate: false });
        form.setFieldValue('villageCode', null, { forceUpdate: false });
      }}
    />
  );
}

function OwnerFields({ form, full }: { form: BusinessForm; full: boolean }) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('businesses.sections.owner')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label={t('businesses.fields.ownerName')}
          withAsterisk={full}
          maxLength={LIMITS.name}
          key={form.key('ownerName')}
          {...form.getInputProps('ownerName')}
        />
        {full ? (
          <>
            <Select label={t('businesses.fields.ownerGender')} data={genderOptions(t)} clearable key={form.key('ownerGender')} {...form.getInputProps('ownerGender')} />
            <DateField
              label={t('businesses.fields.ownerBirthDate')}
              maxDate={localIsoDate(new Date())}
              defaultLevel="decade"
              key={form.key('ownerBirthDate')}
              {...form.getInputProps('ownerBirthDate')}
            />
          </>
        ) : null}
        <TextInput
          label={t('businesses.fields.ownerPhone')}
          placeholder={t('businesses.hints.phone')}
          inputMode="tel"
          maxLength={LIMITS.short}
          key={form.key('ownerPhone')}
          {...form.getInputProps('ownerPhone')}
        />
        {full ? <RegencySelect form={form} /> : null}
      </SimpleGrid>
    </Fieldset>
  );
}

export interface QuickBusinessFormProps {
  /** The form's accessible name. */
  label: string;
  initialValues: BusinessFormValues;
  /** A line above the fields. */
  intro?: ReactNode;
  /** Owner name and phone only, or also gender, birth date and kabupaten/kota (owner name then required). */
  owner: 'short' | 'full';
  submitLabel: string;
  /** Check the filled-in values for look-alikes at once, not only after typing. */
  checkAtOnce?: boolean;
  /** Sends the profile with the candidates marked "Bukan duplikat"; a DUPLICATE refusal is shown beside the form. */
  save: (values: BusinessFormValues, notDuplicateOf: string[]) => Promise<void>;
  /** A look-alike chosen in the duplicate panel. */
  onOpen: (candidate: DuplicateCandidate) => void;
  onCancel: () => void;
}

const STICKY_BUTTONS = {
  position: 'sticky',
  bottom: 0,
  zIndex: 2,
  background: 'var(--mantine-color-body)',
  borderTop: '1px solid var(--mantine-color-default-border)',
} as const;

/**
 * A new business profile made in a dialog: the profile fields, the owner, and the duplicate check
 * beside them. Saving refused as DUPLICATE lists the look-alikes to open or dismiss.
 */
export function QuickBusinessForm({ label, initialValues, intro, owner, submitLabel, checkAtOnce = false, save, onOpen, onCancel }: QuickBusinessFormProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLFormElement>(null);
  const form = useForm<BusinessFormValues>({
    mode: 'uncontrolled',
    initialValues,
    validateInputOnBlur: ['ownerNik'],
    validate: (values) => validateProfile(toProfile(values)),
  });
  const guard = useUnsavedGuard(() => form.isDirty(), { close: onCancel });
  const [dismissed, setDismissed] = useState<string[]>([]);
  const [blocked, setBlocked] = useState(false);
  const [recheck, setRecheck] = useState(checkAtOnce ? 1 : 0);

  const onValid = async (values: BusinessFormValues) => {
    try {
      await save(values, dismissed);
    } catch (err) {
      const error = withFormPaths(err, 'profile');
      if (error.code === 'DUPLICATE') {
        setBlocked(true);
        setRecheck((n) => n + 1);
        applyFieldErrors(form, error.fields);
        return;
      }
      handleFormError(form, error, { root: ref.current });
    }
  };
  // The dialog may sit inside another form's React tree: its submit must not reach that form.
  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.stopPropagation();
    form.onSubmit(onValid, () => focusFirstInvalid(ref.current))(event);
  };

  return (
    <Grid gap="md" align="flex-start">
      <Grid.Col span={{ base: 12, md: 8 }}>
        <form ref={ref} onSubmit={submit} onKeyDown={keepEnterFromSubmitting} noValidate aria-label={label}>
          <Stack gap="md">
            {intro}
            <BusinessFields form={form} />
            <OwnerFields form={form} full={owner === 'full'} />
            {/* Sticks to the bottom of the dialog's scrolling body: the buttons stay in sight on a short screen. */}
            <Group justify="flex-end" gap="sm" py="sm" style={STICKY_BUTTONS}>
              <Button variant="default" onClick={() => guard.confirmDiscard(onCancel)}>
                {t('app.cancel')}
              </Button>
              <Button type="submit" loading={form.submitting}>
                {submitLabel}
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
          onOpen={onOpen}
          onDismiss={(c, remaining) => {
            setDismissed((ids) => [...ids, c.id]);
            if (remaining === 0) setBlocked(false);
          }}
          onUndo={() => setDismissed([])}
        />
      </Grid.Col>
      {guard.dialog}
    </Grid>
  );
}
