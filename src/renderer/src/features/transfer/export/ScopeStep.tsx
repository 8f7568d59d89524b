import { MultiSelect, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateField';
import { useRegions } from '../../../components/use-regions';
import { useSettings } from '../../../app/settings';
import { BusinessPicker } from './BusinessPicker';
import type { ScopeKind } from './export-values';
import type { StepProps } from './step-props';

const KINDS: ScopeKind[] = ['all', 'dateRange', 'regencies', 'businesses'];

/** Step 2: everything, a date range, some kabupaten/kota, or chosen businesses. */
export function ScopeStep({ values, set, errors }: StepProps) {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const regencies = useRegions(settings?.office.provinceCode ?? '64');

  return (
    <Stack gap="md">
      <Radio.Group label={t('transfer.scope.label')} value={values.scopeKind} onChange={(kind) => set({ scopeKind: kind as ScopeKind })}>
        <Stack gap="sm" mt="xs">
          {KINDS.map((kind) => (
            <Radio key={kind} value={kind} label={t(`transfer.scope.${kind}`)} description={t(`transfer.scope.${kind}Hint`)} />
          ))}
        </Stack>
      </Radio.Group>
      {values.scopeKind === 'dateRange' ? (
        <SimpleGrid cols={{ base: 1, sm: 2 }} maw={520}>
          <DateField label={t('transfer.scope.from')} withAsterisk value={values.from} onChange={(from) => set({ from })} error={errors['from']} />
          <DateField label={t('transfer.scope.to')} withAsterisk value={values.to} onChange={(to) => set({ to })} error={errors['to']} />
        </SimpleGrid>
      ) : null}
      {values.scopeKind === 'regencies' ? (
        <MultiSelect
          maw={520}
          label={t('transfer.scope.regencyPick')}
          placeholder={values.regencies.length === 0 ? t('transfer.scope.regencyPlaceholder') : undefined}
          withAsterisk
          searchable
          data={regencies.options}
          value={values.regencies}
          onChange={(codes) => set({ regencies: codes })}
          error={errors['regencies']}
        />
      ) : null}
      {values.scopeKind === 'businesses' ? (
        <div style={{ maxWidth: 520 }}>
          <BusinessPicker value={values.businesses} onChange={(businesses) => set({ businesses })} error={errors['businesses']} />
        </div>
      ) : null}
      {values.scopeKind === 'all' ? null : (
        <Text size="xs" c="dimmed">
          {t('app.requiredNote')}
        </Text>
      )}
    </Stack>
  );
}
