import { Button, Group, Select, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../../lib/query';
import type { ConsultationForm } from './types';

interface Found {
  value: string;
  label: string;
  hint: string;
}

/**
 * "UMKM": searches registered businesses as the consultant types (name, owner, phone, NIB), or
 * opens "UMKM baru" to register a walk-in without leaving the form.
 */
export function BusinessPicker({ form, onNew, autoFocus }: { form: ConsultationForm; onNew: () => void; autoFocus?: boolean }) {
  const { t } = useTranslation();
  const value = form.values.businessId;
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search, 250);
  const results = useApiQuery('businesses:list', { query, pageSize: 10 });
  const current = useApiQuery('businesses:get', { id: value ?? '' }, { enabled: Boolean(value) });

  const found: Found[] = (results.data?.rows ?? []).map((r) => ({
    value: r.id,
    label: r.name,
    hint: [r.ownerName, r.regencyName].filter(Boolean).join(' · '),
  }));
  const chosen = current.data && current.data.id === value ? current.data : null;
  if (chosen && !found.some((f) => f.value === chosen.id)) {
    found.unshift({ value: chosen.id, label: chosen.name, hint: [chosen.ownerName, chosen.regencyName].filter(Boolean).join(' · ') });
  }
  const hints = new Map(found.map((f) => [f.value, f.hint]));

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
        data={found.map(({ value: v, label }) => ({ value: v, label }))}
        // Main already searched by name, owner, phone and NIB; filtering again by label would hide matches.
        filter={({ options }) => options}
        onSearchChange={setSearch}
        nothingFoundMessage={results.loading ? t('app.loading') : t('consultations.form.businessNothing')}
        renderOption={({ option }) => (
          <div>
            <Text size="sm">{option.label}</Text>
            {hints.get(option.value) ? (
              <Text size="xs" c="dimmed">
                {hints.get(option.value)}
              </Text>
            ) : null}
          </div>
        )}
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
