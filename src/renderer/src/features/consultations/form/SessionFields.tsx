import { Group, MultiSelect, NumberInput, Radio, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MAX_CONSULTANTS, MAX_MINUTES } from '../../../../../shared/contract';
import { useApiQuery } from '../../../lib/query';
import { DateField } from '../../../components/DateField';
import { channelOptions } from '../labels';
import { TimeField } from './TimeField';
import type { ConsultationForm } from './types';

function MinutesField({ form, path }: { form: ConsultationForm; path: 'contactMinutes' | 'prepMinutes' }) {
  const { t } = useTranslation();
  return (
    <NumberInput
      label={t(`consultations.fields.${path}`)}
      withAsterisk
      min={0}
      max={MAX_MINUTES}
      // Negative or too large stays as typed, so the field says what is wrong instead of silently changing it.
      clampBehavior="none"
      allowDecimal={false}
      thousandSeparator="."
      decimalSeparator=","
      {...form.getInputProps(path)}
    />
  );
}

/** Who, with whom, when, how long and how: the session itself. */
export function SessionFields({ form }: { form: ConsultationForm }) {
  const { t } = useTranslation();
  const consultants = useApiQuery('consultants:list', { includeInactive: true });
  const chosen = form.values.consultantIds;
  // Active consultants to choose from; one already chosen stays listed even if since deactivated.
  const options = (consultants.data ?? [])
    .filter((c) => c.active || chosen.includes(c.id))
    .map((c) => ({ value: c.id, label: c.name }));

  return (
    <Stack gap="sm">
      <MultiSelect
        label={t('consultations.fields.consultants')}
        placeholder={chosen.length ? undefined : t('consultations.form.consultantsPlaceholder')}
        withAsterisk
        searchable
        data={options}
        maxValues={MAX_CONSULTANTS}
        {...form.getInputProps('consultantIds')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
        <DateField
          label={t('consultations.fields.date')}
          withAsterisk
          clearable={false}
          value={form.values.date || null}
          onChange={(value) => form.setFieldValue('date', value ?? '')}
          error={form.errors.date}
        />
        <TimeField
          label={t('consultations.fields.startTime')}
          withAsterisk
          value={form.values.startTime}
          onChange={(value) => form.setFieldValue('startTime', value)}
          error={form.errors.startTime}
        />
        <MinutesField form={form} path="contactMinutes" />
        <MinutesField form={form} path="prepMinutes" />
      </SimpleGrid>
      <Radio.Group
        label={t('consultations.fields.channel')}
        withAsterisk
        value={form.values.channel}
        onChange={(value) => form.setFieldValue('channel', value)}
        error={form.errors.channel}
      >
        <Group gap="md" mt={6}>
          {channelOptions(t).map((o) => (
            <Radio key={o.value} value={o.value} label={o.label} />
          ))}
        </Group>
      </Radio.Group>
    </Stack>
  );
}
