import { Chip, Group, Input, Stack, Textarea } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../../shared/validation/fields';
import { areaOptions } from '../labels';
import type { ConsultationForm } from './types';

/** Service areas as chips: each a checkbox, so Tab reaches it and Space toggles it. */
function AreasField({ form }: { form: ConsultationForm }) {
  const { t } = useTranslation();
  const labelId = useId();
  return (
    <Input.Wrapper
      label={t('consultations.fields.serviceAreas')}
      labelProps={{ id: labelId }}
      labelElement="div"
      withAsterisk
      error={form.errors.serviceAreas}
    >
      <Chip.Group multiple value={form.values.serviceAreas} onChange={(next) => form.setFieldValue('serviceAreas', next)}>
        <Group gap={6} mt={4} role="group" aria-labelledby={labelId}>
          {areaOptions(t).map((o) => (
            <Chip key={o.value} value={o.value} size="sm" variant="outline">
              {o.label}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
    </Input.Wrapper>
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
