import { Button, Checkbox, Fieldset, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconBrandWhatsapp, IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../../../shared/domain/dates';
import { parseNik } from '../../../../../shared/domain/nik';
import { LIMITS } from '../../../../../shared/validation/fields';
import { genderOptions } from '../labels';
import { DateField } from '../../../components/DateField';
import type { BusinessForm } from './types';

export interface NikState {
  /** The stored NIK, masked; null when none is stored (a new profile, or none yet). */
  masked: string | null;
  /** True while the consultant types a new NIK over a stored one. */
  changing: boolean;
  onChange: (changing: boolean) => void;
}

const BELOW = ['label', 'input', 'description', 'error'] as ('label' | 'input' | 'description' | 'error')[];

function PhoneField({ form }: { form: BusinessForm }) {
  const { t } = useTranslation();
  const whatsapp = form.useWatchValue('ownerPhoneIsWhatsapp');
  return (
    <Stack gap={6}>
      <TextInput
        label={t('businesses.fields.ownerPhone')}
        placeholder={t('businesses.hints.phone')}
        inputMode="tel"
        maxLength={LIMITS.short}
        leftSection={whatsapp ? <IconBrandWhatsapp size={16} color="var(--mantine-color-green-7)" /> : null}
        key={form.key('ownerPhone')}
        {...form.getInputProps('ownerPhone')}
      />
      <Checkbox
        label={t('businesses.form.whatsapp')}
        size="sm"
        key={form.key('ownerPhoneIsWhatsapp')}
        {...form.getInputProps('ownerPhoneIsWhatsapp', { type: 'checkbox' })}
      />
    </Stack>
  );
}

/** "Pemilik": who owns the business. The NIK is typed once and from then on only shown masked. */
export function OwnerFields({ form, nik }: { form: BusinessForm; nik: NikState }) {
  const { t } = useTranslation();
  const [filledFromNik, setFilledFromNik] = useState(false);
  const f = (key: string) => t(`businesses.fields.${key}`);
  const h = (key: string) => t(`businesses.hints.${key}`);
  const nikInput = form.getInputProps('ownerNik');

  // A valid NIK carries gender and birth date: fill them when still empty, never overwrite.
  const fillFromNik = (raw: string) => {
    const parts = parseNik(raw);
    if (!parts) return;
    const { ownerGender, ownerBirthDate } = form.getValues();
    if (!ownerGender) form.setFieldValue('ownerGender', parts.gender);
    if (!ownerBirthDate) form.setFieldValue('ownerBirthDate', parts.birthDate);
    if (!ownerGender || !ownerBirthDate) setFilledFromNik(true);
  };

  const stored = nik.masked !== null && !nik.changing;

  return (
    <Fieldset legend={t('businesses.sections.owner')}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={f('ownerName')}
            withAsterisk
            maxLength={LIMITS.name}
            key={form.key('ownerName')}
            {...form.getInputProps('ownerName')}
          />
          {stored ? (
            <TextInput
              label={f('ownerNik')}
              description={h('ownerNik')}
              inputWrapperOrder={BELOW}
              value={nik.masked ?? ''}
              readOnly
              leftSection={<IconLock size={16} />}
              rightSectionWidth={104}
              rightSection={
                <Button size="compact-xs" variant="light" onClick={() => nik.onChange(true)}>
                  {t('businesses.form.changeNik')}
                </Button>
              }
            />
          ) : (
            <TextInput
              label={f('ownerNik')}
              description={filledFromNik ? h('nikFilled') : h('ownerNik')}
              inputWrapperOrder={BELOW}
              inputMode="numeric"
              autoComplete="off"
              maxLength={LIMITS.short}
              key={form.key('ownerNik')}
              {...nikInput}
              onChange={(e) => {
                nikInput.onChange(e);
                fillFromNik(e.currentTarget.value);
              }}
              rightSectionWidth={nik.masked ? 130 : undefined}
              rightSection={
                nik.masked ? (
                  <Button size="compact-xs" variant="subtle" onClick={() => nik.onChange(false)}>
                    {t('businesses.form.keepNik')}
                  </Button>
                ) : undefined
              }
            />
          )}
          <Select
            label={f('ownerGender')}
            data={genderOptions(t)}
            clearable
            allowDeselect
            key={form.key('ownerGender')}
            {...form.getInputProps('ownerGender')}
          />
          <DateField
            label={f('ownerBirthDate')}
            maxDate={localIsoDate(new Date())}
            defaultLevel="decade"
            key={form.key('ownerBirthDate')}
            {...form.getInputProps('ownerBirthDate')}
          />
          <PhoneField form={form} />
          <TextInput
            label={f('ownerEmail')}
            placeholder={h('email')}
            type="email"
            maxLength={LIMITS.email}
            key={form.key('ownerEmail')}
            {...form.getInputProps('ownerEmail')}
          />
        </SimpleGrid>
        {nik.masked !== null && nik.changing ? (
          <Text size="xs" c="dimmed">
            {t('businesses.form.nikStored')}: {nik.masked}
          </Text>
        ) : null}
      </Stack>
    </Fieldset>
  );
}
