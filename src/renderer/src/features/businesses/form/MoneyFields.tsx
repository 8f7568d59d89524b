import { Fieldset, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RUPIAH_INPUT, countInput } from '../../../components/number-inputs';
import { formatNumber } from '../../../lib/format';
import { ScalePreview } from './ScalePreview';
import type { BusinessForm } from './types';

const EMPLOYEES = countInput(1_000_000);

const BELOW = ['label', 'input', 'description', 'error'] as ('label' | 'input' | 'description' | 'error')[];

function EmployeesTotal({ form }: { form: BusinessForm }) {
  const { t } = useTranslation();
  const men = form.useWatchValue('employeesMale');
  const women = form.useWatchValue('employeesFemale');
  if (men === '' && women === '') return null;
  const total = (men === '' ? 0 : men) + (women === '' ? 0 : women);
  return (
    <Text size="xs" c="dimmed">
      {t('businesses.form.employeesTotal', { count: total, formatted: formatNumber(total) })}
    </Text>
  );
}

/** "Tenaga kerja". */
export function WorkforceFields({ form }: { form: BusinessForm }) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('businesses.sections.workforce')}>
      <Stack gap={6}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NumberInput
            label={t('businesses.fields.employeesMale')}
            {...EMPLOYEES}
            key={form.key('employeesMale')}
            {...form.getInputProps('employeesMale')}
          />
          <NumberInput
            label={t('businesses.fields.employeesFemale')}
            {...EMPLOYEES}
            key={form.key('employeesFemale')}
            {...form.getInputProps('employeesFemale')}
          />
        </SimpleGrid>
        <EmployeesTotal form={form} />
      </Stack>
    </Fieldset>
  );
}

/** "Keuangan", with the scale derived live from the figures. */
export function FinanceFields({ form }: { form: BusinessForm }) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('businesses.sections.finance')}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NumberInput
            label={t('businesses.fields.modalUsaha')}
            description={t('businesses.hints.modal')}
            inputWrapperOrder={BELOW}
            {...RUPIAH_INPUT}
            key={form.key('modalUsaha')}
            {...form.getInputProps('modalUsaha')}
          />
          <NumberInput
            label={t('businesses.fields.annualSales')}
            description={t('businesses.hints.sales')}
            inputWrapperOrder={BELOW}
            {...RUPIAH_INPUT}
            key={form.key('annualSales')}
            {...form.getInputProps('annualSales')}
          />
        </SimpleGrid>
        <ScalePreview form={form} />
      </Stack>
    </Fieldset>
  );
}
