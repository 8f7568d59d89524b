import { Fieldset, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../../shared/validation/fields';
import { DateField } from '../../../components/DateField';
import type { BusinessForm } from './types';

const BELOW = ['label', 'input', 'description', 'error'] as ('label' | 'input' | 'description' | 'error')[];

/** A permit with a number, an issue date and an expiry: P-IRT and halal. */
function DatedPermit({ form, permit, hint }: { form: BusinessForm; permit: 'pirt' | 'halal'; hint: string }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
      <TextInput
        label={t(`businesses.fields.${permit}Number`)}
        description={hint}
        inputWrapperOrder={BELOW}
        maxLength={LIMITS.short}
        key={form.key(`${permit}Number`)}
        {...form.getInputProps(`${permit}Number`)}
      />
      <DateField
        label={t(`businesses.fields.${permit}IssuedAt`)}
        key={form.key(`${permit}IssuedAt`)}
        {...form.getInputProps(`${permit}IssuedAt`)}
      />
      <DateField
        label={t(`businesses.fields.${permit}ExpiresAt`)}
        key={form.key(`${permit}ExpiresAt`)}
        {...form.getInputProps(`${permit}ExpiresAt`)}
      />
    </SimpleGrid>
  );
}

/** "Izin usaha": NIB, P-IRT, halal, BPOM and merek, each with the format it expects. */
export function PermitFields({ form }: { form: BusinessForm }) {
  const { t } = useTranslation();
  const h = (key: string) => t(`businesses.hints.${key}`);
  return (
    <Fieldset legend={t('businesses.sections.permits')}>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput
            label={t('businesses.fields.nib')}
            description={h('nib')}
            inputWrapperOrder={BELOW}
            inputMode="numeric"
            maxLength={LIMITS.short}
            key={form.key('nib')}
            {...form.getInputProps('nib')}
          />
          <TextInput
            label={t('businesses.fields.bpomNumber')}
            description={h('bpom')}
            inputWrapperOrder={BELOW}
            maxLength={LIMITS.short}
            key={form.key('bpomNumber')}
            {...form.getInputProps('bpomNumber')}
          />
          <TextInput
            label={t('businesses.fields.merekNumber')}
            description={h('merek')}
            inputWrapperOrder={BELOW}
            maxLength={LIMITS.short}
            key={form.key('merekNumber')}
            {...form.getInputProps('merekNumber')}
          />
        </SimpleGrid>
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('businesses.fields.pirt')}
          </Text>
          <DatedPermit form={form} permit="pirt" hint={h('pirt')} />
        </Stack>
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('businesses.fields.halal')}
          </Text>
          <DatedPermit form={form} permit="halal" hint={h('halal')} />
        </Stack>
      </Stack>
    </Fieldset>
  );
}
