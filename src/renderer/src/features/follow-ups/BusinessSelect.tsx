import { Select, Text, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../lib/query';

interface Props extends Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchable' | 'filter' | 'onSearchChange'> {
  value: string | null;
  onChange: (id: string | null) => void;
}

/** Picks a business by searching as one types (name, owner, phone, NIB), through `businesses:list`. */
export function BusinessSelect({ value, onChange, ...props }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search, 250);
  const results = useApiQuery('businesses:list', { query, pageSize: 10 });
  const current = useApiQuery('businesses:get', { id: value ?? '' }, { enabled: Boolean(value) });

  const found = (results.data?.rows ?? []).map((r) => ({
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
    <Select
      searchable
      clearable
      placeholder={t('followUps.filters.businessPlaceholder')}
      data={found.map(({ value: v, label }) => ({ value: v, label }))}
      // Main already searched name, owner, phone and NIB; filtering again by label would hide matches.
      filter={({ options }) => options}
      onSearchChange={setSearch}
      nothingFoundMessage={results.loading ? t('app.loading') : t('followUps.filters.businessNothing')}
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
      onChange={onChange}
      {...props}
    />
  );
}
