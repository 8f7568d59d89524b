import { Button, Group, Select } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBusinessOptions } from '../../businesses';
import type { ConsultationForm } from './types';

/**
 * "UMKM": searches registered businesses as the consultant types (name, owner, phone, NIB), or
 * opens "UMKM baru" to register a walk-in without leaving the form.
 */
export function BusinessPicker({ form, onNew, autoFocus }: { form: ConsultationForm; onNew: () => void; autoFocus?: boolean }) {
  const { t } = useTranslation();
  const value = form.values.businessId;
  const [search, setSearch] = useState('');
  const options = useBusinessOptions(search, { selectedId: value });

  return (
    <Group align="flex-start" gap="sm" wrap="nowrap">
      <Select
        label={t('consultations.fields.business')}
        placeholder={t('consultations.form.businessPlaceholder')}
        description={t('consultations.form.businessHint')}
        withAsterisk
        searchable
        clearable
        // Opens as the consultant types, not on focus: an open list would hide this field's error.
        openOnFocus={false}
        data={options.data}
        filter={options.filter}
        onSearchChange={setSearch}
        nothingFoundMessage={options.loading ? t('app.loading') : t('consultations.form.businessNothing')}
        renderOption={options.renderOption}
        value={value}
        onChange={(next) => form.setFieldValue('businessId', next)}
        error={form.errors.businessId}
        style={{ flex: 1 }}
        autoFocus={autoFocus}
      />
      <Button variant="light" leftSection={<IconPlus size={16} />} onClick={onNew} mt={46}>
        {t('consultations.form.newBusiness')}
      </Button>
    </Group>
  );
}
