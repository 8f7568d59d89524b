import { Checkbox, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../../shared/validation/fields';
import { areaOptions } from '../labels';
import type { ConsultationForm } from './types';

/** Service areas as checkboxes: Tab reaches each, Space toggles it. */
function AreasField({ form }: { form: ConsultationForm }) {
  const { t } = useTranslation();
  return (
    <Checkbox.Group
      label={t('consultations.fields.serviceAreas')}
      withAsterisk
      value={form.values.serviceAreas}
      onChange={(next) => form.setFieldValue('serviceAreas', next)}
      error={form.errors.serviceAreas}
    >
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs" verticalSpacing="xs" mt={6}>
        {areaOptions(t).map((o) => (
          <Checkbox key={o.value} value={o.value} label={o.label} />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}

/** What was brought, what the consultant found, what was advised. */
export function ContentFields({ form }: { form: ConsultationForm }) {
  const { t } = useTranslation();
  const text = (path: 'complaint' | 'diagnosis' | 'advice', required: boolean, description?: string) => (
    <Textarea
      label={t(`consultations.fields.${path}`)}
      description={description}
      withAsterisk={required}
      autosize
      minRows={2}
      maxRows={10}
      maxLength={LIMITS.longText}
      {...form.getInputProps(path)}
    />
  );
  return (
    <Stack gap="sm">
      <AreasField form={form} />
      {text('complaint', true, t('consultations.form.complaintHint'))}
      {text('diagnosis', false)}
      {text('advice', true, t('consultations.form.adviceHint'))}
    </Stack>
  );
}
